import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { listOutputFiles } from '../../src/build/read-built-site.ts';
import { distDir, requireDist, root } from '../helpers/built-site.ts';

beforeAll(requireDist);

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')));
  const pages = (await listOutputFiles(distDir)).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(distDir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});
