import { describe, expect, test } from 'vitest';
import { MDX_HTML_COMPONENTS } from '../../src/components/mdx/html.ts';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { renderMdxToHtml } from '../../src/markdown/mdx-html.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';

const { Aside, ColoDiagram } = MDX_HTML_COMPONENTS;

describe('Aside', () => {
  test('is a labelled note, with its text and no script', () => {
    const html = Aside({ type: 'caution' }, '<p>QEMU 7.2 differs.</p>', 'en');
    expect(html).toBe('<div class="aside aside-caution" role="note" aria-label="Caution"><p class="aside-label" aria-hidden="true">Caution</p><p>QEMU 7.2 differs.</p></div>');
  });
  test("prints its label in the page's language", () => {
    expect(Aside({ type: 'caution' }, '<p>QEMU 7.2 иначе.</p>', 'ru')).toContain('aria-label="Внимание"');
  });
  test('is a note when no type is given', () => {
    expect(Aside({}, 'Text', 'en')).toContain('aria-label="Note"');
  });
  test('refuses an unknown type, naming the types there are', () => {
    expect(() => Aside({ type: 'warning' }, 'Text', 'en')).toThrow('<Aside type> "warning" is not a value it accepts. Use type="note", type="tip", type="caution".');
  });
  test('refuses a prop it does not know, and an empty body', () => {
    expect(() => Aside({ type: 'tip', title: 'x' }, 'Text', 'en')).toThrow('<Aside title> is not a prop of this component. <Aside> takes type=…. Remove it.');
    expect(() => Aside({ type: 'tip' }, '  ', 'en')).toThrow(/<Aside> is empty/);
  });
});

test('a diagram refuses props, which it would otherwise ignore', () => {
  expect(() => ColoDiagram({ size: 'small' }, '', 'en')).toThrow('<ColoDiagram size> is not a prop of this component. <ColoDiagram> takes no props. Remove it.');
});

test('every component a page may use has an HTML function for the fast path', () => {
  expect(Object.keys(MDX_HTML_COMPONENTS).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
});

describe('the MDX fast path', () => {
  const options = { mdastPlugins: [contentGuard('/site', MDX_COMPONENT_NAMES)], hastPlugins: [], features: {} };
  const file = new URL('file:///site/content/features/a.mdx');
  test('prints elements, text and components, with the headings', async () => {
    const { html, headings } = await renderMdxToHtml('## Hi & bye\n\nPress <kbd>Ctrl</kbd>.\n\n<Aside type="tip">Use **it**.</Aside>\n', file, {}, options);
    expect(html).toBe('<h2 id="hi--bye">Hi &amp; bye</h2>\n<p>Press <kbd>Ctrl</kbd>.</p>\n<div class="aside aside-tip" role="note" aria-label="Tip"><p class="aside-label" aria-hidden="true">Tip</p>Use <strong>it</strong>.</div>');
    expect(headings).toEqual([{ depth: 2, slug: 'hi--bye', text: 'Hi & bye' }]);
  });
  test('refuses a local image, which only the standard path turns into an optimised image', async () => {
    await expect(renderMdxToHtml('![A diagram](./diagram.png)\n', file, {}, options)).rejects.toThrow('/site/content/features/a.mdx: the image ./diagram.png is a local file');
  });
  test('refuses to run compiled code unless the content guard is the first plugin: an expression would read the environment', async () => {
    const unguarded = { ...options, mdastPlugins: [] };
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, unguarded)).rejects.toThrow(/content guard must be the first mdast plugin/);
    const guardSecond = { ...options, mdastPlugins: [() => ({ name: 'other' }), ...options.mdastPlugins] };
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, guardSecond)).rejects.toThrow(/content guard must be the first mdast plugin/);
    await expect(renderMdxToHtml('Home is {process.env.HOME}.\n', file, {}, options)).rejects.toThrow(/JavaScript expression/);
  });
});
