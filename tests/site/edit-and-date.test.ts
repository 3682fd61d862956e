/**
 * "Last changed on" and "Edit this page" on a feature page, built as a real checkout builds: the
 * content committed in a git repository, one page added but not committed yet.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

const newPage = `---
title: Gamma feature
summary: A page written after the last commit, so git knows nothing about it yet.
category: tools
architectures: [all]
status: new
release: "2.8"
keywords: [gamma-tool]
references: [qemu-img.c]
---
## What it is

New.

## How to use it

Nothing to do.

## Requirements

None.

## Limitations

None.

## Where it applies

Everywhere.
`;

test('a committed page says when its last commit was and links to its source; a new file has no date and no failure', () => {
  const fixture = fixtureBuild();
  // The content inside the project, as in a checkout, so its path there is what the edit link needs.
  const contentDir = path.join(fixture.projectDir, 'content');
  cpSync(fixture.contentDir, contentDir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], {
      cwd: fixture.projectDir,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-11-30T23:30:00-05:00', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z' },
    });
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'content');
  writeFileSync(path.join(contentDir, 'features/gamma-feature.md'), newPage);

  const { status, output } = fixture.build({ CONTENT_DIR: contentDir, EDIT_BASE_URL: 'https://git.example.org/docs/edit/main/' });
  expect(status, output).toBe(0);
  const page = (slug: string) => readFileSync(path.join(fixture.outDir, 'features', slug, 'index.html'), 'utf8');

  // The committer's calendar day (not the author's, not the build machine's), with the exact time for machines.
  expect(page('beta-feature')).toMatch(/Last changed on <time datetime="2026-11-30T23:30:00-05:00"[^>]*>November 30, 2026<\/time>/);
  expect(page('alpha-feature')).toMatch(/<time datetime="2026-11-30T23:30:00-05:00"/);
  expect(page('beta-feature')).toMatch(/<a class="edit-link[^"]*" href="https:\/\/git\.example\.org\/docs\/edit\/main\/content\/features\/beta-feature\.md">Edit this page<\/a>/);
  expect(page('alpha-feature')).toContain('href="https://git.example.org/docs/edit/main/content/features/alpha-feature.mdx"');
  expect(page('gamma-feature')).not.toContain('<time');
  expect(page('gamma-feature')).toContain('content/features/gamma-feature.md"');
});

test('without EDIT_BASE_URL or git history a page has neither line', () => {
  // The usual fixture: content in a temporary folder outside any repository, no edit URL.
  const fixture = fixtureBuild();
  const { status, output } = fixture.build();
  expect(status, output).toBe(0);
  const beta = readFileSync(path.join(fixture.outDir, 'features/beta-feature/index.html'), 'utf8');
  expect(beta).not.toContain('<time');
  expect(beta).not.toContain('Edit this page');
  expect(beta).not.toContain('page-meta');
});
