import { expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

const feature = 'qemu-img-dd';

test('a short link lands on the feature page and keeps the #section', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}f/${feature}/#how-to-use-it`);
  await page.waitForURL(`${site.server.url}features/${feature}/#how-to-use-it`);
  await expect.poll(() => page.evaluate(() => document.getElementById('how-to-use-it')?.getBoundingClientRect().top ?? -1)).toBeLessThan(200);
  await page.close();
});

test('every section heading has a keyboard-reachable anchor link to itself', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}features/${feature}/`);
  const anchor = page.locator('h2#how-to-use-it a.heading-anchor');
  await anchor.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#how-to-use-it$/);
  await page.close();
});

test('the copy-link menu puts the canonical URL, Markdown, MediaWiki and reST links on the clipboard', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  // Arrive the way a search result does, with ?highlight=, which must not leak into copied links.
  await page.goto(`${site.server.url}features/${feature}/?highlight=dd`);
  const title = (await page.locator('h1').textContent())!.trim();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const sectionUrl = `${canonical}#how-to-use-it`;
  const copied: Record<string, string> = {};
  for (const format of ['url', 'markdown', 'mediawiki', 'rst']) {
    await page.getByRole('button', { name: 'Copy a link to the section How to use it' }).click();
    await page.locator(`.link-menu button[data-format="${format}"]`).click();
    copied[format] = await page.evaluate(() => navigator.clipboard.readText());
    await page.keyboard.press('Escape');
  }
  expect(copied).toEqual({
    url: sectionUrl,
    markdown: `[${title} › How to use it](${sectionUrl})`,
    mediawiki: `[${sectionUrl} ${title} › How to use it]`,
    rst: `\`${title} › How to use it <${sectionUrl}>\`__`,
  });
  await page.getByRole('button', { name: 'Link to this page' }).click();
  await page.locator('.link-menu button[data-format="url"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await context.close();
});
