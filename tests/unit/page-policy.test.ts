import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { publishedPageViolations } from '../../src/build/page-policy.ts';
import { pageBodyHtml } from '../../src/build/page-policy-check.ts';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

test("a page of the site's own kinds passes: its scripts, CSP, search form and a redirect to one of its pages", () => {
  const inline = 'document.documentElement.dataset.x = "1"';
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${hash(inline)}'">`;
  const html = page(`<meta charset="utf-8">${csp}<meta http-equiv="refresh" content="0; url=/docs/features/colo/"><link rel="stylesheet" href="/docs/_astro/a.css">`, `<form role="search" action="/docs/search/"><input name="q"></form><script type="module" src="/docs/_astro/x.js"></script><script>${inline}</script><a href="https://qemu.org/">QEMU</a><svg><title>t</title></svg>`);
  expect(publishedPageViolations(html, '/docs/')).toEqual([]);
});

test('what no page may hold is named, wherever it is', () => {
  const body = '<div><meta http-equiv="refresh" content="0;url=https://evil.example/"><img src="x" onerror="alert(1)"><script>alert(1)</script><script src="https://evil.example/x.js"></script><a href="javascript:x" ping="https://e/">x</a><form action="https://evil.example/"></form><iframe src="/"></iframe><base href="/"></div>';
  expect(publishedPageViolations(page('', body), '/')).toEqual([
    '<meta>: only the page head may hold it',
    '<meta http-equiv="refresh">: only the CSP, or a refresh to a page of the site',
    '<img onerror>: an event handler',
    '<script>: not a script of the site (a file of the site, or inline with its hash in the CSP)',
    '<script src="https://evil.example/x.js">: not a script of the site (a file of the site, or inline with its hash in the CSP)',
    '<a href="javascript:x">: a URL that is not http, https, mailto or relative',
    '<a ping>: sends requests or embeds a document',
    "<form>: only the site's search form",
    '<iframe>: an element that loads or runs content of its own',
    '<base>: an element that loads or runs content of its own',
  ]);
});

test('an image from another host is a request from every reader, and is named', () => {
  expect(publishedPageViolations(page('', '<img src="https://tracker.example/p.gif" alt="">'), '/')).toEqual(['<img src="https://tracker.example/p.gif">: a file on another host, fetched from every reader\'s browser']);
});

test('a redirect page may only send readers to a page of the site', () => {
  expect(publishedPageViolations(page('<meta http-equiv="refresh" content="0; url=//evil.example/">', ''), '/')).toHaveLength(1);
  expect(publishedPageViolations(page('<meta http-equiv="refresh" content="0; url=/other-base/x/">', ''), '/docs/')).toHaveLength(1);
});

test('what a template holds is published too, and a declarative shadow root is named', () => {
  expect(publishedPageViolations(page('', '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>'), '/')).toEqual([
    '<template shadowrootmode>: a declarative shadow root: markup no check of the page\'s own tree sees',
    '<img onerror>: an event handler',
  ]);
});

test('an SVG image or use from another host is a request from every reader; from the site it is not', () => {
  expect(publishedPageViolations(page('', '<svg><image href="https://tracker.example/p.png"/><use href="/icons.svg#x"/></svg>'), '/')).toEqual(['<image href="https://tracker.example/p.png">: a file on another host, fetched from every reader\'s browser']);
});

test('a built page\'s body is the HTML inside its prose container, as written in the file', () => {
  expect(pageBodyHtml('<!doctype html><html><body><main><div class="prose" lang="en"><p>A <b>b</b></p>\n<p onclick="x">c</p></div><footer>f</footer></main></body></html>')).toBe('<p>A <b>b</b></p>\n<p onclick="x">c</p>');
  expect(pageBodyHtml('<!doctype html><html><body><div class="proseless">x</div></body></html>')).toBeUndefined();
});
