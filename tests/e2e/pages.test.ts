import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { distDir } from '../helpers/built-site.ts';
import { SCHEMES, VIEWPORTS } from '../../scripts/lib/browser.ts';
import { untilIdle, useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { onePerTemplate, sitemapPaths } from '../helpers/sitemap.ts';

const site = useSiteInBrowser();
const { visit } = site;
const paths = () => [...sitemapPaths(distDir), '/404.html', '/ru/404.html'];

/**
 * The passes over the site: every page at the desktop width, and the phone width on the largest
 * page of each template and edition (the layout at that width is the template's, not the page's).
 * Both in the light and the dark colour scheme: colour contrast depends on each page's own code
 * colours.
 */
const passes = [
  { viewportName: 'desktop' as const, sitePaths: paths },
  { viewportName: 'phone' as const, sitePaths: () => onePerTemplate(distDir, paths()) },
];
/** Pages of a pass loaded at the same time, each in a page of its own: two cores, and waits on the test server. */
const TABS = 4;

/** The narrowest phone a page must fit without scrolling sideways (WCAG 1.4.10, reflow at 320 CSS px). */
const NARROWEST = { width: 320, height: 640 };

/**
 * Code a block's copy button covers: for each `pre.astro-code` of the page as laid out now, the
 * first text under its copy button's box (the button used to sit over the code and, on a phone,
 * hid the end of the first line of most blocks), or that it has no copy button.
 */
async function codeUnderCopyButtons(page: Page): Promise<{ blocks: number; covered: string[] }> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('pre.astro-code')];
    const covered = blocks.flatMap((pre) => {
      const button = pre.querySelector('.copy-code')?.getBoundingClientRect();
      if (!button) return ['a code block without a copy button'];
      const texts = document.createTreeWalker(pre.querySelector('code')!, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (!text.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const box of range.getClientRects()) {
          if (box.right > button.left && box.left < button.right && box.bottom > button.top && box.top < button.bottom) return [`the copy button hides "${text.textContent!.slice(0, 60)}"`];
        }
      }
      return [];
    });
    return { blocks: blocks.length, covered };
  });
}

/**
 * What the narrower widths show of a page loaded at the desktop width, measured in the visit
 * already made: code under the copy buttons at the desktop and the phone width, and how much wider
 * than a 320 px screen the page is. The viewport is narrowed and put back, which costs a layout,
 * where a load per width would cost a load of every page.
 */
async function atEachWidth(page: Page): Promise<{ codeBlocks: number; hiddenCode: string[]; sideways: string[] }> {
  const viewport = page.viewportSize();
  const desktop = await codeUnderCopyButtons(page);
  await page.setViewportSize(VIEWPORTS.phone);
  const phone = await codeUnderCopyButtons(page);
  await page.setViewportSize(NARROWEST);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (viewport) await page.setViewportSize(viewport);
  return {
    codeBlocks: Math.min(desktop.blocks, phone.blocks),
    hiddenCode: [...desktop.covered.map((problem) => `desktop: ${problem}`), ...phone.covered.map((problem) => `phone: ${problem}`)],
    sideways: scrollWidth <= innerWidth ? [] : [`${scrollWidth} px wide on a ${innerWidth} px screen`],
  };
}

/**
 * What a colour scheme changes on the page besides colours, as the browser parsed the page's CSS:
 * a declaration under a `prefers-color-scheme` media rule that is not a custom property holding a
 * colour, or a style sheet or element (`<source media>`) chosen by the scheme. Empty, the second
 * scheme needs only axe's colour rules (every other rule would give the first scheme's answer).
 */
async function changesBeyondColour(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bySchemeQuery = (text: string) => /prefers-color-scheme/.test(text);
    const found: string[] = [];
    const walk = (rules: CSSRuleList, underScheme: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules, underScheme || bySchemeQuery(rule.conditionText));
        else if (rule instanceof CSSStyleRule) {
          if (underScheme) {
            for (const property of rule.style) {
              const value = rule.style.getPropertyValue(property).trim();
              if (!property.startsWith('--') || !CSS.supports('color', value)) found.push(`${rule.selectorText} { ${property}: ${value} }`);
            }
          }
          if (rule.cssRules.length > 0) walk(rule.cssRules, underScheme);
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, underScheme);
      }
    };
    for (const sheet of document.styleSheets) {
      if (bySchemeQuery(sheet.media.mediaText)) found.push(`style sheet for ${sheet.media.mediaText}`);
      walk(sheet.cssRules, false);
    }
    for (const element of document.querySelectorAll('[media]')) {
      if (bySchemeQuery(element.getAttribute('media') ?? '')) found.push(`<${element.localName} media="${element.getAttribute('media')}">`);
    }
    return found;
  });
}

