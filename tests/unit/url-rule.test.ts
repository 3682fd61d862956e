import { expect, test } from 'vitest';
import { urlsInAttribute } from '../../src/safety/allow-list.ts';
import { publishedHtmlProblems } from '../../src/safety/published-html.ts';
import { isPermittedResourceUrl, isPermittedUrl, srcsetUrls, urlSchemeOf } from '../../src/safety/url-rule.ts';

test('a scheme is read as the URL parser reads it: controls and spaces around it dropped, tab and newline removed, any case', () => {
  expect(urlSchemeOf(' JaVa\tScript:alert(1)')).toBe('javascript');
  expect(urlSchemeOf('\u0000\u001fjava\nscript:x')).toBe('javascript');
  expect(urlSchemeOf('DATA:text/html,x')).toBe('data');
  expect(urlSchemeOf('/features/colo/#usage')).toBeUndefined();
  expect(urlSchemeOf('https://example.org/javascript:x')).toBe('https');
  expect(urlSchemeOf('../x:y')).toBeUndefined();
});

test('only http, https, mailto and relative URLs are permitted: an unknown scheme fails closed', () => {
  for (const url of ['https://qemu.org/', 'HTTP://qemu.org/', 'mailto:qemu-devel@nongnu.org', '/f/colo/', '#usage', 'x.png', '?q=colo']) expect(isPermittedUrl(url), url).toBe(true);
  for (const url of ['javascript:alert(1)', 'vbscript:x', 'data:image/png;base64,AA', 'ftp://x/', 'jar:x', 'intent://x', 'file:///etc/passwd', ' \tjavascript:x']) expect(isPermittedUrl(url), url).toBe(false);
});

test('every candidate of a srcset is a URL of its own', () => {
  expect(srcsetUrls('/a.png 1x, javascript:alert(1) 2x,/c.png')).toEqual(['/a.png', 'javascript:alert(1)', '/c.png']);
});

test('a file the browser fetches as the page loads (an image) must be a file of the site, not of another host', () => {
  for (const url of ['/images/colo.png', 'colo.png', '../x.png']) expect(isPermittedResourceUrl(url), url).toBe(true);
  for (const url of ['https://tracker.example/p.gif', '//tracker.example/p.gif', ' \\\\tracker.example/p.gif', '/\\tracker.example/p.gif', 'data:image/png;base64,AA']) expect(isPermittedResourceUrl(url), url).toBe(false);
});

test('a space inside a URL is kept, as the URL parser keeps it: "java script:" has no scheme, it is a relative path', () => {
  expect(urlSchemeOf('java script:alert(1)')).toBeUndefined();
  expect(urlSchemeOf('a\u0001b:c')).toBeUndefined();
});

test('an empty srcset candidate (a stray comma) is not a URL', () => {
  expect(srcsetUrls('/a.png 1x, , /b.png 2x,')).toEqual(['/a.png', '/b.png']);
});

test('a refused URL tells the writer what to use instead', () => {
  const [problem] = publishedHtmlProblems('<a href="vbscript:x">x</a>', 'content/features/a.md', '<a href="vbscript:x">x</a>\n');
  expect(problem?.message).toMatch(/relative URL\) or to an http, https or mailto address/);
});

test('a file of another host is known however the URL parser would reach it: several leading spaces, a tab or newline inside the "//"', () => {
  for (const url of ['  //tracker.example/p.gif', '\u0000\n //tracker.example/p.gif', '/\t/tracker.example/p.gif', '/\n/tracker.example/p.gif']) expect(isPermittedResourceUrl(url), JSON.stringify(url)).toBe(false);
});

test('a path of the site stays one when it holds a space or a double slash after its start', () => {
  for (const url of ['/ /tracker.example/p.gif', '/images//colo.png', 'images/a //b.png']) expect(isPermittedResourceUrl(url), JSON.stringify(url)).toBe(true);
});

test('the URLs an attribute holds: each srcset candidate, a URL attribute\'s value, nothing for other attributes', () => {
  expect(urlsInAttribute('srcSet', 'a.png 1x, javascript:x 2x')).toEqual(['a.png', 'javascript:x']);
  expect(urlsInAttribute('href', 'https://example.org/')).toEqual(['https://example.org/']);
  expect(urlsInAttribute('xLinkHref', '#a')).toEqual(['#a']);
  expect(urlsInAttribute('title', 'javascript:x')).toEqual([]);
});
