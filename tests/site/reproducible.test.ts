import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listOutputFiles } from '../../src/build/read-built-site.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';

async function digest(dir: string): Promise<Record<string, string>> {
  const files = await listOutputFiles(dir);
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

test('two clean builds of the same content produce byte-identical output', async () => {
  // Two copies in two different temporary folders, each with a fresh cache: nothing about where or
  // when a build ran may reach the output.
  const first = fixtureBuild();
  const second = fixtureBuild();
  for (const fixture of [first, second]) {
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
  }
  const [a, b] = [await digest(first.outDir), await digest(second.outDir)];
  expect(Object.keys(a).length).toBeGreaterThan(20);
  expect(b).toEqual(a);
});
