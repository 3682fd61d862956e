import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastChangedIn } from '../../src/data/last-changed.ts';
import { COMMIT_MARK, formatChangeDate, lastChangedByFile } from '../../src/lib/last-changed.ts';

/** The shape `git log` prints with GIT_LOG_ARGS: the mark and date, a blank line, the files. */
const log = (...commits: [string, string[]][]) => commits.map(([date, files]) => `${COMMIT_MARK}${date}\n\n${files.join('\n')}\n`).join('');

describe('last changed, from one git log', () => {
  test("a file's date is its newest commit, the first one the log lists", () => {
    const dates = lastChangedByFile(log(['2026-11-30T10:00:00+01:00', ['colo.md']], ['2026-11-01T09:00:00Z', ['colo.md', 'vhost-vsock.mdx']]));
    expect(dates.get('colo.md')).toBe('2026-11-30T10:00:00+01:00');
    expect(dates.get('vhost-vsock.mdx')).toBe('2026-11-01T09:00:00Z');
  });
  test('a file no commit touched has no date (a new file not yet committed)', () => {
    expect(lastChangedByFile(log(['2026-11-30T10:00:00+01:00', ['colo.md']])).has('new-page.md')).toBe(false);
  });
  test('no history (no git, or not a repository) means no dates, not an error', () => {
    expect(lastChangedByFile('').size).toBe(0);
  });
  test('a commit that touched nothing in the folder adds nothing', () => {
    expect([...lastChangedByFile(log(['2026-11-30T10:00:00Z', []], ['2026-11-29T10:00:00Z', ['a.md']])).entries()]).toEqual([['a.md', '2026-11-29T10:00:00Z']]);
  });
});

describe('the date readers see', () => {
  test("is the committer's calendar day, whatever the time zone of the build", () => {
    expect(formatChangeDate('2026-11-30T23:30:00-05:00', 'en')).toBe('November 30, 2026');
    expect(formatChangeDate('2026-12-01T00:30:00+09:00', 'en')).toBe('December 1, 2026');
  });
  test('follows the language of the edition', () => {
    expect(formatChangeDate('2026-11-30T10:00:00Z', 'ru')).toBe('30 ноября 2026 г.');
  });
  test('refuses what is not a date from git', () => {
    expect(() => formatChangeDate('yesterday', 'en')).toThrow(/not an ISO 8601 date/);
  });
});

describe('lastChangedIn, against a real repository', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], {
      cwd,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-11-30T10:00:00+01:00', GIT_AUTHOR_DATE: '2026-11-01T00:00:00Z' },
    });

  test('gives each committed file its commit date, and a new file none', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'last-changed-'));
    mkdirSync(path.join(repo, 'content/features'), { recursive: true });
    writeFileSync(path.join(repo, 'content/features/colo.md'), 'x');
    writeFileSync(path.join(repo, 'outside.md'), 'x');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(repo, 'content/features/new-page.md'), 'not committed yet');
    const dates = await lastChangedIn(path.join(repo, 'content/features'));
    // The committer date, not the author date: the day the change reached the branch.
    expect([...dates.entries()]).toEqual([['colo.md', '2026-11-30T10:00:00+01:00']]);
  });
  test('a folder outside any repository gets no dates, and no error', async () => {
    expect((await lastChangedIn(mkdtempSync(path.join(tmpdir(), 'no-git-')))).size).toBe(0);
  });
});
