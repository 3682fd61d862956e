import { describe, expect, test } from 'vitest';
import { checkContentSource } from '../../src/markdown/content-rules.ts';

const components = ['Aside', 'ColoDiagram', 'VsockDiagram'];
/** The `file: field` of every problem, the part an author reads first. */
const where = (file: string, source: string) => checkContentSource(file, source, components).map((problem) => `${problem.file} ${problem.field}`);

test('a page of prose, code, components with literal props and allowed HTML has no problem', () => {
  const page = '---\ntitle: x\n---\n\n## Usage {#usage}\n\n<Aside type="tip">Use it.</Aside>\n\n<Aside type={\'caution\'}>Careful.</Aside>\n\n<ColoDiagram />\n\n<kbd>Ctrl</kbd> and <a href="/f/colo/">a link</a>.\n\n{/* a note for authors */}\n\n```sh\necho "{not code}" <script>\n```\n';
  expect(where('content/features/a.mdx', page)).toEqual([]);
});

test('MDX import and export are refused at their line: they run at build time', () => {
  expect(where('a.mdx', 'Text\n\nimport fs from "node:fs"\nexport const secret = 1\n')).toEqual(['a.mdx:3 import/export']);
});

test('an MDX expression is refused wherever it is, so no environment variable reaches the HTML', () => {
  expect(where('a.mdx', '{process.env.TOKEN}\n\n- item {1 + 1}\n\n| a |\n| - |\n| {x} |\n')).toEqual(['a.mdx:1 {process.env.TOKEN}', 'a.mdx:3 {1 + 1}', 'a.mdx:7 {x}']);
});

test('component props must be written out: expressions and spreads are code', () => {
  expect(where('a.mdx', '<ColoDiagram title={process.env.X} {...props} />\n')).toEqual(['a.mdx:1 <ColoDiagram title={…}>', 'a.mdx:1 <ColoDiagram {...props}>']);
});

test('an unknown component names the ones that exist', () => {
  const [problem] = checkContentSource('a.mdx', 'Intro\n\n<NoSuchDiagram />\n', components);
  expect(problem).toMatchObject({ file: 'a.mdx:3', field: '<NoSuchDiagram>' });
  expect(problem?.message).toMatch(/Available: Aside, ColoDiagram, VsockDiagram/);
});

test('a component in a Markdown page says to rename the file to .mdx', () => {
  const [problem] = checkContentSource('content/features/a.md', 'Text\n\n<ColoDiagram />\n', components);
  expect(problem).toMatchObject({ file: 'content/features/a.md:3', field: '<ColoDiagram>' });
  expect(problem?.message).toMatch(/Rename the file to a\.mdx/);
});

test('text that looks like markup in code is not markup', () => {
  expect(where('a.md', 'Use `<ColoDiagram />` and ``<script>`` in MDX.\n\n    <script>indented code</script>\n\n~~~\n<iframe>\n~~~\n')).toEqual([]);
  expect(where('a.mdx', 'Use `<NoSuch />` and `{process.env.X}`.\n')).toEqual([]);
});

test('raw HTML outside the allow-list is refused, in Markdown and MDX', () => {
  const html = '<script>alert(1)</script>\n\n<style>p{}</style>\n\n<iframe src="/"></iframe>\n\n<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">\n\n<form></form>\n';
  expect(where('a.md', html)).toEqual(['a.md:1 <script>', 'a.md:3 <style>', 'a.md:5 <iframe>', 'a.md:7 <meta>', 'a.md:9 <form>']);
  expect(where('a.mdx', '<object data="x"></object>\n\nText <base href="/x/" /> here.\n')).toEqual(['a.mdx:1 <object>', 'a.mdx:3 <base>']);
});

