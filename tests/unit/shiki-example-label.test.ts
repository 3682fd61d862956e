import { codeToHtml } from 'shiki';
import { expect, test } from 'vitest';
import { TESTED_QEMU } from '../../src/lib/example-meta.ts';
import { exampleLabel } from '../../src/lib/shiki-example-label.ts';

// src/markdown/code-highlight.ts hands Shiki the meta the same way: as { __raw: '<text after the language>' }.
const render = (code: string, lang: string, meta?: string) =>
  codeToHtml(code, { lang, theme: 'github-light', transformers: [exampleLabel()], ...(meta === undefined ? {} : { meta: { __raw: meta } }) });

test('a block without meta is left as a bare pre', async () => {
  const html = await render('ls', 'sh');
  expect(html.startsWith('<pre')).toBe(true);
  expect(html).not.toContain('figure');
});

test('a run block is wrapped in a figure whose caption names the tested QEMU and the checks', async () => {
  const html = await render('qemu-img dd if=a of=b', 'sh', 'run setup="qemu-img create a 1M" expect-output="done" expect-file="b:1048576"');
  expect(html).toMatch(/^<figure class="example example-run" data-example="run"><pre[^]*<\/pre><figcaption class="example-label">/);
  const caption = /<figcaption[^>]*>(.*)<\/figcaption>/.exec(html)?.[1] ?? '';
  expect(caption).toContain(`Tested in CI with ${TESTED_QEMU}: exits 0; prints <code>done</code>; creates <code>b</code> (1,048,576 bytes).`);
  expect(caption).toContain('Prepared with: <code>qemu-img create a 1M</code>.');
});

test('the label stays outside <code>, and setup commands are not in the code', async () => {
  const html = await render('qemu-img dd if=a of=b', 'sh', 'run setup="qemu-img create a 1M" expect-exit=0');
  const code = /<code>(.*?)<\/code><\/pre>/s.exec(html)?.[1] ?? '';
  expect(code).not.toContain('Tested');
  expect(code).not.toContain('create');
});

test('a norun block shows its reason', async () => {
  const html = await render('qemu-system-x86_64 -enable-kvm', 'sh', 'norun="needs KVM"');
  expect(html).toContain('<figcaption class="example-label">Not run in tests: needs KVM</figcaption>');
});

test('a QMP block names the QEMU command it was checked against', async () => {
  const html = await render('-> {"execute":"query-status"}', 'text', 'run qmp="qemu-system-x86_64 -S -qmp stdio"');
  expect(html).toContain('each reply shown after &#x3C;- matched what <code>qemu-system-x86_64 -S -qmp stdio</code> answered');
});

test('stdin lines are shown as typed input', async () => {
  const html = await render('qemu-system-x86_64 -monitor stdio', 'sh', 'run stdin="info pci" stdin="quit" expect-output="crypto"');
  expect(html).toContain('Typed at the prompt: <code>info pci</code> and <code>quit</code>.');
});

test('a malformed meta fails with the fence quoted', async () => {
  await expect(render('ls', 'sh', 'run')).rejects.toThrow(/code block ```sh run: run needs at least one expectation/);
});
