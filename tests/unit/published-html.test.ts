import { expect, test } from 'vitest';
import { publishedHtmlProblems } from '../../src/safety/published-html.ts';

/** The `file field` of every problem of a page whose published HTML is its source, as with raw HTML in Markdown. */
const where = (source: string, html = source) => publishedHtmlProblems(html, 'a.md', source).map((problem) => `${problem.file} ${problem.field}`);

test('an attribute is named at the first source line that writes it', () => {
  expect(where('Intro\n\n<p>\n<a href="/x" onclick="y">x</a>\n</p>\n')).toEqual(['a.md:4 <a onclick>']);
});
test('the attribute is found whatever its case in the source', () => {
  expect(where('Intro\n\n<p>\n<a href="/x" onClick="y">x</a>\n</p>\n')).toEqual(['a.md:4 <a onclick>']);
});
test('a word that only ends in the attribute\'s name is not it', () => {
  expect(where('Set xonclick= in prose.\n\n<a href="/x" onclick="y">x</a>\n')).toEqual(['a.md:3 <a onclick>']);
});
test('an element is named at the first source line that opens it', () => {
  expect(where('Intro\n\nText\n\n<iframe src="/x"></iframe>\n')).toEqual(['a.md:5 <iframe>']);
});
test('what no line names (a comment left open) is placed at the first line of raw HTML', () => {
  expect(where('Intro\n\n  <!-- a note\ntext\n', '<p>Intro</p>\n<!-- a note\n')).toEqual(['a.md:3 (unclosed HTML)']);
});
test('with no raw HTML in the source, a finding is placed at line 1', () => {
  expect(where('Intro\n\nMore.\n', '<p>Intro</p>\n<!-- a note\n')).toEqual(['a.md:1 (unclosed HTML)']);
});
test('the message says where in the published HTML the finding is', () => {
  const [problem] = publishedHtmlProblems('<p>x</p>\n<p>y</p>\n<iframe></iframe>\n', 'a.md', '<iframe></iframe>\n');
  expect(problem?.message).toMatch(/\(Found in the page's published HTML, line 3 of its body\.\)$/);
});
test('an attribute on a later line of its tag is named at that line, not the tag\'s', () => {
  expect(where('Intro\n\n<p>\n<a href="/x"\n   onclick="y">x</a>\n</p>\n')).toEqual(['a.md:5 <a onclick>']);
});
test('an element written in capitals is found at its line', () => {
  expect(where('Intro\n\n<p>x</p>\n\n<IFRAME src="/x"></IFRAME>\n')).toEqual(['a.md:5 <iframe>']);
});
test('an attribute name is matched as written, its dots not read as any character', () => {
  expect(where('A xzy= or xy= word.\n\n<span x.y="1">t</span>\n')).toEqual(['a.md:3 <span x.y>']);
});
test('the first line that writes the attribute counts, even line 1', () => {
  expect(where('<p onclick="x">a</p>\n\n<a href="/" onclick="y">x</a>\n')).toEqual(['a.md:1 <p onclick>', 'a.md:1 <a onclick>']);
});
test('an element only Markdown wrote, its tag and attribute named nowhere in the source, is found by its value', () => {
  expect(where('Intro\n\n![x](javascript:alert(1))\n', '<p>Intro</p>\n<p><img src="javascript:alert(1)" alt="x"></p>\n')).toEqual(['a.md:3 <img src="javascript:alert(1)">']);
});
test('a value is looked for by its first characters, not by a letter that happens to come earlier', () => {
  expect(where('Say j.\n\n![x](javascript:alert(1))\n', '<p>Say j.</p>\n<p><img src="javascript:alert(1)" alt="x"></p>\n')).toEqual(['a.md:3 <img src="javascript:alert(1)">']);
});
test('what the source does not write at all was printed by the site: the page is named without a line, and the message says so', () => {
  const source = 'Intro\n\n<Aside type="note">x</Aside>\n\n## Usage\n';
  const [problem, ...rest] = publishedHtmlProblems('<p>Intro</p>\n<h2 id="usage">Usage<a href="#usage" onmouseover="alert(1)">#</a></h2>\n', 'a.mdx', source);
  expect(rest).toEqual([]);
  expect(problem?.file).toBe('a.mdx');
  expect(problem?.message).toMatch(/^was printed by the site's own rendering of this page \(a plugin or a component\), not written in it: is an event handler, which would run script in every reader's browser\. The page needs no change/);
});
test('raw HTML is a line that starts with a tag, not a line with inline HTML in it', () => {
  expect(where('Intro\n\nPress <kbd>Tab</kbd>.\n\n<!-- open\n', '<p>Intro</p>\n<p>Press <kbd>Tab</kbd>.</p>\n<!-- open\n')).toEqual(['a.md:5 (unclosed HTML)']);
});
