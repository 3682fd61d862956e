/**
 * Vitest global setup: every temporary file a test run makes (project copies, fixture builds,
 * browser profiles, QEMU images) goes into one folder of its own, removed when the run ends. The
 * suite made about 5 MB of copies per fixture build and left them all: 2.2 GB in /tmp after a few
 * days of runs. Test files make their folders with os.tmpdir(), which reads TMPDIR each time;
 * workers are started after this runs, so they inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function useTemporaryFolder(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'qemu-docs-tests-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = folder;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    // KEEP_TEST_FILES=1 keeps them, to look at what a failing test built.
    if (process.env['KEEP_TEST_FILES'] === '1') process.stdout.write(`Test files kept in ${folder}\n`);
    else rmSync(folder, { recursive: true, force: true });
  };
}
