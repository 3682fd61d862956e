import { expect, test } from 'vitest';
import { blankFrontmatter } from '../../src/markdown/fast-path/mdx-loader.ts';

// What the MDX fast path compiles: the file with its frontmatter turned to spaces, so the body
// parses as it does on @astrojs/mdx's path and every line keeps its number (errors name the line).
test.for([
  ['YAML', '---\ntitle: A\nrelease: "2.8"\n---\n\n# Body\n'],
  ['TOML', '+++\ntitle = "A"\nrelease = "2.8"\n+++\n\n# Body\n'],
  ['YAML, CRLF', '---\r\ntitle: A\r\n---\r\n\r\n# Body\r\n'],
])('a %s frontmatter becomes blank lines, the body kept where it was', ([, page]) => {
  const blanked = blankFrontmatter(page!);
  expect(blanked.split('\n').length).toBe(page!.split('\n').length);
  expect(blanked.trimStart()).toBe(page!.slice(page!.indexOf('# Body')));
  expect(blanked.length).toBe(page!.length);
});

test('a file without frontmatter is left as it is', () => {
  expect(blankFrontmatter('# Body\n\nText.\n')).toBe('# Body\n\nText.\n');
});
