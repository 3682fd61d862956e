/**
 * When each content file last changed, read from one `git log` of the whole content folder: one
 * process per build rather than one per page, so the cost does not grow with the number of pages.
 * Dates come from commits, never from file times, so two builds of one commit are byte-identical.
 */

/** Separates commits in the log; a record separator cannot appear in a date or a file name we accept. */
export const COMMIT_MARK = '\u001e';

/**
 * The arguments of the one `git log` call, run in the folder whose files are asked about: each
 * commit prints the mark and its committer date (ISO 8601), then the files it touched, relative to
 * that folder (`--relative`), newest commit first. `core.quotePath=false` keeps non-ASCII names as
 * they are.
 */
export const GIT_LOG_ARGS = ['-c', 'core.quotePath=false', 'log', `--format=${COMMIT_MARK}%cI`, '--name-only', '--relative', '--', '.'] as const;

/**
 * The date of the newest commit that touched each file, from the output of `git log` with
 * GIT_LOG_ARGS: the first time a file appears is its newest change, as `git log -1 -- <file>` says.
 * @example lastChangedByFile('\u001e2026-11-30T10:00:00+01:00\n\ncolo.md\n').get('colo.md') // → '2026-11-30T10:00:00+01:00'
 */
export function lastChangedByFile(gitLog: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of gitLog.split(COMMIT_MARK).slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    for (const file of files) {
      if (file !== '' && !dates.has(file)) dates.set(file, date.trim());
    }
  }
  return dates;
}

/**
 * A commit date as readers see it, in the language of the edition: the calendar day the committer
 * recorded, so a build anywhere, in any time zone, writes the same text.
 * @example formatChangeDate('2026-11-30T23:30:00-05:00', 'en') // → 'November 30, 2026'
 */
export function formatChangeDate(isoDate: string, lang: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})T/.exec(isoDate);
  if (!day) throw new Error(`formatChangeDate: "${isoDate}" is not an ISO 8601 date and time from git's %cI`);
  const [, year, month, date] = day.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}
