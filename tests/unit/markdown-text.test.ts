import { expect, test } from 'vitest';
import { markdownCode, markdownText } from '../../src/lib/markdown-text.ts';
import { llmsTxt } from '../../src/lib/for-tools.ts';

test('frontmatter printed into Markdown cannot become a link, an image, an autolink, HTML or code', () => {
  expect(markdownText('See [this](https://elsewhere.example/) ![x](y) <https://e.example> `z`')).toBe('See \\[this\\](https://elsewhere.example/) !\\[x\\](y) \\<https://e.example\\> \\`z\\`');
  expect(markdownText('COLO fault tolerance (experimental checkpoint and failover framework)')).toBe('COLO fault tolerance (experimental checkpoint and failover framework)');
});

test('a keyword is one code span whatever backticks it holds', () => {
  expect(markdownCode('x-vsock')).toBe('`x-vsock`');
  expect(markdownCode('a`b')).toBe('``a`b``');
  expect(markdownCode('`x`')).toBe('`` `x` ``');
});

test('/llms.txt lists a title that looks like a link as text', () => {
  const feature = { id: 'a', data: { title: 'A [b](https://evil.example/)', summary: 'Use [c](javascript:x).', category: 'tools', architectures: ['all'], status: 'new', keywords: ['k'], references: [] } };
  const text = llmsTxt([feature] as never, [], { site: new URL('https://docs.example.org'), base: '/' });
  expect(text).toContain('- [A \\[b\\](https://evil.example/)](https://docs.example.org/features/a/index.md): Use \\[c\\](javascript:x).');
});
