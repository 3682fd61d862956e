import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseDocument } from 'htmlparser2';
import { getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { selectOne } from 'css-select';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { root } from '../helpers/built-site.ts';

test('quotes, ampersands and markup in content are escaped wherever they are rendered', async () => {
  const fixture = fixtureBuild();
  const file = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  const title = `Alpha "quoted" & 'single'`;
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('title: Alpha feature', `title: ${JSON.stringify(title)}`)
      .replace('keywords: [alpha-tool]', 'keywords: [alpha-tool, "</span><script>alert(1)</script>"]'),
  );
  const { status, output } = fixture.build();
  expect(status, output).toBe(0);
  const html = readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8');
  // Parsed back, the title reads exactly as written: escaped in the HTML, never cut short by a quote.
  const parsed = parseDocument(html);
  expect(textContent(selectOne('title', parsed.children)!)).toBe(`${title} · QEMU 2.8 features`);
  expect(getAttributeValue(selectOne('meta[property="og:title"]', parsed.children) as Element, 'content')).toBe(title);
  expect(selectOne('h1', parsed.children) && textContent(selectOne('h1', parsed.children)!)).toBe(title);
  expect(html).not.toContain('<script>alert(1)</script>');
  const report = await new HtmlValidate(JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8'))).validateString(html);
  expect(report.valid, JSON.stringify(report.results[0]?.messages.slice(0, 3))).toBe(true);
  const index = JSON.parse(readFileSync(path.join(fixture.outDir, 'features.json'), 'utf8')) as { features: { id: string; title: string }[] };
  expect(index.features.find((feature) => feature.id === 'alpha-feature')?.title).toBe(title);
});
