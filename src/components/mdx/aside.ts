/**
 * `<Aside type="note|tip|caution">text</Aside>`: a remark set apart from the text, such as where the
 * QEMU that runs the examples behaves differently from 2.8.0. Plain HTML, no script.
 *
 * A `div` with `role="note"` and a visible label rather than an `<aside>`: an `<aside>` inside the
 * article would be a complementary landmark, which axe wants at the top level of the page, and a
 * heading would enter the page's outline and table of contents. The label is the note's accessible
 * name, so a screen reader announces "Caution, note" before the text.
 */
import { t } from '../../lib/strings.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { MdxHtmlComponent } from './html.ts';

export const ASIDE_TYPES = ['note', 'tip', 'caution'] as const;
export type AsideType = (typeof ASIDE_TYPES)[number];

export const asideHtml: MdxHtmlComponent = (props, children, locale) => {
  const { type = 'note', ...rest } = props;
  const unknown = Object.keys(rest).filter((key) => key !== 'children');
  if (unknown.length > 0) throw new Error(`<Aside> takes only type="${ASIDE_TYPES.join('|')}", but got ${unknown.join(', ')}. Remove them.`);
  if (!ASIDE_TYPES.includes(type as AsideType)) throw new Error(`<Aside type="${String(type)}"> is not a type: use ${ASIDE_TYPES.map((name) => `type="${name}"`).join(', ')}.`);
  if (children.trim() === '') throw new Error('<Aside> is empty: write its text between <Aside> and </Aside>.');
  const label = t(locale).asides[type as AsideType];
  return `<div class="aside aside-${type}" role="note" aria-label="${escapeHtml(label)}"><p class="aside-label" aria-hidden="true">${escapeHtml(label)}</p>${children}</div>`;
};
