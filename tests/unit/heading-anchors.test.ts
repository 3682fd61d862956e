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
