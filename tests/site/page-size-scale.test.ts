import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

/** A valid page in a category the fixture's beta-feature is not in, so beta's neighbours stay put. */
const syntheticPage = (n: number) => `---
title: Synthetic page ${n}
summary: A generated page that only exists to make the site larger for this test.
category: removals
architectures: [all]
status: removed
release: "2.8"
keywords: [synthetic-${n}]
references: [qemu-img.c]
---
## What it is

Generated page number ${n}.

## How to use it

Nothing to use.

## Requirements

None.

## Limitations

None.

## Where it applies

Nowhere.
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
});
