import { expect, test } from 'vitest';
import { checkContentFiles, MAX_PAGE_BYTES } from '../../src/lib/content-files.ts';

const file = (name: string, text: string | Uint8Array = '---\ntitle: x\n---\n') => ({
  name,
  path: `content/features/${name}`,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

test('good files pass', () => {
  expect(checkContentFiles([file('colo.mdx'), file('vhost-vsock.mdx')], ['md', 'mdx'])).toEqual([]);
});
test('Markdown and MDX pages both pass where both are allowed', () => {
  expect(checkContentFiles([file('colo.mdx'), file('aspeed.md')], ['md', 'mdx'])).toEqual([]);
});
test('a wrong extension is reported, not silently skipped', () => {
  expect(checkContentFiles([file('colo.markdown')], ['md', 'mdx'])[0]?.message).toMatch(/must end in \.md or \.mdx.*Rename it to colo\.md\./);
  expect(checkContentFiles([file('x86.mdx')], ['md'])[0]?.message).toMatch(/must end in \.md;/);
});
test('the same slug as .md and .mdx is reported', () => {
  const problems = checkContentFiles([file('colo.md'), file('colo.mdx')], ['md', 'mdx']);
  expect(problems.map((p) => p.message).join()).toMatch(/same URL as content\/features\/colo\.md\b/);
});
test('two files with one slug are reported', () => {
  const problems = checkContentFiles([file('colo.mdx'), file('COLO.mdx')], ['md', 'mdx']);
  expect(problems.map((p) => p.message).join()).toMatch(/same URL as content\/features\/colo\.mdx/);
});
test('an empty file is reported', () => {
  expect(checkContentFiles([file('a.mdx', ' \n')], ['md', 'mdx'])[0]?.message).toMatch(/is empty/);
});
test('a file that is not UTF-8 is reported with its line', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, 0x0a]);
  expect(checkContentFiles([file('a.mdx', bytes)], ['md', 'mdx'])[0]).toMatchObject({ file: 'content/features/a.mdx:2', field: '(encoding)' });
});
test('an oversized page is reported', () => {
  expect(checkContentFiles([file('a.mdx', 'x'.repeat(MAX_PAGE_BYTES + 1))], ['md', 'mdx'])[0]?.message).toMatch(/may be at most/);
});
