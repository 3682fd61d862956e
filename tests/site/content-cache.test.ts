import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

/**
 * Astro reuses a page it rendered while the page's text is unchanged, even when the code that
 * renders it has changed; src/integrations/content-cache.ts empties its store then. The sequence
 * that once published pages rendered by code that no longer existed: change the renderer, have the
 * build fail after Astro stored the pages, revert the change, build again.
 */
test('after a failed build with changed rendering code and a revert, the site is rendered by the reverted code', () => {
  // In a copy of the project, so the renderer can be changed without any risk to the real source.
  const fixture = fixtureBuild();
  const renderer = path.join(fixture.projectDir, 'src/markdown/heading-anchors.ts');
  const mdxPage = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  const markdownPage = path.join(fixture.outDir, 'features/beta-feature/index.html');
  const original = { renderer: readFileSync(renderer, 'utf8'), mdxPage: readFileSync(mdxPage, 'utf8') };

  let result = fixture.build();
  expect(result.status, result.output).toBe(0);
  expect(readFileSync(markdownPage, 'utf8')).toContain('aria-label="Section link: ');

  // The changed renderer labels anchors differently. The MDX page fails in bundling, after Astro
  // has rendered the Markdown page with the changed code and saved it in its store.
  const changed = original.renderer.replace('ariaLabel: fill(ui.sectionLink, { section: text }, ui.lang)', 'ariaLabel: `Changed renderer: ${text}`');
  expect(changed).not.toBe(original.renderer);
  writeFileSync(renderer, changed);
  writeFileSync(mdxPage, `${original.mdxPage}\nA stray { brace.\n`);
  result = fixture.build();
  expect(result.status, result.output).not.toBe(0);

  writeFileSync(renderer, original.renderer);
  writeFileSync(mdxPage, original.mdxPage);
  result = fixture.build();
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(markdownPage, 'utf8');
  expect(html).not.toContain('Changed renderer');
  expect(html).toContain('aria-label="Section link: ');
});
