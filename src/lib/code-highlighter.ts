import { bundledLanguages, createCssVariablesTheme, createHighlighter, getTokenStyleObject, stringifyTokenStyle, type ShikiTransformer, type ThemedToken } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { CODE_VARIABLE_PREFIX, tokenClasses, tokenClassName } from './code-token-classes.ts';
import { ContentError } from './content-error.ts';
import { exampleLabel } from './shiki-example-label.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n.ts';

/** One fenced code block, as Markdown gives it. */
export interface CodeBlock {
  code: string;
  /** The fence's language (`sh`); empty when it names none. */
  lang: string;
  /** The fence's text after the language (`run expect-exit=0`). */
  meta?: string | undefined;
  /** The edition of the page, for the example's caption; English when not given. */
  locale?: Locale | undefined;
}

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;
/** A highlighted block as hast: a `<pre>`, or a `<figure>` around it for a labelled example. */
export type HighlightedElement = Extract<ReturnType<Highlighter['codeToHast']>['children'][number], { type: 'element' }>;

/** Fence names that are not Shiki language ids. */
const LANGUAGE_ALIASES: Record<string, string> = { console: 'shellsession' };
/**
 * Shiki stops tokenizing a line after 500 ms by default and prints the rest unhighlighted, so on a
 * loaded machine (a busy CI runner, a build beside other builds) the same page came out coloured
 * differently from one build to the next: the MDX differential test
 * (tests/site/mdx-fast-path.test.ts) caught pages whose first line, or whole block, lost its colours.
 * A page's look must not depend on the machine's load.
 */
const NO_TIME_LIMIT = 0;
/** Blocks left as plain text: highlighting would only wrap each line in default-coloured spans. */
const PLAIN = new Set(['text', 'txt', 'plaintext', 'plain', '']);

/**
 * Shiki set up the way the site shows code: one theme of CSS variables (each block tokenized once;
 * global.css colours the roles per colour scheme), token colours as classes, example captions.
 * The JavaScript regex engine gives the same tokens as Shiki's Oniguruma WebAssembly engine for
 * every block of the site and of the benchmark (compared while choosing it), 10–20 % faster.
 * Grammars load the first time a page uses them.
 */
/** The Shiki language a fence's language names: an alias resolved, plain text as `text`. */
export function shikiLanguageOf(fenceLang: string): string {
  const alias = LANGUAGE_ALIASES[fenceLang] ?? fenceLang;
  return PLAIN.has(alias) ? 'text' : alias;
}

/**
 * Why a fence's language cannot be highlighted, or `undefined` when it can: checked in the
 * pre-flight (src/markdown/check-pages.ts) with the fence's line, and again when the block renders.
 * @example fenceLanguageProblem('shell-ish') // → 'Shiki has no language "shell-ish". …'
 */
export function fenceLanguageProblem(fenceLang: string): string | undefined {
  const lang = shikiLanguageOf(fenceLang);
  return lang === 'text' || lang in bundledLanguages ? undefined : `Shiki has no language "${fenceLang}". Use sh, json, c, ini, text or another Shiki language id.`;
}

export function createCodeHighlighter() {
  let ready: Promise<Highlighter> | undefined;
  // Each edition captions its examples in its own language.
  const transformers = Object.fromEntries(LOCALES.map((locale) => [locale, [exampleLabel(locale), tokenClasses()]])) as Record<Locale, ShikiTransformer[]>;

  async function prepare({ lang: fenceLang }: CodeBlock): Promise<{ highlighter: Highlighter; lang: string }> {
    ready ??= createHighlighter({
      themes: [createCssVariablesTheme({ name: 'css-variables', variablePrefix: CODE_VARIABLE_PREFIX })],
      langs: [],
      engine: createJavaScriptRegexEngine(),
    });
    const highlighter = await ready;
    const lang = shikiLanguageOf(fenceLang);
    if (lang !== 'text' && !highlighter.getLoadedLanguages().includes(lang)) {
      const problem = fenceLanguageProblem(fenceLang);
      if (problem) throw new ContentError(`code block \`\`\`${fenceLang}: ${problem}`);
      await highlighter.loadLanguage(lang as keyof typeof bundledLanguages);
    }
    return { highlighter, lang };
  }

  const options = (lang: string, meta: string | undefined, locale: Locale = DEFAULT_LOCALE) => ({
    lang,
    theme: 'css-variables',
    tokenizeTimeLimit: NO_TIME_LIMIT,
    // Adjacent tokens of one colour become one span: fewer elements, same look.
    mergeSameStyleTokens: true,
    ...(meta ? { meta: { __raw: meta } } : {}),
    transformers: transformers[locale],
  });

  return {
    /** The block as HTML. */
    async toHtml(block: CodeBlock): Promise<string> {
      const { highlighter, lang } = await prepare(block);
      const code = block.code.replace(/\n$/, '');
      // A block without meta needs no transformer: its HTML is written straight from the tokens.
      if (!block.meta) return tokensToHtml(highlighter.codeToTokens(code, { lang: lang as 'text', theme: 'css-variables', tokenizeTimeLimit: NO_TIME_LIMIT }).tokens);
      return highlighter.codeToHtml(code, options(lang, block.meta, block.locale));
    },
    /**
     * The block through Shiki's own hast path. No page uses it (MDX pages take the HTML too, as
     * src/markdown/code-highlight.ts says); it is the reference the unit tests hold toHtml to.
     */
    async toHast(block: CodeBlock): Promise<HighlightedElement> {
      const { highlighter, lang } = await prepare(block);
      const element = highlighter.codeToHast(block.code.replace(/\n$/, ''), options(lang, block.meta, block.locale)).children.find((node) => node.type === 'element');
      if (!element) throw new Error(`Shiki returned no element for a \`\`\`${block.lang} block`);
      return element;
    },
  };
}

/** Text escaped the way Shiki's own HTML output escapes it. */
const escapeText = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');

/**
 * The HTML of a block from its tokens: each run of characters with one class a span,
 * default-coloured text bare, lines joined by newlines (as tokenClasses() leaves them). Why by hand: Shiki's own path builds a hast
 * tree, runs the transformers over it and serializes it, which took as long as tokenizing; for the
 * blocks that need no transformer (no example caption) a string is all there is to build. A unit
 * test checks that every character gets the same class both ways, for every block of the site.
 */
function tokensToHtml(lines: readonly (readonly ThemedToken[])[]): string {
  const body = lines.map((line) => {
    let html = '';
    let runClass = '';
    let runText = '';
    const flush = () => {
      if (runText) html += runClass ? `<span class="${runClass}">${escapeText(runText)}</span>` : escapeText(runText);
      runText = '';
    };
    for (const token of line) {
      const className = tokenClassName(stringifyTokenStyle(getTokenStyleObject(token)));
      if (className !== runClass) {
        flush();
        runClass = className;
      }
      runText += token.content;
    }
    flush();
    return html;
  });
  return `<pre class="astro-code" tabindex="0"><code>${body.join('\n')}</code></pre>`;
}
