import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';
import { CONTENT_FEATURES } from '../../src/markdown/content-ast.ts';
import { contentGuard } from '../../src/markdown/content-guard.ts';
import { checkContentSource } from '../../src/markdown/content-rules.ts';
import { renderMdxToHtml } from '../../src/markdown/fast-path/mdx-html.ts';
import { checkContentPages } from '../../src/markdown/check-pages.ts';
import { publishedHtmlProblems } from '../../src/safety/published-html.ts';
import { ATTACKS } from '../fixtures/injection/attacks.ts';

const fileOf = (attack: (typeof ATTACKS)[number]) => `content/features/${attack.name.replace(/\W+/g, '-')}.${attack.format}`;

// Each layer must refuse each attempt on its own: the source rules, and the gate on the published HTML.
describe.each(ATTACKS)('$format: $name', (attack) => {
  test('the pre-flight refuses it, naming the file and a line', () => {
    const file = fileOf(attack);
    const page = `---\ntitle: x\n---\n\n${attack.body}`;
    const problems = checkContentPages([{ name: file.replace(/.*\//, ''), path: file, bytes: new TextEncoder().encode(page) }], 'architectureTranslations', { components: MDX_COMPONENT_NAMES, qemuFiles: new Set() })
      .filter((problem) => !/frontmatter|summary|title/.test(problem.field));
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.file).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+$`));
  });
  test(attack.format === 'md' ? 'its rendered HTML is refused by the publishing gate' : 'the fast path refuses to render it', async () => {
    if (attack.format === 'md') {
      const { html } = markdownToHtml(attack.body, { features: CONTENT_FEATURES });
      expect(publishedHtmlProblems(html, fileOf(attack), attack.body).length, html).toBeGreaterThan(0);
    } else {
      const options = { mdastPlugins: [contentGuard('/site', MDX_COMPONENT_NAMES)], hastPlugins: [], features: CONTENT_FEATURES };
      await expect(renderMdxToHtml(attack.body, new URL(`file:///site/${fileOf(attack)}`), {}, options)).rejects.toThrow();
    }
  });
});

test('what pages really write passes both layers: links, code that looks like markup, allowed HTML', () => {
  const body = '## Usage {#usage data-aliases="how-to-use"}\n\nSee [COLO](/f/colo/#usage), <https://qemu.org/> and [mail](mailto:qemu-devel@nongnu.org).\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>; `<script>` and `javascript:x` are text.\n\n<details><summary>More</summary>\n\nHidden **text**.\n\n</details>\n\n```html\n<script>alert(1)</script>\n```\n\n- [ ] a task\n\nA note[^1].\n\n[^1]: The note.\n';
  expect(checkContentSource('content/features/a.md', body, MDX_COMPONENT_NAMES)).toEqual([]);
  expect(publishedHtmlProblems(markdownToHtml(body, { features: CONTENT_FEATURES }).html, 'a.md', body)).toEqual([]);
});
