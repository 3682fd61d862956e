import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { highlightTerms, withHighlight } from '../../src/scripts/search-query.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
const { visit } = site;

const feature = 'qemu-img-dd';

/** Makes the page's clipboard refuse every write, as a browser without the permission does. */
const refuseClipboard = (page: Page) =>
  page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });

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
  // Arrive the way a search result does, with ?pagefind-highlight=, which must not leak into copied links.
  const resultUrl = withHighlight(`features/${feature}/`, highlightTerms('qemu-img dd'));
  expect(resultUrl).toContain('?pagefind-highlight=');
  const { page, problems } = await visit(context, `/${resultUrl}`);
  await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
  const title = (await page.locator('h1').textContent())!.trim();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const sectionUrl = `${canonical}#how-to-use-it`;
  const status = page.locator('.link-menu [role="status"]');
  /** Picks a format in the open menu and waits for the menu to say it copied, before reading the clipboard. */
  const copy = async (format: string) => {
    await page.locator(`.link-menu button[data-format="${format}"]`).click();
    await expect.poll(() => status.textContent()).toBe('Copied to the clipboard.');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const copied: Record<string, string> = {};
  for (const format of ['url', 'markdown', 'mediawiki', 'rst']) {
    await page.getByRole('button', { name: 'Copy link to the section How to use it' }).click();
    copied[format] = await copy(format);
    await page.keyboard.press('Escape');
  }
  expect(copied).toEqual({
    url: sectionUrl,
    markdown: `[${title} › How to use it](${sectionUrl})`,
    mediawiki: `[${sectionUrl} ${title} › How to use it]`,
    rst: `\`${title} › How to use it <${sectionUrl}>\`__`,
  });
  expect(new URL(copied['url']!).search).toBe('');
  await page.getByRole('button', { name: 'Link to this page' }).click();
  const pageUrl = await copy('url');
  expect(pageUrl).toBe(canonical);
  expect(new URL(pageUrl).search).toBe('');
  expect(problems).toEqual([]);
  await context.close();
});

test('when the clipboard refuses, the copy-link menu says so', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await refuseClipboard(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.server.url}features/${feature}/`);
  await page.getByRole('button', { name: 'Link to this page' }).click();
  await page.locator('.link-menu button[data-format="url"]').click();
  await expect.poll(() => page.locator('.link-menu [role="status"]').textContent()).toBe('Could not copy: the browser refused access to the clipboard.');
  expect(errors).toEqual([]);
  await context.close();
});

test('when the menu cannot be loaded, the link button says so', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.route(/\/_astro\/link-menu[^/]*\.js$/, (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.server.url}features/${feature}/`);
  // Located once: its name changes with its text.
  const button = page.locator('button[data-copy-link=""]');
  expect(await button.textContent()).toBe('Link to this page');
  await button.click();
  await expect.poll(() => button.textContent()).toBe('Copy failed');
  // It comes back, for another try.
  await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Link to this page');
  expect(errors).toEqual([]);
  await context.close();
});

describe('the Russian edition', () => {
  test('a Russian short link lands on the Russian page and keeps the #section', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}ru/f/${feature}/#how-to-use-it`);
    await page.waitForURL(`${site.server.url}ru/features/${feature}/#how-to-use-it`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.close();
  });

  test('the copy-link menu is Russian and gives the Russian page’s URL and title in every format', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = await visit(context, `/ru/features/${feature}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    expect(title).toMatch(/[А-Яа-я]/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`/ru/features/${feature}/`);
    // As typeset (with no-break spaces) on the page; pasted with plain spaces.
    const heading = (await page.locator('h2#how-to-use-it').evaluate((element) => element.firstChild?.textContent ?? '')).trim();
    expect(heading).toContain('\u00A0');
    const sectionUrl = `${canonical}#how-to-use-it`;
    await page.getByRole('button', { name: `Скопировать ссылку на раздел ${heading}` }).click();
    await page.locator('.link-menu button[data-format="markdown"]').click();
    await expect.poll(() => page.locator('.link-menu [role="status"]').textContent()).toBe('Скопировано в\u00A0буфер обмена.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[${title} › ${heading.replaceAll('\u00A0', ' ')}](${sectionUrl})`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Ссылка на страницу' }).click();
    await page.locator('.link-menu button[data-format="mediawiki"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`[${canonical} ${title}]`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the language switcher goes to the same page and section in the other edition, and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}features/${feature}/#limitations`);
    await page.getByRole('link', { name: 'Язык: Русский' }).click();
    await page.waitForURL(`${site.server.url}ru/features/${feature}/#limitations`);
    await page.getByRole('link', { name: 'Language: English' }).click();
    await page.waitForURL(`${site.server.url}features/${feature}/#limitations`);
    await page.close();
  });
});
