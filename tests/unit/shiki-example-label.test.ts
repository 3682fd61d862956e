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

const captionOf = async (code: string, lang: string, meta: string) => /<figcaption[^>]*>(.*)<\/figcaption>/s.exec(await render(code, lang, meta))?.[1] ?? '';

test('a run block says the exit status it expects, and each command checked after it', async () => {
  expect(await captionOf('false', 'sh', 'run expect-exit=3 expect-cmd="test -f a" expect-cmd="test -f b"')).toBe(
    `Tested in CI with ${TESTED_QEMU}: exits 3; then <code>test -f a</code> succeeds; then <code>test -f b</code> succeeds.`,
  );
});

test('a QMP block names QEMU\'s exit status only when it is not 0', async () => {
  expect(await captionOf('-> {}', 'text', 'run qmp="qemu-system-x86_64" expect-exit=1')).toMatch(/answered; QEMU exits 1\.$/);
  expect(await captionOf('-> {}', 'text', 'run qmp="qemu-system-x86_64"')).toMatch(/<code>qemu-system-x86_64<\/code> answered\.$/);
});

test('several typed lines and setup commands read as a list: "a, b and c"', async () => {
  expect(await captionOf('x', 'sh', 'run stdin=a stdin=b stdin=c setup=d setup=e setup=f expect-exit=0')).toBe(
    `Tested in CI with ${TESTED_QEMU}: exits 0. Typed at the prompt: <code>a</code>, <code>b</code> and <code>c</code>. Prepared with: <code>d</code>, <code>e</code> and <code>f</code>.`,
  );
});

test('the caption is in the edition\'s language', async () => {
  const html = await codeToHtml('ls', { lang: 'sh', theme: 'github-light', transformers: [exampleLabel('ru')], meta: { __raw: 'run expect-exit=0' } });
  expect(html).toContain(`<figcaption class="example-label">Проверено в\u00A0CI\u00A0на\u00A0${TESTED_QEMU}: завершается с\u00A0кодом\u00A00.</figcaption>`);
});
