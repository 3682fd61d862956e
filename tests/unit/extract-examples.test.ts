import { expect, test } from 'vitest';
import { ExampleExtractionError, extractExamples } from '../../src/lib/extract-examples.ts';

const PAGE = 'content/features/demo.mdx';

function problemsOf(text: string): string[] {
  try {
    extractExamples(text, PAGE);
  } catch (error) {
    if (error instanceof ExampleExtractionError) return error.problems;
    throw error;
  }
  return [];
}

test('a block gives its language, meta, code and the line of its fence', () => {
  const [block] = extractExamples('# Title\n\n```sh run expect-exit=0\necho hi\necho there\n```\n', PAGE);
  expect(block).toMatchObject({ path: PAGE, line: 3, lang: 'sh', rawMeta: 'run expect-exit=0', code: 'echo hi\necho there', meta: { kind: 'run', expectExit: 0 } });
});

test('a block without meta is plain', () => {
  expect(extractExamples('```c\nint x;\n```\n', PAGE)[0]?.meta).toEqual({ kind: 'plain' });
});

test('line numbers count the frontmatter', () => {
  const text = '---\ntitle: x\n---\n\n```sh\nls\n```\n';
  expect(extractExamples(text, PAGE)[0]?.line).toBe(5);
});

test('a fence-like line inside the frontmatter is not a block', () => {
  expect(extractExamples('---\nsummary: |\n  ```\n---\ntext\n', PAGE)).toEqual([]);
});

test('a longer fence holds a shorter one as code', () => {
  const [block] = extractExamples('````md\n```sh\nls\n```\n````\n', PAGE);
  expect(block?.code).toBe('```sh\nls\n```');
});

test('tilde fences work', () => {
  expect(extractExamples('~~~sh\nls\n~~~\n', PAGE)[0]?.code).toBe('ls');
});

test('an indented fence (in a list) loses its indentation', () => {
  const [block] = extractExamples('- step\n\n  ```sh\n  ls -l\n  ```\n', PAGE);
  expect(block).toMatchObject({ line: 3, code: 'ls -l' });
});

test('a QMP block gets its transcript parsed', () => {
  const [block] = extractExamples('```text run qmp="qemu-system-x86_64 -qmp stdio"\n-> {"execute":"query-status"}\n<- {"return":{}}\n```\n', PAGE);
  expect(block?.qmp).toHaveLength(1);
});

test('a malformed meta names the page and the line of the fence', () => {
  expect(problemsOf('text\n\n```sh run expect-exti=0\nls\n```\n')).toEqual([
    expect.stringMatching(/^content\/features\/demo\.mdx:3: code block meta "run expect-exti=0": unknown key "expect-exti"/),
  ]);
});

test('every malformed block of a page is reported, not just the first', () => {
  expect(problemsOf('```sh norun\nls\n```\n\n```sh run\nls\n```\n')).toEqual([expect.stringMatching(/demo\.mdx:1: .*reason/), expect.stringMatching(/demo\.mdx:5: .*expectation/)]);
});

test('a bad QMP line names the line of that line in the page', () => {
  expect(problemsOf('```text run qmp="q"\n-> {"execute":"a"}\n-> not json\n```\n')).toEqual([expect.stringMatching(/demo\.mdx:3: .*"execute"/)]);
});

test('an unclosed fence is reported at its opening line', () => {
  expect(problemsOf('a\n```sh\nls\n')).toEqual([expect.stringMatching(/demo\.mdx:2: .*never closed/)]);
});
