import { expect, test } from 'vitest';
import { formatLink, shareableUrl } from '../../src/lib/link-formats.ts';

const url = 'https://docs.example.org/features/colo/#usage';

test('the no-break spaces of a typeset title are pasted as plain spaces', () => {
  expect(formatLink('markdown', url, 'Как\u00A0пользоваться\u00A0— кратко')).toBe(`[Как пользоваться — кратко](${url})`);
});
test('plain URL', () => expect(formatLink('url', url, 'COLO')).toBe(url));
test('Markdown link, brackets in the title escaped', () => {
  expect(formatLink('markdown', url, 'COLO [experimental]')).toBe('[COLO \\[experimental\\]](https://docs.example.org/features/colo/#usage)');
});
test('MediaWiki external link, "]" in the title escaped', () => {
  expect(formatLink('mediawiki', url, 'COLO › How to use it')).toBe('[https://docs.example.org/features/colo/#usage COLO › How to use it]');
  expect(formatLink('mediawiki', url, 'a]b')).toBe('[https://docs.example.org/features/colo/#usage a&#93;b]');
});
test('reStructuredText anonymous link, backticks escaped', () => {
  expect(formatLink('rst', url, 'The `qemu-img dd` command')).toBe('`The \\`qemu-img dd\\` command <https://docs.example.org/features/colo/#usage>`__');
});
test('a shareable URL drops the query (no ?pagefind-highlight=) and sets the section', () => {
  expect(shareableUrl('https://docs.example.org/features/colo/?pagefind-highlight=colo&pagefind-highlight=x-colo', 'usage')).toBe('https://docs.example.org/features/colo/#usage');
  expect(shareableUrl('https://docs.example.org/features/colo/')).toBe('https://docs.example.org/features/colo/');
});

test('wiki markup in a title stays text when pasted into MediaWiki: templates, links, signatures, entities, a closing nowiki', () => {
  const url = 'https://docs.example.org/features/colo/';
  expect(formatLink('mediawiki', url, 'COLO {{delete}} ~~~~')).toBe(`[${url} <nowiki>COLO {{delete}} ~~~~</nowiki>]`);
  expect(formatLink('mediawiki', url, 'a </nowiki>{{x}} &amp; b')).toBe(`[${url} <nowiki>a &lt;/nowiki>{{x}} &amp;amp; b</nowiki>]`);
  expect(formatLink('mediawiki', url, "''bold'' [[Page]]")).toBe(`[${url} <nowiki>''bold'' [[Page&#93;&#93;</nowiki>]`);
});