test('event handlers, inline styles and script URLs are refused on allowed elements', () => {
  expect(where('a.md', '<div>\n<img src="x.png" onerror="alert(1)">\n<span style="color:red">x</span>\n<a href=" JavaScript:alert(1)">x</a>\n</div>\n')).toEqual([
    'a.md:2 <img onerror>',
    'a.md:3 <span style>',
    'a.md:4 <a href=" JavaScript:alert(1)">',
  ]);
  expect(where('a.mdx', '<a href="javascript:alert(1)" onClick="x">x</a>\n')).toEqual(['a.mdx:1 <a href="javascript:alert(1)">', 'a.mdx:1 <a onclick>']);
});

test('Markdown links and images with script or data URLs are refused', () => {
  expect(where('a.md', '[click](javascript:alert(1)) ![x](data:image/svg+xml;base64,AA)\n\n[ref]: vbscript:x\n')).toEqual([
    'a.md:1 (javascript:alert(1))',
    'a.md:1 (data:image/svg+xml;base64,AA)',
    'a.md:3 (vbscript:x)',
  ]);
});

test('an MDX syntax error is one problem at the line the parser stopped', () => {
  expect(where('a.mdx', 'Fine\n\nA stray { brace.\n')).toEqual(['a.mdx:3 (MDX syntax)']);
});

describe('the bypasses of the 2026-12-06 review and the held-out probes, each refused with its line', () => {
  test('an HTML block that ends inside a tag, which the browser completes with the next block', () => {
    const page = '# T\n\n<div><meta http-equiv="refresh" content="0;url=https://evil.example/"\n\nNext paragraph.\n';
    expect(where('a.md', page)).toEqual(['a.md:3 <meta>', 'a.md:3 (unclosed HTML)']);
    expect(where('a.md', '<div>\n<script src="https://evil.example/x.js"\n\nText.\n')).toEqual(['a.md:2 <script>', 'a.md:2 (unclosed HTML)']);
  });
  test('an Astro directive, on an element or a component', () => {
    expect(where('a.mdx', '<span set:html="<img src=x onerror=alert(1)>" />\n')).toEqual(['a.mdx:1 <span set:html>']);
    expect(where('a.mdx', '<Aside is:raw type="note">x</Aside>\n\n<p class:list="a">x</p>\n')).toEqual(['a.mdx:1 <Aside is:raw>', 'a.mdx:3 <p class:list>']);
  });
  test('component props are checked against the component\'s schema, with the values it accepts', () => {
    const [problem] = checkContentSource('a.mdx', 'Text\n\n<Aside type="warning">x</Aside>\n', components);
    expect(problem).toMatchObject({ file: 'a.mdx:3', field: '<Aside type>' });
    expect(problem?.message).toContain('Use type="note", type="tip", type="caution"');
    expect(where('a.mdx', '<ColoDiagram size="small" scale={2} framed={true} />\n')).toEqual(['a.mdx:1 <ColoDiagram size scale framed>']);
  });
  test('a single-quoted prop holding a double quote is read, not a crash', () => {
    expect(where('a.mdx', '<abbr title={\'a"b\'}>x</abbr>\n')).toEqual([]);
    expect(where('a.mdx', '<abbr title={\'a\\\'b\'}>x</abbr>\n')).toEqual(['a.mdx:1 <abbr title={…}>']);
  });
  test('an event handler in the heading-attribute syntax, in Markdown and MDX', () => {
    expect(where('a.md', '# T\n\n### Title {onclick="alert(1)"}\n')).toEqual(['a.md:3 {onclick=…}']);
    expect(where('a.mdx', '## Title {#usage onmouseover="x"}\n')).toEqual(['a.mdx:1 {onmouseover=…}']);
    expect(where('a.md', '## Title {#usage data-aliases="how-to-use-it"}\n')).toEqual([]);
  });
  test('a CDATA section, which a browser ends at the first >', () => {
    expect(where('a.md', 'Text\n\n<![CDATA[ x ]]> <img src=x onerror=alert(1)>\n')).toEqual(['a.md:3 <img onerror>']);
  });
  test('a ping attribute, which sends a request elsewhere on click', () => {
    expect(where('a.md', '<a href="/f/colo/" ping="https://evil.example/">x</a>\n')).toEqual(['a.md:1 <a ping>']);
  });
  test('URLs by allow-list, read as the URL parser reads them', () => {
    expect(where('a.md', '[a](ftp://x/) [b](jav&#x61;script:x) <a href="&#x20;javascript:x">c</a>\n\n<img src="data:image/png;base64,AA" alt="x">\n')).toEqual([
      'a.md:1 (ftp://x/)',
      'a.md:1 (javascript:x)',
      'a.md:1 <a href=" javascript:x">',
      'a.md:3 <img src="data:image/png;base64,AA">',
    ]);
    expect(where('a.md', '[a](https://qemu.org/) [b](mailto:x@example.org) [c](/f/colo/#usage) [d](../x/)\n')).toEqual([]);
  });
  test('an HTML tag in capitals, which MDX would take for a component', () => {
    expect(where('a.mdx', '<DIV>x</DIV>\n')).toEqual(['a.mdx:1 <DIV>']);
  });
});

