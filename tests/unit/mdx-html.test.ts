/**
 * What the MDX fast path (src/markdown/fast-path/mdx-html.ts) prints for what pages hold. The expected HTML is
 * what Astro's own renderer prints for the same JSX (astro/dist/runtime/server/render/util.js:
 * `addAttribute`, void elements as `<br/>`); tests/site/mdx-fast-path.test.ts compares whole pages.
 */
import type { HastPluginEntry } from 'satteri';
import { expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';
import { componentLocale } from '../../src/markdown/content-locale.ts';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { renderMdxToHtml } from '../../src/markdown/fast-path/mdx-html.ts';

const file = new URL('file:///site/content/features/a.mdx');
const mdastPlugins = [contentGuard('/site', MDX_COMPONENT_NAMES), componentLocale(MDX_COMPONENT_NAMES)];
const render = async (source: string, hastPlugins: HastPluginEntry[] = []) => (await renderMdxToHtml(source, file, {}, { mdastPlugins, hastPlugins, features: CONTENT_FEATURES })).html;

test('a table\'s column alignment prints as the style Astro gives each cell', async () => {
  expect(await render('| a | b | c |\n|:--|--:|---|\n| 1 | 2 | 3 |\n')).toBe(
    '<table>\n<thead>\n<tr>\n<th style="text-align:left">a</th>\n<th style="text-align:right">b</th>\n<th>c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:left">1</td>\n<td style="text-align:right">2</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>',
  );
});

test('line breaks, rules and images close themselves; an element with no content keeps its end tag', async () => {
  expect(await render('line  \nbreak\n\n---\n\n![x](/i.png "T")\n')).toBe('<p>line<br/>\nbreak</p>\n<hr/>\n<p><img src="/i.png" alt="x" title="T"/></p>');
  expect(await render('<abbr title="x"></abbr>\n')).toBe('<abbr title="x"></abbr>');
});

test('a component whose body is only blank lines gets none, as Astro gives it no slot', async () => {
  await expect(render('<Aside>\n\n   \n\n</Aside>\n')).rejects.toThrow('<Aside> is empty');
});

test('a void element written with content keeps it, as Astro prints it', async () => {
  expect(await render('<br>x</br>\n')).toBe('<br>x</br>');
});

test('an empty attribute prints as its bare name', async () => {
  expect(await render('<img src="/a.png" alt="" />\n')).toBe('<img src="/a.png" alt/>');
});

test('a task list prints its boxes, checked or not, and disabled', async () => {
  expect(await render('- [x] done\n- [ ] not\n')).toBe(
    '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled/> done</li>\n<li class="task-list-item"><input type="checkbox" disabled/> not</li>\n</ul>',
  );
});

test('a boolean attribute an author writes prints as a bare name when true, and not at all when false', async () => {
  expect(await render('<details open><summary>More</summary>Text.</details>\n')).toBe('<details open><summary>More</summary>Text.</details>');
  expect(await render('<details open={false}><summary>More</summary>Text.</details>\n')).toBe('<details><summary>More</summary>Text.</details>');
  expect(await render('<ol start={3} reversed><li>c</li></ol>\n')).toBe('<ol start="3" reversed><li>c</li></ol>');
});

test('text and attribute values are escaped', async () => {
  expect(await render('<abbr title=\'a "b" & c\'>x < y & z</abbr>\n')).toBe('<abbr title="a &quot;b&quot; &amp; c">x &lt; y &amp; z</abbr>');
});

test('footnotes print their references and back links', async () => {
  expect(await render('a[^1]\n\n[^1]: note\n')).toBe(
    '<p>a<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup></p>\n<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n<p>note <a href="#user-content-fnref-1" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>',
  );
});

test('a section\'s link and its hidden copy button print as the site\'s heading plugin makes them', async () => {
  expect(await render('## Usage {#use data-aliases="old"}\n', [headingAnchors])).toBe(
    '<span id="old" class="anchor-alias"></span><h2 id="use">Usage<a class="heading-anchor" href="#use" aria-label="Section link: Usage"></a><button type="button" class="copy-link" data-copy-link="use" data-label="copy link" hidden aria-label="Copy link to the section Usage"></button></h2>',
  );
});

/** A hast plugin of the site's that sets these properties on every paragraph. */
const setting = (properties: Record<string, string | number | boolean>): HastPluginEntry => () => ({
  name: 'test:set',
  element: {
    filter: ['p'],
    visit(node, ctx) {
      for (const [key, value] of Object.entries(properties)) ctx.setProperty(node, key, value);
    },
  },
});

test('a plugin\'s true and false print as Astro prints them: bare or left out for hidden, a word elsewhere', async () => {
  expect(await render('x\n', [setting({ hidden: true, dataState: true })])).toBe('<p hidden data-state="true">x</p>');
  expect(await render('x\n', [setting({ hidden: 'until-found' })])).toBe('<p hidden="until-found">x</p>');
});

test('an attribute that Astro would print in its own way fails the page, naming it, instead of printing differently', async () => {
  await expect(render('x\n', [setting({ 'set:html': '<b>' })])).rejects.toThrow('the MDX fast path cannot print the attribute set:html="<b>" as Astro would.');
  await expect(render('x\n', [setting({ 'class:list': 'a' })])).rejects.toThrow('cannot print the attribute class:list="a"');
});

test('a style a plugin sets prints as Astro prints a style object: each declaration, names in CSS case, custom properties as written', async () => {
  expect(await render('x\n', [setting({ style: 'color: red; font-weight: bold; --code-X: 1; -webkit-user-select: none; margin: ; line-height: 2' })])).toBe(
    '<p style="color:red;font-weight:bold;--code-X:1;-webkit-user-select:none;line-height:2">x</p>',
  );
});

test('numbers print as text', async () => {
  expect(await render('x\n', [setting({ tabIndex: 0 })])).toBe('<p tabindex="0">x</p>');
});

test('an attribute name that would end the tag fails the page instead of being printed', async () => {
  await expect(render('x\n', [setting({ 'x"onmouseover': 'alert(1)' })])).rejects.toThrow('cannot print the attribute x"onmouseover="alert(1)"');
  await expect(render('x\n', [setting({ 'a b': 'y' })])).rejects.toThrow('cannot print the attribute a b="y"');
});
