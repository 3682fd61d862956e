import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';

/** The plugin's visitors are synchronous, so Sätteri returns the result itself, not a promise. */
const render = (markdown: string) => {
  const result = markdownToHtml(markdown, { features: CONTENT_FEATURES, hastPlugins: [headingAnchors] });
  if (result instanceof Promise) throw new Error('expected a synchronous render');
  return result.html;
};

test('every section gets an id, a # link and a copy button; pinned ids and aliases are kept', () => {
  const html = render('## How to use it {#usage data-aliases="how-to-use-it"}\n\n### Step one\n');
  expect(html).toContain('<span id="how-to-use-it" class="anchor-alias"></span><h2 id="usage">');
  expect(html).toContain('<a class="heading-anchor" href="#usage" aria-label="Section link: How to use it"></a>');
  expect(html).toContain('<h3 id="step-one">');
});

test('two sections with one id fail the build, whether pinned, generated or an alias', () => {
  expect(() => render('## Usage {#usage}\n\n### Usage\n')).toThrow(/the section "Usage" gets the id "usage", which an earlier section of the page already has/);
  expect(() => render('## Setup\n\n## Install {#setup}\n')).toThrow(/"setup"/);
  expect(() => render('## Limits\n\n## Caveats {#caveats data-aliases="limits"}\n')).toThrow(/"limits"/);
});

test('an earlier id that is not an id fails the build naming the page, the section and every bad id', () => {
  const page = (markdown: string) => markdownToHtml(markdown, { features: CONTENT_FEATURES, hastPlugins: [headingAnchors], fileURL: new URL('file:///site/content/features/a.md') });
  expect(() => page('## Usage {#usage data-aliases="Old_Name  fine x.y"}\n')).toThrow(
    '/site/content/features/a.md: the section "Usage": data-aliases: "Old_Name", "x.y" is not an id; use lowercase words joined by hyphens, like "how-to-use-it".',
  );
});

test('only h2 and h3 are sections: other headings and the text stay as written', () => {
  expect(render('# Title\n\n#### Deep\n\nText `x`.\n')).toBe('<h1>Title</h1>\n<h4>Deep</h4>\n<p>Text <code>x</code>.</p>\n');
});

test('a section\'s link is labelled with its text, without the spaces around it', () => {
  expect(render('## <b></b> Usage\n')).toContain('aria-label="Section link: Usage"');
});

test('a duplicate id on a page given without its file still names the section', () => {
  expect(() => render('## Usage\n\n## Usage {#usage}\n')).toThrow(/^a page: the section "Usage" gets the id "usage"/);
});

test('a heading without earlier ids gets no targets for them', () => {
  expect(render('## Usage\n')).toMatch(/^<h2 id="usage">Usage<a /);
});

test('earlier ids are separated by any spaces, and an empty list leaves no attribute on the heading', () => {
  expect(render('## Usage {#usage data-aliases="  a   b "}\n')).toMatch(/^<span id="a" class="anchor-alias"><\/span><span id="b" class="anchor-alias"><\/span><h2 id="usage">Usage</);
  expect(render('## Usage {#usage data-aliases=""}\n')).toMatch(/^<h2 id="usage">Usage</);
});
