import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { projectEnv } from '../../src/config/env.ts';
import { ContentError } from '../../src/lib/content-error.ts';
import { codeHighlight } from '../../src/markdown/code-highlight.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';
import { componentLocale } from '../../src/markdown/content-locale.ts';
import { renderMdxToHtml } from '../../src/markdown/fast-path/mdx-html.ts';

const plugin = codeHighlight();
/** A Markdown page as Astro hands it over: the body without its frontmatter, and the file it came from. */
const markdownPage = async (body: string, fileURL?: URL) => (await markdownToHtml(body, { features: CONTENT_FEATURES, hastPlugins: [plugin], ...(fileURL ? { fileURL } : {}) })).html;
const mdxOptions = { mdastPlugins: [contentGuard('/site', MDX_COMPONENT_NAMES), componentLocale(MDX_COMPONENT_NAMES)], hastPlugins: [plugin], features: CONTENT_FEATURES };
const mdxPage = async (source: string, fileURL = new URL('file:///site/content/features/a.mdx')) => (await renderMdxToHtml(source, fileURL, {}, mdxOptions)).html;
const inContent = (relative: string) => pathToFileURL(path.join(projectEnv().contentDir, relative));
/** The error a page fails with. */
const failure = async (render: Promise<unknown>): Promise<ContentError> => {
  const error: unknown = await render.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
  return error;
};
/** A page file on disk, as the build reads it. */
const pageFile = (name: string, text: string) => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'code-highlight-')), 'content', 'features');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), text);
  return pathToFileURL(path.join(dir, name));
};
const relative = (url: URL) => path.relative(process.cwd(), url.pathname);

const LS = '<pre class="astro-code" tabindex="0"><code><span class="tk-function">ls</span> <span class="tk-string">-l</span> <span class="tk-comment"># all</span></code></pre>';

test('a fenced block of a Markdown page is printed highlighted, its tokens coloured by class', async () => {
  expect(await markdownPage('Run:\n\n```sh\nls -l # all\n```\n')).toBe(`<p>Run:</p>\n${LS}\n`);
});

test('an MDX page prints the same block as a Markdown page', async () => {
  expect(await mdxPage('Run:\n\n```sh\nls -l # all\n```\n')).toBe(`<p>Run:</p>\n${LS}`);
});

test('code in a line of text stays as written, not a block', async () => {
  expect(await markdownPage('Run `ls -l` now.\n')).toBe('<p>Run <code>ls -l</code> now.</p>\n');
  expect(await mdxPage('Run `ls -l` now.\n')).toBe('<p>Run <code>ls -l</code> now.</p>');
});

test('a block without a language is plain text, escaped', async () => {
  expect(await markdownPage('```\na <b> & c\n```\n')).toBe('<pre class="astro-code" tabindex="0"><code>a &#x3C;b> &#x26; c</code></pre>\n');
});

test('an example tested in CI is captioned in the language of the page file', async () => {
  const block = '```sh run expect-exit=0\nls\n```\n';
  expect(await markdownPage(block, inContent('ru/features/x.md'))).toContain('<figcaption class="example-label">Проверено в\u00A0CI\u00A0на\u00A0QEMU 7.2 (Debian 12): завершается с\u00A0кодом\u00A00.</figcaption>');
  expect(await markdownPage(block, inContent('features/x.md'))).toContain('<figcaption class="example-label">Tested in CI with QEMU 7.2 (Debian 12): exits 0.</figcaption>');
  expect(await mdxPage(block, inContent('ru/features/x.mdx'))).toContain('завершается с\u00A0кодом\u00A00.</figcaption>');
});

test('a language Shiki lacks fails a Markdown page at the fence\'s line in the file, frontmatter counted', async () => {
  const file = pageFile('a.md', '---\ntitle: A\n---\n\nText.\n\n```shell-ish\nx\n```\n');
  const error = await failure(markdownPage('\nText.\n\n```shell-ish\nx\n```\n', file));
  expect(error.message).toBe(`${relative(file)}:7: code block \`\`\`shell-ish: Shiki has no language "shell-ish". Use sh, json, c, ini, text or another Shiki language id.`);
  expect(error.line).toBe(7);
});

test('an MDX page names the fence\'s line of its source, which keeps the frontmatter\'s lines', async () => {
  const error = await failure(mdxPage('\n\n\n\n<Aside>\n\n```shell-ish\nx\n```\n\n</Aside>\n'));
  expect(error.message).toMatch(/^\S*site\/content\/features\/a\.mdx:7: code block ```shell-ish: Shiki has no language "shell-ish"/);
  expect(error.line).toBe(7);
});

test('the line named is that of the failing block, not of an earlier block in the same language', async () => {
  const body = '```sh\nls\n```\n\n```sh run   \nls\n```\n';
  const error = await failure(markdownPage(body));
  expect(error.message).toBe('(unnamed page):5: code block ```sh run   : run needs at least one expectation (expect-exit, expect-output, expect-file, expect-cmd, qmp), for example expect-exit=0');
  expect(error.line).toBe(5);
  expect((await failure(mdxPage(body))).line).toBe(5);
});

test('the line named is that of the failing block, not of an earlier block in another language', async () => {
  const body = '```sh\nls\n```\n\n```shell-ish\nx\n```\n';
  expect((await failure(markdownPage(body))).line).toBe(5);
  expect((await failure(mdxPage(body))).line).toBe(5);
});

test('a fence indented inside a component of an MDX page is found where MDX reads it', async () => {
  const error = await failure(mdxPage('<Aside>\n    ```shell-ish\n    x\n    ```\n</Aside>\n'));
  expect(error.message).toMatch(/a\.mdx:2: code block ```shell-ish:/);
  expect(error.line).toBe(2);
});

test('a page whose file no longer holds the block (saved again meanwhile) is still named, without a line', async () => {
  const file = pageFile('a.md', '---\ntitle: A\n---\n\nRewritten.\n');
  const error = await failure(markdownPage('```shell-ish\nx\n```\n', file));
  expect(error.message).toBe(`${relative(file)}: code block \`\`\`shell-ish: Shiki has no language "shell-ish". Use sh, json, c, ini, text or another Shiki language id.`);
  expect(error.line).toBeUndefined();
});
