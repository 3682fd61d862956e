import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';
import { contentGuard, isContentGuard } from '../../src/markdown/content-guard.ts';

const guard = contentGuard('/site', ['Aside']);
/** Compiles a page the way Astro does, with the guard as the site's first mdast plugin. */
const compile = async (source: string, format: 'md' | 'mdx', fileURL: URL | null = new URL(`file:///site/content/features/a.${format}`)) => {
  const options = { features: CONTENT_FEATURES, mdastPlugins: [guard], ...(fileURL ? { fileURL } : {}) };
  await (format === 'md' ? markdownToHtml(source, options) : mdxToJs(source, options));
};
/** The error a page fails to compile with. */
const refusal = async (...args: Parameters<typeof compile>): Promise<ContentError> => {
  const error: unknown = await compile(...args).then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof ContentError)) throw new Error(`expected the page to be refused, got ${String(error)}`);
  return error;
};

describe('a page that breaks a content rule is not compiled', () => {
  test.each([
    ['raw HTML outside the allow-list', 'md', 'Text.\n\n<script>x</script>\n', 'content/features/a.md:3: <script>: is not an element pages may contain'],
    ['a heading attribute other than an id', 'md', '## Hi {onclick=x}\n', 'content/features/a.md:1: {onclick=…}: is not an attribute a heading may set.'],
    ['a script link', 'md', '[a](javascript:alert(1))\n', 'content/features/a.md:1: (javascript:alert(1)): is not a URL pages may use.'],
    ['an image on another host', 'md', '![a](https://evil.example/x.png)\n', 'content/features/a.md:1: (https://evil.example/x.png): is an image on another host.'],
    ['a script URL in a link definition', 'md', '[a][x]\n\n[x]: javascript:alert(1)\n', 'content/features/a.md:3: (javascript:alert(1)): is not a URL pages may use.'],
    ['an import', 'mdx', 'import x from "y"\n', 'content/features/a.mdx:1: import/export: is code'],
    ['an expression on its own line', 'mdx', 'Text.\n\n{process.env.HOME}\n', 'content/features/a.mdx:3: {process.env.HOME}: is a JavaScript expression'],
    ['an expression in a line of text', 'mdx', 'Text {1+1}.\n', 'content/features/a.mdx:1: {1+1}: is a JavaScript expression'],
    ['an unknown component on its own line', 'mdx', '<Foo />\n', 'content/features/a.mdx:1: <Foo>: is not a component pages can use. Available: Aside.'],
    ['an unknown component in a line of text', 'mdx', 'Text <Foo /> here.\n', 'content/features/a.mdx:1: <Foo>: is not a component pages can use.'],
    ['a component in a Markdown page', 'md', '<Aside>x</Aside>\n', 'content/features/a.md:1: <Aside>: is a component, and components work only in MDX pages. Rename the file to a.mdx'],
  ] as const)('%s', async (_what, format, source, expected) => {
    const error = await refusal(source, format);
    expect(error.message).toContain(`The content has 1 problem:\n  ${expected}`);
  });
});

test('the refusal lists every problem of the page with its line, and gives Astro the first line', async () => {
  const error = await refusal('Ok.\n\n<script>x</script>\n\n[a](javascript:x)\n', 'md');
  expect(error.message).toMatch(/^The content has 2 problems:\n {2}content\/features\/a\.md:3: <script>: .*\n {2}content\/features\/a\.md:5: \(javascript:x\): /);
  expect(error.line).toBe(3);
  expect((await refusal(`${'Text.\n\n'.repeat(6)}<script>x</script>\n`, 'md')).line).toBe(13);
});

test('a page is named relative to the project root, or as unnamed when Astro gives no file', async () => {
  expect((await refusal('<script>x</script>\n', 'md', new URL('file:///site/content/ru/features/b.md'))).message).toContain('\n  content/ru/features/b.md:1: <script>');
  expect((await refusal('<script>x</script>\n', 'md', null)).message).toContain('\n  (unnamed page):1: <script>');
});

test('a page within the rules compiles: components in MDX, comments, links on the site', async () => {
  await expect(compile('<Aside>Use [it](/features/colo/).</Aside>\n\n{/* a note */}\n', 'mdx')).resolves.toBeUndefined();
  await expect(compile('## Hi {#hi}\n\n<kbd>Ctrl</kbd> and ![a](/images/a.png)\n', 'md')).resolves.toBeUndefined();
});

test('only a guard made by contentGuard counts as one', () => {
  expect(isContentGuard(guard)).toBe(true);
  expect(isContentGuard(contentGuard('/other', []))).toBe(true);
  expect(isContentGuard(() => ({ name: 'qemu-docs:content-guard' }))).toBe(false);
  expect(isContentGuard({ [Symbol.for('qemu-docs:content-guard')]: true })).toBe(false);
  expect(isContentGuard(undefined)).toBe(false);
});

test('a Markdown page refused while Astro compiles it is named at the line of its file, frontmatter counted', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guard-'));
  const file = path.join(dir, 'page.md');
  const text = '---\ntitle: A page\nsummary: One that is refused.\n---\nIntro.\n\n### Title {onclick="alert(1)"}\n';
  writeFileSync(file, text);
  // Sätteri is handed the body only, as Astro hands it a Markdown page's.
  await expect(compile(text.slice(text.indexOf('Intro.')), 'md', pathToFileURL(file))).rejects.toThrow(/page\.md:7\b/);
});