test('slot= and key= are refused at their line: one of the two MDX render paths would drop the element or the attribute', () => {
  const page = 'Intro\n\n<Aside>\n  <span slot="title">Gone on one path</span>\n</Aside>\n\nA <kbd key="k">Tab</kbd> and <ColoDiagram key="1" />.\n';
  const problems = checkContentSource('content/features/a.mdx', page, ['Aside', ...components]);
  expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/features/a.mdx:4 <span slot>', 'content/features/a.mdx:7 <kbd key>', 'content/features/a.mdx:7 <ColoDiagram key>']);
  expect(problems[0]?.message).toMatch(/named slot .* Remove the attribute/);
  expect(problems[1]?.message).toMatch(/JSX key/);
});

/** The message of the only problem of a page, the part an author reads to fix it. */
const messageOf = (file: string, source: string, names: readonly string[] = components) => {
  const problems = checkContentSource(file, source, names);
  expect(problems).toHaveLength(1);
  return problems[0]?.message;
};

describe('what an author reads: each problem once, at its line, saying what to do', () => {
  test('a component in Markdown is one problem, not also an unknown HTML element', () => {
    expect(where('a.md', 'Text\n\n<ColoDiagram />\n')).toEqual(['a.md:3 <ColoDiagram>']);
  });
  test('the same component twice in one HTML block is named once', () => {
    expect(where('a.md', '<div>\n<ColoDiagram />\n<ColoDiagram />\n</div>\n')).toEqual(['a.md:2 <ColoDiagram>']);
  });
  test('a component further down an HTML block is named at its own line', () => {
    expect(where('a.md', 'Text\n\n<div>\nx\n<ColoDiagram />\n</div>\n')).toEqual(['a.md:5 <ColoDiagram>']);
  });
  test('HTML tags in capitals are HTML in Markdown, as the browser reads them', () => {
    expect(where('a.md', 'A <B>bold</B> word and <KBD>Tab</KBD>.\n')).toEqual([]);
  });
  test('a tag starting in lower case is HTML, not a component, whatever capitals follow', () => {
    expect(where('a.md', '<svgIcon>x</svgIcon>\n')).toEqual(['a.md:1 <svgicon>']);
  });
  test('an HTML tag in capitals in MDX says how to write it', () => {
    expect(messageOf('a.mdx', '<DIV>x</DIV>\n')).toMatch(/Write it in lower case: <div>\.$/);
  });
  test('an MDX fragment is refused: content needs no <> around text', () => {
    expect(where('a.mdx', 'Intro\n\n<>text</>\n')).toEqual(['a.mdx:3 <>']);
    expect(messageOf('a.mdx', '<>text</>\n')).toMatch(/remove the <> and <\/>/);
  });
  test('an MDX comment with spaces around it is still only a comment', () => {
    expect(where('a.mdx', 'Text\n\n{ /* a note for authors */ }\n')).toEqual([]);
  });
  test('a literal prop may have spaces inside its braces, in either quotes', () => {
    expect(where('a.mdx', "<abbr title={ 'QEMU Machine Protocol' }>QMP</abbr> <abbr title={\"x\"}>X</abbr>\n")).toEqual([]);
  });
  test('a string joined with code is code, not a literal', () => {
    expect(where('a.mdx', "<abbr title={'a' + process.env.TOKEN}>x</abbr>\n")).toEqual(['a.mdx:1 <abbr title={…}>']);
  });
  test('null, arrays and objects in braces are code, not literals', () => {
    expect(where('a.mdx', '<abbr title={null}>x</abbr> <abbr title={[1]}>y</abbr> <abbr title={{"a":1}}>z</abbr>\n')).toEqual([
      'a.mdx:1 <abbr title={…}>',
      'a.mdx:1 <abbr title={…}>',
      'a.mdx:1 <abbr title={…}>',
    ]);
  });
  test('a prop that is code is quoted in the message, cut at 40 characters', () => {
    const long = 'process.env.DEPLOY_TOKEN + process.env.OTHER_SECRET';
    const message = messageOf('a.mdx', `<abbr title={${long}}>x</abbr>\n`);
    expect(message).toContain(`"${long.slice(0, 40)}" is code, and props must be literal`);
    expect(message).not.toContain('OTHER_SECRET');
  });
  test('a bare attribute is allowed, as JSX reads it', () => {
    expect(where('a.mdx', '<details open>\n  <summary>More</summary>\n  Text.\n</details>\n')).toEqual([]);
  });
  test('a bare prop on a component is true, as JSX reads it, and the message shows it', () => {
    expect(messageOf('a.mdx', '<Aside type>x</Aside>\n')).toMatch(/^"true" is not a value it accepts/);
  });
  test('a spread says to write each prop out', () => {
    expect(messageOf('a.mdx', '<ColoDiagram {...props} />\n')).toMatch(/Write each prop out/);
  });
  test('a directive on a component is refused as a directive', () => {
    expect(messageOf('a.mdx', '<Aside is:raw type="note">x</Aside>\n')).toMatch(/makes it an Astro directive/);
  });
  test('a ref= is refused: neither render path prints it', () => {
    expect(messageOf('a.mdx', '<span ref="x">y</span>\n')).toMatch(/JSX ref, which neither render path prints/);
  });
  test('with no components at all, the message says so', () => {
    expect(messageOf('a.mdx', '<ColoDiagram />\n', [])).toMatch(/Available: \(none\)\./);
  });
  test('a heading attribute that is not an id says what a heading may set', () => {
    expect(messageOf('a.md', '## T {class="x"}\n')).toMatch(/Write only a pinned id and earlier ids/);
  });
  test('import says components need none', () => {
    expect(messageOf('a.mdx', 'import X from "./x.js"\n')).toMatch(/available by name without an import/);
  });
  test('a long expression or URL is shown by its first 40 characters', () => {
    const code = 'process.env.DEPLOY_TOKEN.split("").reverse().join("")';
    expect(where('a.mdx', `{${code}}\n`)).toEqual([`a.mdx:1 {${code.slice(0, 40)}}`]);
    const url = `javascript:${'a'.repeat(50)}`;
    expect(where('a.md', `[x](${url})\n`)).toEqual([`a.md:1 (${url.slice(0, 40)})`]);
    expect(messageOf('a.md', `[x](${url})\n`)).toMatch(/not a URL pages may use\. Link to a page of the site/);
    const image = `https://tracker.example/${'p'.repeat(40)}.gif`;
    expect(where('a.md', `![x](${image})\n`)).toEqual([`a.md:1 (${image.slice(0, 40)})`]);
  });
  test('an unclosed code fence is named at its opening line', () => {
    expect(where('a.md', 'Text\n\n```sh\necho x\n')).toEqual(['a.md:3 (code fence)']);
    expect(messageOf('a.md', '```sh\necho x\n')).toMatch(/is never closed/);
  });
  test('an MDX syntax error gives the parser\'s message and its column', () => {
    expect(messageOf('a.mdx', 'Fine\n\nA stray { brace.\n')).toMatch(/\(column \d+\)\.$/);
  });
});
