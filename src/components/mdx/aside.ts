/**
 * `<Aside type="note|tip|caution">text</Aside>`: a remark set apart from the text, such as where the
 * QEMU that runs the examples behaves differently from 2.8.0. Plain HTML, no script.
 *
 * A `div` with `role="note"` and a visible label rather than an `<aside>`: an `<aside>` inside the
 * article would be a complementary landmark, which axe wants at the top level of the page, and a
 * heading would enter the page's outline and table of contents. The label is the note's accessible
 * name, so a screen reader announces "Caution, note" before the text.
 */
import { z } from 'astro/zod';
import { t } from '../../lib/strings.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { MdxHtmlComponent } from './html.ts';
import { parseProps } from './parse-props.ts';

export const ASIDE_TYPES = ['note', 'tip', 'caution'] as const;
export type AsideType = (typeof ASIDE_TYPES)[number];

/** `<Aside type="note|tip|caution">`: the kind of remark, which sets its label and colour. */
export const asideProps = z.strictObject({ type: z.enum(ASIDE_TYPES).default('note') });

export const asideHtml: MdxHtmlComponent = (props, children, locale) => {
  const { type } = parseProps('Aside', asideProps, props);
  if (children.trim() === '') throw new Error('<Aside> is empty: write its text between <Aside> and </Aside>.');
  const label = t(locale).asides[type];
  return `<div class="aside aside-${type}" role="note" aria-label="${escapeHtml(label)}"><p class="aside-label" aria-hidden="true">${escapeHtml(label)}</p>${children}</div>`;
};
