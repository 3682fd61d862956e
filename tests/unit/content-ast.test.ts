import { describe, expect, test } from 'vitest';
import type { MdastNode } from 'satteri';
import { codeBlocksOf, ContentSyntaxError, parseContent, readFrontmatter, textOf } from '../../src/markdown/content-ast.ts';

const blocks = (source: string) => codeBlocksOf(parseContent(source, 'md').tree, source);
const children = (source: string) => (parseContent(source, 'md').tree as Extract<MdastNode, { children: unknown }>).children as MdastNode[];

test('a heading\'s text reads as written, whatever inline markup it holds', () => {
  const [heading] = children('## Use *the* `qemu-img` [tool](/x/) **now**\n');
  expect(textOf(heading!)).toBe('Use the qemu-img tool now');
});

test('blocks are read apart: the items of a list, the paragraphs of a page, and a code block\'s code', () => {
  const [list] = children('- one\n- two\n');
  expect(textOf(list!)).toBe('one two');
  expect(textOf(parseContent('First.\n\nSecond.\n\n```sh\nls\n```\n\n---\n', 'md').tree)).toBe('First. Second. ls ');
});

test('a page\'s frontmatter and the line its YAML starts on', () => {
  expect(parseContent('---\ntitle: A\n---\n\nText.\n', 'md').frontmatter).toEqual({ yaml: 'title: A', line: 2 });
  expect(parseContent('Text.\n', 'md').frontmatter).toBeUndefined();
});

test('an MDX syntax error gives the line and column where the parser stopped, and its message without them', () => {
  const error: unknown = (() => {
    try {
      parseContent(`${'Text.\n\n'.repeat(6)}A ${'x'.repeat(12)} { brace.\n`, 'mdx');
    } catch (caught) {
      return caught;
    }
    return undefined;
  })();
  expect(error).toBeInstanceOf(ContentSyntaxError);
  const { line, column, message } = error as ContentSyntaxError;
  expect([line, column]).toEqual([13, 16]);
  expect(message).toContain('closing brace');
  expect(message).not.toMatch(/^\d/);
});

test('a code block\'s fence line, language, meta without the spaces around it, and code', () => {
  expect(blocks('Text.\n\n```sh   run expect-exit=0   \nls\n```\n')).toEqual([{ line: 3, lang: 'sh', meta: 'run expect-exit=0', code: 'ls', closed: true }]);
});

test('a fence is closed by a fence line, even with spaces after it; an indented block needs no fence', () => {
  expect(blocks('```sh\nls\n```   \n')[0]?.closed).toBe(true);
  expect(blocks('~~~\nls\n~~~\n')[0]?.closed).toBe(true);
  expect(blocks('Text:\n\n    indented\n')[0]?.closed).toBe(true);
});

test('a fence is left open when the page ends without a closing line: after the opening, after code, or after text that only holds backticks', () => {
  expect(blocks('Text.\n\n```\n')[0]?.closed).toBe(false);
  expect(blocks('```sh\nls\n')[0]?.closed).toBe(false);
  expect(blocks('```sh\necho ```\n')[0]?.closed).toBe(false);
  expect(blocks('```sh\nls\n```x\n')[0]?.closed).toBe(false);
});

describe('readFrontmatter, the one frontmatter reader', () => {
  test("reads values as Astro's content layer does, js-yaml's types included", () => {
    const { data, body } = readFrontmatter('---\ntitle: A\nreleased: 2016-12-20\nenglishVersion: 012345678901\n---\nText\n');
    // A date is a Date and a string of digits a number, as the collections' schemas see them.
    expect(data['released']).toBeInstanceOf(Date);
    expect(data['englishVersion']).toBe(12345678901);
    expect(data['title']).toBe('A');
    expect(body).toBe('Text\n');
  });

  test('reads TOML between +++ lines, as Astro does, and gives a source without frontmatter whole', () => {
    expect(readFrontmatter('+++\ntitle = "A"\n+++\n\nText\n')).toEqual({ data: { title: 'A' }, body: '\nText\n' });
    expect(readFrontmatter('# No frontmatter\n')).toEqual({ data: {}, body: '# No frontmatter\n' });
  });

  test('keeps the body after the closing line exactly, CRLF too', () => {
    expect(readFrontmatter('---\r\ntitle: A\r\n---\r\n\r\nText\r\n').body).toBe('\r\nText\r\n');
  });

  test('throws on YAML that does not parse', () => {
    expect(() => readFrontmatter('---\naliases: [a\n---\n')).toThrow();
  });
});

test("the frontmatter reader is the version of Astro's own: package.json pins the helpers Astro depends on", async () => {
  const { readFileSync } = await import('node:fs');
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  const ours = read('../../package.json').dependencies['@astrojs/internal-helpers'];
  // An Astro upgrade that moves to other helpers fails here: pin the new version with it.
  expect(ours).toBe(read('../../node_modules/astro/package.json').dependencies['@astrojs/internal-helpers']);
  expect(ours).toBe(read('../../node_modules/@astrojs/mdx/package.json').dependencies['@astrojs/internal-helpers']);
});
