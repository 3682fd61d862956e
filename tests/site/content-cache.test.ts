import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { contentCacheKey, type ContentCacheKey } from '../../src/integrations/content-cache.ts';

/**
 * Astro reuses a page it rendered while the page's text is unchanged, even when the code that
 * renders it has changed; src/integrations/content-cache.ts empties its store then, and records what
 * the store holds before Astro fills it. The sequence walked here: change the renderer and have the
 * build fail *after* Astro rendered and stored the pages (a broken link, found by the link check at
 * the end of `astro build`, passes the pre-flight), then build again. The page checked is one whose
 * text never changes, so only the cache decides which code rendered it.
 */
test('after a build that failed past rendering, the next build publishes pages rendered by the current code', async () => {
  // In a copy of the project, so the renderer can be changed without any risk to the real source.
  const fixture = fixtureBuild();
  const keyFile = path.join(fixture.projectDir, 'node_modules/.astro/qemu-docs-content-key.json');
  const mdxPage = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  const markdownPage = path.join(fixture.outDir, 'features/beta-feature/index.html');
  const original = { mdxPage: readFileSync(mdxPage, 'utf8') };
  const recordedRenderer = () => (JSON.parse(readFileSync(keyFile, 'utf8')) as ContentCacheKey).renderer;
  const rendererNow = async () => (await contentCacheKey(fixture.projectDir, [])).renderer;

  let result = fixture.build();
  expect(result.status, result.output).toBe(0);
  expect(readFileSync(markdownPage, 'utf8')).toContain('aria-label="Section link: ');
  expect(recordedRenderer()).toBe(await rendererNow());

  // The changed renderer labels section links differently; the other page links to a page that
  // does not exist, which only the link check after rendering finds.
  fixture.changeSiteCode('src/markdown/heading-anchors.ts', 'ariaLabel: fill(ui.sectionLink, { section: text }, ui.lang)', 'ariaLabel: `Changed renderer: ${text}`');
  writeFileSync(mdxPage, original.mdxPage.replace('[Beta](../beta-feature/)', '[Beta](../no-such-feature/)'));
  result = fixture.build();
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toMatch(/broken internal link[\s\S]*no-such-feature/);
  // The store now holds pages of the changed code, and the key says so.
  expect(recordedRenderer()).toBe(await rendererNow());
  expect(readFileSync(markdownPage, 'utf8'), 'the failed build left the last good site').not.toContain('Changed renderer');

  // Fixed link, changed renderer kept: the published page shows the change.
  writeFileSync(mdxPage, original.mdxPage);
  result = fixture.build();
  expect(result.status, result.output).toBe(0);
  expect(readFileSync(markdownPage, 'utf8')).toContain('aria-label="Changed renderer: ');
});
