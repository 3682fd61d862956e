/**
 * The outputs for tools and agents: each feature page's Markdown copy beside its HTML, and /llms.txt
 * listing every page, built from the fixture with a diagram, a pinned section id and a runnable
 * example added to its MDX page.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

let outDir = '';
let contentDir = '';
const added = [
  '### Check the image {#check data-aliases="verify"}',
  '',
  '{/* a note for authors */}',
  '',
  '```sh run expect-exit=0',
  'qemu-img --version | head -n 1',
  '```',
  '',
  '<ColoDiagram />',
  '',
  'Text with *emphasis*, a literal \\{ brace and [a link](../beta-feature/#how-to-use-it).',
].join('\n');

beforeAll(() => {
  const fixture = fixtureBuild();
  ({ outDir, contentDir } = fixture);
  const alpha = path.join(contentDir, 'features', 'alpha-feature.mdx');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('## Requirements', `${added}\n\n## Requirements`));
  const { status, output } = fixture.build();
  expect(status, output).toBe(0);
}, 240_000);

describe('the Markdown copy of a feature page', () => {
  const copy = () => readFileSync(path.join(outDir, 'features/alpha-feature/index.md'), 'utf8');

  test('starts with the title, the summary and the facts of the frontmatter', () => {
    expect(copy()).toMatch(/^# Alpha feature\n\n> A small, valid feature page .*\n\n- Category: Tools\n- Architectures: all architectures\n- Status: New\n- Keywords: `alpha-tool`\n- Web page: https:\/\/[^/]+\/features\/alpha-feature\/\n\n## What it is\n/);
  });
  test('holds the sections and code as written, without the example runner\'s meta or heading ids', () => {
    const text = copy();
    expect(text).toContain('Alpha is a valid page. See [Beta](../beta-feature/) and [its usage](../beta-feature/#how-to-use-it).');
    expect(text).toContain('## How to use it\n\n```sh\nqemu-img info disk.img\n```');
    expect(text).toContain('### Check the image\n\n```sh\nqemu-img --version | head -n 1\n```');
    expect(text).toContain('Text with *emphasis*, a literal \\{ brace and [a link](../beta-feature/#how-to-use-it).');
    for (const heading of ['What it is', 'How to use it', 'Requirements', 'Limitations', 'Where it applies']) expect(text).toContain(`\n## ${heading}\n`);
    expect(text).not.toMatch(/\{#|expect-exit|a note for authors|^---$/m);
  });
  test('gives a diagram as its text description, and has no component tags', () => {
    const text = copy();
    expect(text).toMatch(/^> \*\*Diagram: COLO: primary and secondary QEMU on two hosts\.\*\* A client sends requests to the primary host\. .*COLO checkpoint loop\.$/m);
    expect(text).not.toMatch(/<[A-Z]/);
  });
  test('ends with the references, linked to the QEMU 2.8.0 source', () => {
    expect(copy()).toMatch(/## References in the QEMU 2\.8\.0 source\n\n- \[`qemu-img\.c`\]\(https:\/\/gitlab\.com\/qemu-project\/qemu\/-\/blob\/v2\.8\.0\/qemu-img\.c\)\n$/);
  });
  test('is announced in the head of the page', () => {
    expect(readFileSync(path.join(outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('<link rel="alternate" type="text/markdown" href="/features/alpha-feature/index.md">');
  });
});

describe('llms.txt', () => {
  test('follows the convention: a title, a summary, then sections of links with descriptions', () => {
    const text = readFileSync(path.join(outDir, 'llms.txt'), 'utf8');
    expect(text).toMatch(/^# QEMU 2\.8 features\n\n> .+\n\n/);
    for (const line of text.split('\n').filter((line) => line.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]+\]\(https:\/\/[^)]+\): \S/);
  });
  test('lists every feature page, each with a URL that resolves to a file of the site', () => {
    const text = readFileSync(path.join(outDir, 'llms.txt'), 'utf8');
    const slugs = readdirSync(path.join(contentDir, 'features')).map((name) => name.replace(/\.mdx?$/, ''));
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const url = new RegExp(`\\((https://[^/]+)(/features/${slug}/index\\.md)\\)`).exec(text)?.[2];
      expect(url, slug).toBeDefined();
      expect(existsSync(path.join(outDir, url!))).toBe(true);
    }
    expect(text).toContain('/arch/x86/): ');
  });
});

describe('in another edition', () => {
  test('each feature page has a Markdown copy, announced in its head, of the text it shows', () => {
    const page = readFileSync(path.join(outDir, 'ru/features/alpha-feature/index.html'), 'utf8');
    expect(page).toContain('<link rel="alternate" type="text/markdown" href="/ru/features/alpha-feature/index.md">');
    // The fixture has no Russian text: the copy is the English text, headed in Russian.
    const copy = readFileSync(path.join(outDir, 'ru/features/alpha-feature/index.md'), 'utf8');
    expect(copy).toMatch(/^# Alpha feature\n\n> A small, valid feature page .*\n\n- Категория: /);
    expect(copy).toMatch(/- Веб-страница: https:\/\/[^/]+\/ru\/features\/alpha-feature\/\n/);
  });

  test('has its own llms.txt', () => {
    expect(readFileSync(path.join(outDir, 'ru/llms.txt'), 'utf8')).toMatch(/\/ru\/features\/alpha-feature\/index\.md\)/);
  });
});