// One visit per page and width checks what the reader's browser complains about and what axe
// finds, in each colour scheme: whole in the first, and in the second axe's colour rules alone,
// since the page shows that the scheme changes nothing but colours. The scheme changes in place, as
// when a reader's system switches to dark (the site reads it from CSS alone, and with reduced motion
// runs no transition, so axe sees the new colours at once). A separate console pass and a load per
// scheme and width made five loads of every page. The desktop pass, which visits every page, also
// narrows each one to the phone width and to 320 px (atEachWidth). One test per page: a whole pass
// in one test outgrew its time limit as the site grew. Pages are checked a few at a time
// (test.concurrent): axe works in each page's own renderer.

/** Code blocks the desktop pass looked under copy buttons at both widths: none would mean the check saw nothing. */
let codeBlocksChecked = 0;

for (const { viewportName, sitePaths } of passes) {
  describe(`every page in a real browser (${viewportName})`, () => {
    let context: BrowserContext;
    let tabs: ReturnType<typeof site.tabs>;
    beforeAll(async () => {
      context = await site.browser.newContext({ colorScheme: SCHEMES[0], viewport: VIEWPORTS[viewportName], reducedMotion: 'reduce' });
      tabs = site.tabs(context, TABS);
    });
    afterAll(async () => {
      await context.close();
    });
    test.concurrent.for(sitePaths())('%s: no console error, CSP violation, failed request, request to another host, axe violation, code under a copy button or sideways scroll at 320 px', async (sitePath, { expect }) => {
      await tabs.visit(sitePath, async ({ page, problems }) => {
        const axe: Record<string, string[]> = {};
        for (const [index, scheme] of SCHEMES.entries()) {
          await page.emulateMedia({ colorScheme: scheme });
          axe[scheme] = await axeViolations(page, index === 0 ? {} : { only: 'colour' });
        }
        const schemeChangesBeyondColour = await changesBeyondColour(page);
        const { codeBlocks, hiddenCode, sideways } = viewportName === 'desktop' ? await atEachWidth(page) : { codeBlocks: 0, hiddenCode: [], sideways: [] };
        codeBlocksChecked += codeBlocks;
        // Problems are collected until the page is idle, not only until `load`: late errors count too.
        await untilIdle(page);
        expect({ problems, axe, schemeChangesBeyondColour, hiddenCode, sideways }).toEqual({
          problems: [],
          axe: Object.fromEntries(SCHEMES.map((scheme) => [scheme, []])),
          schemeChangesBeyondColour: [],
          hiddenCode: [],
          sideways: [],
        });
      });
    });
  });
}

test('the copy-button check saw the code blocks of every edition (over 200 at each width)', () => {
  expect(codeBlocksChecked).toBeGreaterThan(200);
});

describe('as a reader sees it', () => {
  test('the first Tab reaches the skip link, and it moves focus to the content', async () => {
    const context = await site.browser.newContext();
    const { page } = await visit(context, firstPath('/features/'));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  // WCAG 2.5.3 (label in name) for the buttons whose visible label axe cannot read: a section's
  // "copy link" label is CSS generated content (global.css), which label-content-name-mismatch
  // does not see. Checked in each edition, whose words differ («скопировать ссылку»).
  test.for(['/features/', '/ru/features/'])('%s…: every copy button’s accessible name holds the label it shows', async (prefix) => {
    const context = await site.browser.newContext();
    const { page } = await visit(context, firstPath(prefix));
    await untilIdle(page);
    const mismatches = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button.copy-link, button.copy-code')].flatMap((button) => {
        const shown = (button.textContent || getComputedStyle(button, '::after').content.replace(/^"|"$/g, '')).trim().toLowerCase();
        const name = (button.ariaLabel ?? button.textContent ?? '').toLowerCase();
        return shown && !name.includes(shown) ? [`${button.className}: shows "${shown}", named "${name}"`] : [];
      }),
    );
    expect(mismatches).toEqual([]);
    await context.close();
  });

  test('a copy button copies the code block it belongs to', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await visit(context, firstPathWithCode());
    const block = page.locator('pre.astro-code').first();
    const button = block.getByRole('button', { name: 'Copy this code' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await block.locator('code').innerText()).replace(/\n$/, ''));
    await context.close();
  });

  test('a copy button says so when the clipboard refuses, and then offers to copy again', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const { page, problems } = await visit(context, firstPathWithCode());
    const button = page.locator('pre.astro-code').first().getByRole('button', { name: 'Copy this code' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copy failed');
    await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('Copy');
    expect(problems).toEqual([]);
    await context.close();
  });
});

function firstPath(prefix: string): string {
  const found = paths().find((sitePath) => sitePath.startsWith(prefix) && sitePath !== prefix);
  if (!found) throw new Error(`no page under ${prefix}`);
  return found;
}
function firstPathWithCode(): string {
  return paths().find((sitePath) => sitePath.includes('qemu-img-dd')) ?? firstPath('/features/');
}
