/** axe-core in a page the tests have opened, its violations as one line each. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A violation in a line: the rule, its impact, and the first few elements it found. */
const describeViolation = (violation: Violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`;

/**
 * Rules axe leaves out of its default set that the site is held to. `label-content-name-mismatch`
 * (WCAG 2.5.3, label in name) is "experimental" in axe-core, so off unless named: a control whose
 * accessible name does not hold its visible label cannot be reached by saying what it shows, and
 * the Russian code copy button («Копировать», named «Скопировать этот код») was one on every page.
 */
const EXTRA_RULES = ['label-content-name-mismatch'];

/**
 * axe's colour category (`cat.color`: colour contrast, links told from text by colour alone),
 * without its AAA rule, which the default set leaves out too. The only rules whose answer can
 * change when the page changes colour scheme and nothing else.
 */
const COLOUR_RULES = { runOnly: { type: 'tag' as const, values: ['cat.color'] }, rules: { 'color-contrast-enhanced': { enabled: false } } };

/**
 * Runs every axe rule of the default set, and EXTRA_RULES, on the page and returns its
 * violations, one line each; with `only: 'colour'`, axe's colour rules alone (a second colour
 * scheme of a page already checked whole: pages.test.ts checks that a scheme changes only colours).
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode runs axe in each frame and then
 * merges the results in a blank page it opens for every run, which doubled the cost of a check. The
 * site's pages have no frames, and legacy mode still checks same-origin ones; a frame from another
 * host would be reported by the visit as a request to another host. `resultTypes`: axe still
 * evaluates every element, but describes only the first of those that pass (the tests read
 * violations alone), which took a tenth off the pages' checks.
 */
export async function axeViolations(page: Page, { only }: { only?: 'colour' } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page: page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'] });
  const rules = only === 'colour' ? COLOUR_RULES : { rules: Object.fromEntries(EXTRA_RULES.map((rule) => [rule, { enabled: true }])) };
  const results = await builder.setLegacyMode(true).options({ resultTypes: ['violations'], ...rules }).analyze();
  return results.violations.map(describeViolation);
}
