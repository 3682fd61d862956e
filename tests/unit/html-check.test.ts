import { expect, test } from 'vitest';
import { AUTHOR_SCHEMA, PUBLISHED_SCHEMA } from '../../src/safety/allow-list.ts';
import { checkElementAttributes, checkHtmlFragment } from '../../src/safety/html-check.ts';

const fields = (html: string, options = {}) => checkHtmlFragment(html, PUBLISHED_SCHEMA, options).map((finding) => `${finding.line}:${finding.column} ${finding.field}`);

test('a finding is placed where the parser found it: line and column in the checked HTML, not in the wrapper around it', () => {
  expect(fields('<p>ok</p><img src="/x.png" onerror="x">')).toEqual(['1:10 <img onerror>']);
  expect(fields('<p>ok</p>\n\n  <span onclick="x">y</span>')).toEqual(['3:3 <span onclick>']);
});

test('the same element twice is two findings, each at its own place', () => {
  expect(fields('<b onclick="x">a</b>\n<b onclick="x">b</b>')).toEqual(['1:1 <b onclick>', '2:1 <b onclick>']);
});

test('findings come in document order', () => {
  expect(fields('<i onclick="x">a</i><meta charset="utf-8">\n<b onclick="y">b</b>')).toEqual(['1:1 <i onclick>', '1:21 <meta>', '2:1 <b onclick>']);
});

