import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

/**
 * A valid page in the category of the fixture's alpha-feature (tools), not beta-feature's (devices):
 * beta's neighbours and the categories its navigation lists stay put.
 */
const syntheticPage = (n: number) => `---
title: Synthetic page ${n}
summary: A generated page that only exists to make the site larger for this test.
category: tools
architectures: [all]
status: new
release: "2.8"
keywords: [synthetic-${n}]
references: [qemu-img.c]
---
## What it is

Generated page number ${n}.

## How to use it

Nothing to do.

## Requirements

None.

## Limitations

None.

## Where it applies

Everywhere.
`;

test('the HTML of a page does not grow with the number of pages', () => {
  const small = fixtureBuild();
  const large = fixtureBuild();
  for (let n = 0; n < 60; n++) writeFileSync(path.join(large.contentDir, 'features', `synthetic-${n}.mdx`), syntheticPage(n));
  for (const fixture of [small, large]) {
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }
  const betaPage = (outDir: string) => readFileSync(path.join(outDir, 'features/beta-feature/index.html'), 'utf8');
  expect(betaPage(large.outDir).length).toBe(betaPage(small.outDir).length);
  // The page in the category that grew lists 30 of its 61 features and links to all of them.
  const alpha = readFileSync(path.join(large.outDir, 'features/alpha-feature/index.html'), 'utf8');
  const navigation = /<ul class="nav-features[^"]*"[^>]*>(.*?)<\/ul>/s.exec(alpha)?.[1] ?? '';
  expect(navigation.match(/<li/g)).toHaveLength(30);
  expect(navigation).toContain('aria-current="page"');
  expect(alpha).toMatch(/<a href="\/#category-tools"[^>]*>All 61 in Tools<\/a>/);
});
