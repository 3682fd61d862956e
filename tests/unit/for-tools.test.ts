import { expect, test } from 'vitest';
import { diagramText, featureCopyHeader, featureMarkdownHref, llmsTxt } from '../../src/lib/for-tools.ts';
import type { FeatureEntry } from '../../src/lib/features.ts';
import { ru } from '../../src/lib/strings.ts';

const feature = (id: string, data: Partial<FeatureEntry['data']> = {}) =>
  ({ id, data: { title: id.toUpperCase(), summary: `About ${id}.`, category: 'devices', architectures: ['all'], status: 'new', release: '2.8', keywords: [], aliases: [], related: [], references: [], ...data } }) as unknown as FeatureEntry;
const deploy = { site: new URL('https://d.example'), base: '/docs/' };
const names = new Map([['x86', 'x86'], ['arm', 'ARM']]);

test('a feature\'s Markdown copy sits beside its page', () => {
  expect(featureMarkdownHref('/docs/', 'colo')).toBe('/docs/features/colo/index.md');
});

test('the Markdown copy\'s header gives the facts of the page, with an absolute link to the web page', () => {
  const header = featureCopyHeader(feature('aspeed', { title: 'Aspeed <AST2500>', summary: 'Boards `ast`.', architectures: ['arm', 'riscv'] as never, status: 'improved', keywords: ['ast2500', 'a`b'], references: ['hw/arm/aspeed.c'] }), names, deploy);
  expect(header).toEqual({
    title: 'Aspeed \\<AST2500\\>',
    summary: 'Boards \\`ast\\`.',
    facts: [
      ['Category', 'Devices'],
      ['Architectures', 'ARM, riscv'],
      ['Status', 'Improved'],
      ['Keywords', '`ast2500`, ``a`b``'],
      ['Web page', 'https://d.example/docs/features/aspeed/'],
    ],
    references: { heading: 'References in the QEMU 2.8.0 source', links: [{ path: 'hw/arm/aspeed.c', href: 'https://gitlab.com/qemu-project/qemu/-/blob/v2.8.0/hw/arm/aspeed.c' }] },
  });
});

test('a feature for every architecture says so instead of listing them', () => {
  expect(featureCopyHeader(feature('colo'), names, deploy).facts[1]).toEqual(['Architectures', 'all architectures']);
});

test('a diagram in the Markdown copy is its title and description, in bold', () => {
  expect(diagramText({ title: 'COLO', desc: 'Two hosts.' })).toBe('**Diagram: COLO.** Two hosts.');
});

test('llms.txt: the site, what it holds, then features by category, architectures and the rest, on the deploy\'s host and base', () => {
  const text = llmsTxt([feature('vhost-vsock'), feature('colo', { category: 'reliability', summary: 'Checkpoints [live].' })], [{ id: 'x86', data: { name: 'x86', summary: 'PCs.' } }], deploy);
  const sections = text.split('\n\n');
  expect(sections[0]).toBe('# QEMU 2.8 features');
  expect(sections[1]).toMatch(/^> One page per item of the QEMU 2\.8 release/);
  expect(sections[2]).toMatch(/Markdown copy/);
  expect(sections.slice(3)).toEqual([
    '## Reliability\n- [COLO](https://d.example/docs/features/colo/index.md): Checkpoints \\[live\\].',
    '## Devices\n- [VHOST-VSOCK](https://d.example/docs/features/vhost-vsock/index.md): About vhost-vsock.',
    '## Architectures\n- [x86](https://d.example/docs/arch/x86/): PCs.',
    expect.stringMatching(/^## More\n- \[Features by architecture\]\(https:\/\/d\.example\/docs\/matrix\/\): .+\n- \[features\.json\]\(https:\/\/d\.example\/docs\/features\.json\): Every feature with its URLs and section anchors, as JSON\n$/) as unknown as string,
  ]);
});

test("another edition's copy and llms.txt give its pages under its root, in its words; features.json stays at the site's root", () => {
  const edition = { root: '/docs/ru/', ui: ru };
  const header = featureCopyHeader(feature('colo'), names, deploy, edition);
  expect(header.facts).toContainEqual(['Веб-страница', 'https://d.example/docs/ru/features/colo/']);
  expect(header.facts[1]).toEqual(['Архитектуры', ru.allArchitectures]);
  expect(diagramText({ title: 'COLO', desc: 'Два хоста.' }, ru)).toBe('**Схема: COLO.** Два хоста.');
  const text = llmsTxt([feature('colo')], [{ id: 'x86', data: { name: 'x86', summary: 'PCs.' } }], deploy, edition);
  expect(text).toContain(`# ${ru.siteName}`);
  expect(text).toContain('(https://d.example/docs/ru/features/colo/index.md)');
  expect(text).toContain('(https://d.example/docs/ru/arch/x86/)');
  expect(text).toContain('(https://d.example/docs/ru/matrix/)');
  expect(text).toContain('(https://d.example/docs/features.json)');
});