test('each kind of refusal says what is wrong in its own words', () => {
  const message = (html: string) => checkHtmlFragment(html, PUBLISHED_SCHEMA)[0]?.message ?? '';
  expect(message('<script>x</script>')).toMatch(/^is not an element pages may contain/);
  expect(message('<img src="/x.png" onerror="x">')).toMatch(/^is an event handler/);
  expect(message('<span set:html="x">y</span>')).toMatch(/^is an Astro directive or a namespaced attribute/);
  expect(message('<a href="javascript:x">y</a>')).toMatch(/^is not a URL pages may use\. Link to a page/);
  expect(message('<img src="https://tracker.example/p.gif" alt="">')).toMatch(/^is a file on another host/);
  expect(message('<a href="HTTPS://qemu.org/">y</a>')).toMatch(/as written.*lower case/);
  expect(message('<span ping="/x">y</span>')).toMatch(/^is not an attribute pages may write on <span> \(/);
  expect(message('<div class="aside evil">y</div>')).toMatch(/^is not an attribute pages may write on <div> with this value/);
});

test('a value is shown, cut at 40 characters, where the value is the problem', () => {
  expect(fields(`<a href="javascript:${'x'.repeat(50)}">y</a>`)).toEqual([`1:1 <a href="javascript:${'x'.repeat(29)}…">`]);
  expect(fields('<div class="aside evil">y</div>')).toEqual(['1:1 <div class="aside evil">']);
  expect(fields('<span title="x" lang="en" hidden>y</span>')).toEqual(['1:1 <span hidden>']);
});

test('a srcset is refused for any one of its candidates', () => {
  expect(fields('<img alt="" srcset="/a.png 1x, javascript:x 2x">')).toEqual(['1:1 <img srcset="javascript:x">']);
  expect(fields('<img alt="" srcset="/a.png 1x, /b.png 2x">')).toEqual([]);
});

test('SVG elements are the site\'s own only inside an <svg>: a <title> or <text> elsewhere is refused', () => {
  expect(fields('<svg viewBox="0 0 1 1" role="img"><title id="t">T</title><text x="0" y="0">x</text></svg>')).toEqual([]);
  expect(fields('<p><title>T</title></p>')).toEqual(['1:4 <title>']);
});

test('a <body> or <html> tag that would add attributes to the page\'s own is refused; a doctype inside a page is ignored, by the browser too', () => {
  expect(fields('<!doctype html><p>x</p>')).toEqual([]);
  expect(fields('<html lang="x"><p>y</p>')).toEqual(['1:1 <html lang>']);
  expect(fields('<body onload="x"><p>y</p>')).toEqual(['1:1 <body onload>']);
  expect(fields('<body><p>y</p>')).toEqual([]);
});

test('a whole page body must close what it opens; one block of a page may leave an element open, but not a tag or a comment', () => {
  expect(fields('<details><summary>s</summary>')).toEqual(['1:30 (unclosed HTML)']);
  expect(fields('<details><summary>s</summary>', { part: true })).toEqual([]);
  expect(fields('<p>x</p>\n<img src="/x.png" alt="a', { part: true })).toEqual(['2:25 (unclosed HTML)']);
  expect(fields('<!-- open', { part: true })).toEqual(['1:10 (unclosed HTML)']);
  expect(fields('</section><p>x</p>')).toEqual(['1:19 (unclosed HTML)']);
});

test('comments are inert and kept; text that looks like markup inside them is not markup', () => {
  expect(fields('<!-- <script>alert(1)</script> --><p>x</p>')).toEqual([]);
});

test('a JSX element is checked by its HTML attribute names against the author\'s list, at its line', () => {
  expect(checkElementAttributes('a', { href: '/f/colo/', title: 't' }, AUTHOR_SCHEMA, 7)).toEqual([]);
  expect(checkElementAttributes('a', { href: 'javascript:x', onClick: 'y', 'aria-label': 'z' }, AUTHOR_SCHEMA, 7).map((finding) => `${finding.line} ${finding.field}`)).toEqual(['7 <a href="javascript:x">', '7 <a onclick>', '7 <a aria-label>']);
  expect(checkElementAttributes('button', {}, AUTHOR_SCHEMA, 2).map((finding) => finding.field)).toEqual(['<button>']);
});

test('the author\'s list is narrower than the published one: the site\'s own classes and buttons are not the author\'s to write', () => {
  expect(checkHtmlFragment('<button type="button" class="copy-link">x</button>', AUTHOR_SCHEMA).map((finding) => finding.field)).toEqual(['<button>']);
  expect(checkHtmlFragment('<button type="button" class="copy-link">x</button>', PUBLISHED_SCHEMA)).toEqual([]);
});

test('<noscript> is read as a browser with scripting reads it, as raw text: what follows its end tag is markup', () => {
  expect(fields('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>')).toEqual(['1:1 <noscript>', '1:32 <img onerror>']);
});

test('only an attribute that starts with "on" is called an event handler', () => {
  expect(checkHtmlFragment('<span contenteditable="true">x</span>', PUBLISHED_SCHEMA)[0]?.message).toMatch(/^is not an attribute pages may write on <span>/);
});

test('a file on another host is shown in the field', () => {
  expect(fields('<img src="https://tracker.example/p.gif" alt="">')).toEqual(['1:1 <img src="https://tracker.example/p.gif">']);
});

test('a value of exactly 40 characters is shown whole', () => {
  const url = `javascript:${'x'.repeat(29)}`;
  expect(fields(`<a href="${url}">y</a>`)).toEqual([`1:1 <a href="${url}">`]);
});

test('an id, or any attribute, on a <body> tag is refused, all named, saying what to do', () => {
  expect(fields('<body id="top"><p>y</p>')).toEqual(['1:1 <body id>']);
  const [finding] = checkHtmlFragment('<p>x</p>\n<body onload="x" class="y"><p>y</p>', PUBLISHED_SCHEMA);
  expect(finding).toMatchObject({ line: 1, column: 1, field: '<body onload class>', message: 'sets attributes on the page\'s own <body> element. Remove the <body> tag.' });
});

test('findings are in source order even where the parser moves an element (a table\'s stray content goes before it)', () => {
  expect(fields('<table><tr><td onclick="a">x</td></tr><i onclick="b">y</i></table>')).toEqual(['1:12 <td onclick>', '1:39 <i onclick>']);
});

test('HTML that does not stay in place says why and what to do', () => {
  expect(checkHtmlFragment('<details><summary>s</summary>', PUBLISHED_SCHEMA)[0]?.message).toBe(
    'does not stay in its place in the page: a tag, comment or element is left open at the end, or an end tag closes an element it did not open, so a browser would join it with the page\'s own markup into something nobody checked. Close every tag with ">" and every comment with "-->", and close only the elements you open.',
  );
});

test('a tag left unterminated at the very end is reported as unclosed, in a whole page as in one block', () => {
  expect(fields('<p>x</p><b')).toContain('1:11 (unclosed HTML)');
  expect(fields('<p>x</p><b', { part: true })).toContain('1:11 (unclosed HTML)');
});
