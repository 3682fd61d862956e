/**
 * The git side of src/lib/last-changed.ts: one `git log` per build for a folder of content files.
 * A checkout without git, without history (a tarball) or a file not yet committed gets no date;
 * none of these fails the build.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GIT_LOG_ARGS, lastChangedByFile } from '../lib/last-changed.ts';

const run = promisify(execFile);
const byFolder = new Map<string, Promise<Map<string, string>>>();

/**
 * The last commit date of every file under `folder`, keyed by its path relative to `folder`,
 * read once per build and folder.
 */
export function lastChangedIn(folder: string): Promise<Map<string, string>> {
  let dates = byFolder.get(folder);
  if (!dates) {
    dates = run('git', [...GIT_LOG_ARGS], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).then(
      ({ stdout }) => lastChangedByFile(stdout),
      // No git, not a repository, or a folder git refuses (another owner): pages go without a date.
      () => new Map<string, string>(),
    );
    byFolder.set(folder, dates);
  }
  return dates;
}

/**
 * The last commit date of one content file, by its path relative to the project (a content entry's
 * `filePath`; builds run in the project folder). Every file of a folder shares one `git log`.
 */
export async function lastChangedOf(filePath: string): Promise<string | undefined> {
  const absolute = path.resolve(filePath);
  return (await lastChangedIn(path.dirname(absolute))).get(path.basename(absolute));
}
