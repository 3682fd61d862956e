import type { ShikiTransformer } from 'shiki';

/** Prefix of the CSS variables Shiki's css-variables theme writes, as Astro names them. */
export const CODE_VARIABLE_PREFIX = '--astro-code-';

type Element = Parameters<NonNullable<ShikiTransformer['span']>>[0];
type Content = Element['children'][number];

const FONT_STYLE_CLASSES: Record<string, string> = {
  'font-style:italic': 'tk-i',
  'font-weight:bold': 'tk-b',
  'text-decoration:underline': 'tk-u',
};

/**
 * The class for one declaration of a token's style: `color:var(--astro-code-token-keyword)` becomes
 * `tk-keyword`, `font-style:italic` becomes `tk-i`. Throws on anything else, so a token can
 * never reach the page with a style attribute (the Content-Security-Policy forbids them).
 * @example tokenClass('color:var(--astro-code-token-string)') // → 'tk-string'
 */
export function tokenClass(declaration: string): string {
  const normalized = declaration.replace(/\s/g, '').toLowerCase();
  const variable = /^color:var\(--astro-code-([a-z0-9-]+)\)$/.exec(normalized)?.[1];
  // Stryker: equivalent mutant — /^token-/ without `^`: the theme's variables are `token-<role>`,
  // `foreground` and `background`, with no "token-" further in.
  if (variable) return `tk-${variable.replace(/^token-/, '')}`;
  const fontClass = FONT_STYLE_CLASSES[normalized];
  if (fontClass) return fontClass;
  throw new Error(`code token style "${declaration}" has no class: map it in src/lib/code-token-classes.ts and style it in src/styles/global.css`);
}

const classesOf = (style: string): string[] => style.split(';').filter(Boolean).map(tokenClass);

/**
 * Roles the site draws in the block's own text colour, so their tokens need no element: the
 * default colour, and punctuation (commas, brackets, `$` prompts), which global.css leaves in the
 * text colour; a quarter of all tokens in the benchmark's pages.
 */
const TEXT_COLOURED = new Set(['tk-foreground', 'tk-punctuation']);

/** The class attribute for a token with this style (`color:…;font-style:…`), or '' for none. */
export function tokenClassName(style: string): string {
  const classes = classesOf(style);
  return classes.length === 1 && TEXT_COLOURED.has(classes[0] as string) ? '' : classes.join(' ');
}

/**
 * A Shiki transformer for the css-variables theme that writes token colours as classes, not style
 * attributes: the CSP needs no 'unsafe-inline', and global.css colours each class per colour scheme.
 * Why by hand: Shiki's transformerStyleToClass hashes any style into a class and collects the rules
 * at run time, because a theme may use any colour; this theme only ever names a role
 * (keyword, string, …), so each role has one fixed class and the stylesheet is static.
 * Tokens in the text colour (TEXT_COLOURED, and the unstyled tokens of plain text) lose their
 * <span>: the block already has that colour. Each span less is markup that the content store, the
 * bundler, the search indexer and the link check no longer read, on every page.
 */
export function tokenClasses(): ShikiTransformer {
  return {
    // Stryker: equivalent mutant — the name as '': Shiki only uses it in its own messages.
    name: 'qemu-docs:token-classes',
    pre(node) {
      // The block's colours come from the `astro-code` class in global.css (Shiki's own classes
      // name the theme, which nothing styles).
      delete node.properties['style'];
      node.properties['class'] = 'astro-code';
    },
    span(node) {
      // The same rule as tokens written straight to HTML (code-highlighter.ts): one function decides.
      const className = tokenClassName(String(node.properties['style'] ?? ''));
      delete node.properties['style'];
      if (className) node.properties['class'] = className;
    },
    code(node) {
      // Shiki wraps each line in <span class="line"> for line highlighting, which the site does
      // not use: the lines are joined by their newlines alone, a third less markup per block.
      // Stryker: equivalent mutant — the class test as `true`: the line spans are the only elements here.
      node.children = node.children.flatMap((child) => (child.type === 'element' && child.properties['class'] === 'line' ? child.children : [child]));
    },
    line(node) {
      // A token span left without a class (text colour) is just its text.
      // Stryker: equivalent mutants — each part of the test as `true`, or `&&` as `||`: a line holds
      // only token spans, each with one text child.
      node.children = node.children.map((child): Content =>
        child.type === 'element' && child.children.length === 1 && Object.keys(child.properties).length === 0 ? (child.children[0] as Content) : child,
      );
    },
  };
}
