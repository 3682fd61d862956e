import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { createCssVariablesTheme, createHighlighter, hastToHtml } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { describe, expect, test } from 'vitest';
import { syntheticPages } from '../../scripts/bench/synthetic.ts';
import { createCodeHighlighter } from '../../src/lib/code-highlighter.ts';
import { CODE_VARIABLE_PREFIX, tokenClass, tokenClassName, tokenClasses } from '../../src/lib/code-token-classes.ts';
import { extractExamples } from '../../src/lib/extract-examples.ts';

const highlighter = createCodeHighlighter();
const html = (code: string, lang: string, meta?: string) => highlighter.toHtml({ code, lang, meta });

describe('token classes', () => {
  test('a theme role becomes a fixed class; font styles get short classes', () => {
    expect(tokenClass('color:var(--astro-code-token-keyword)')).toBe('tk-keyword');
    expect(tokenClass(' color: var(--astro-code-foreground) ')).toBe('tk-foreground');
    expect(tokenClass('font-style:italic')).toBe('tk-i');
  });
  test('any other style fails loudly instead of reaching the page as a style attribute', () => {
    expect(() => tokenClass('color:#ff0000')).toThrow(/has no class: map it in src\/lib\/code-token-classes\.ts/);
    expect(() => tokenClass('background-color:var(--astro-code-token-keyword)')).toThrow('code token style "background-color:var(--astro-code-token-keyword)" has no class');
    expect(() => tokenClass('color:var(--astro-code-token-keyword)!important')).toThrow(/has no class/);
  });
  test('a token in the text colour needs no class, unless it has a font style too', () => {
    expect(tokenClassName('color:var(--astro-code-foreground)')).toBe('');
    expect(tokenClassName('color:var(--astro-code-token-punctuation)')).toBe('');
    expect(tokenClassName('color:var(--astro-code-foreground);font-style:italic')).toBe('tk-foreground tk-i');
    expect(tokenClassName('color:var(--astro-code-token-keyword);font-weight:bold')).toBe('tk-keyword tk-b');
  });
});

describe('highlighted code', () => {
  test('carries no style attribute (the CSP allows none) and colours tokens by role', async () => {
    const out = await html('qemu-img dd if=a.raw of=b.raw bs=1M # copy', 'sh');
    expect(out).toMatch(/^<pre class="astro-code" tabindex="0"><code>/);
    expect(out).not.toContain('style=');
    expect(out).toContain('<span class="tk-function">qemu-img</span>');
    expect(out).toContain('<span class="tk-comment">');
    expect(out).not.toContain('class="line"');
  });
  test('default-coloured tokens are plain text, and same-coloured neighbours share one span', async () => {
    const out = await html('{"execute": "query-status"}', 'json');
    expect(out).not.toMatch(/tk-foreground|tk-punctuation/);
    const c = await html('int main(void) { return 0; }', 'c');
    expect(c.match(/<span class="tk-[^"]*">/g)?.length).toBeLessThan(12);
  });
  test('code is escaped, never parsed as markup', async () => {
    const out = await html('echo "<img src=x onerror=alert(1)>" && true', 'sh');
    expect(out).not.toContain('<img');
    expect(out).toContain('&#x3C;img');
  });
  test('text blocks are not tokenized; console is a shell session', async () => {
    expect(await html('plain <words>\nmore', 'text')).toBe('<pre class="astro-code" tabindex="0"><code>plain &#x3C;words>\nmore</code></pre>');
    expect(await html('$ ls\nfile', 'console')).toBe('<pre class="astro-code" tabindex="0"><code>$ ls\nfile</code></pre>');
  });
  test('an unknown fence language fails with the name and what to use', async () => {
    await expect(html('x', 'shel')).rejects.toThrow(/code block ```shel: Shiki has no language "shel"\. Use sh, json/);
  });
  test('an example block, which goes through Shiki\'s transformers, is marked up as a plain block is', async () => {
    const out = await html('{"execute": "query-status"}\nqemu-img info a.raw', 'json', 'norun="needs KVM"');
    expect(out).toMatch(/^<figure class="example example-norun" data-example="norun"><pre class="astro-code" tabindex="0"><code>\{<span class="tk-keyword">"execute"<\/span>:/);
    expect(out).not.toContain('style=');
    expect(out).not.toContain('class="line"');
    expect(out).not.toMatch(/<span>|tk-foreground|tk-punctuation/);
    expect(out).toContain('}\nqemu-img');
  });
  test('example captions come from the fence meta', async () => {
    expect(await html('ls', 'sh', 'norun="needs KVM"')).toMatch(/^<figure class="example example-norun"[^]*Not run in tests: needs KVM/);
  });
});

/**
 * Each character of the code with the class that colours it ('' for the default colour). Spaces
 * count as uncoloured: Shiki's path folds them into a neighbouring token, where no one sees it.
 */
function colouredCharacters(html: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => stack.push(name === 'span' && attributes['class'] !== 'line' ? (attributes['class'] ?? '') : (stack.at(-1) ?? '')),
      onclosetag: () => void stack.pop(),
      ontext: (text) => {
        for (const character of text) out.push(`${character}\u0000${/\s/.test(character) ? '' : (stack.at(-1) ?? '')}`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return out;
}

/** Every code block of the real pages and of 40 synthetic ones. */
function allBlocks() {
  const root = path.resolve(import.meta.dirname, '../..');
  const features = path.join(root, 'content/features');
  const sources = [
    ...readdirSync(features).map((name) => ({ page: name, text: readFileSync(path.join(features, name), 'utf8') })),
    ...syntheticPages(40).map((page) => ({ page: page.fileName, text: page.source })),
  ];
  return sources.flatMap(({ page, text }) => extractExamples(text, page).map((block) => ({ ...block, page })));
}

// Every block of the site and the benchmark through two highlighters: seconds, more on a busy machine.
test('blocks written straight from tokens colour every character as the Shiki transformer path does', async () => {
  const blocks = allBlocks();
  expect(blocks.length).toBeGreaterThan(150);
  for (const block of blocks) {
    const fast = await highlighter.toHtml({ code: block.code, lang: block.lang });
    const viaHast = hastToHtml(await highlighter.toHast({ code: block.code, lang: block.lang }));
    expect(colouredCharacters(fast), `${block.page}:${block.line}`).toEqual(colouredCharacters(viaHast));
  }
}, 120_000);

test('the JavaScript regex engine colours every block as Shiki\'s reference engine (Oniguruma) does', async () => {
  // Guards upgrades: the faster engine is only worth having while its tokens are the reference's.
  const blocks = allBlocks().filter((block) => block.lang !== 'text');
  const reference = await createHighlighter({
    themes: [createCssVariablesTheme({ name: 'css-variables', variablePrefix: CODE_VARIABLE_PREFIX })],
    langs: [...new Set(blocks.map((block) => block.lang))],
    engine: await createOnigurumaEngine(import('shiki/wasm')),
  });
  for (const block of blocks) {
    const expected = reference.codeToHtml(block.code.replace(/\n$/, ''), { lang: block.lang, theme: 'css-variables', transformers: [tokenClasses()] });
    expect(colouredCharacters(await highlighter.toHtml({ code: block.code, lang: block.lang })), `${block.page}:${block.line}`).toEqual(colouredCharacters(expected));
  }
}, 120_000);
