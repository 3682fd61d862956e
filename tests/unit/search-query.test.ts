import { expect, test } from 'vitest';
import { HIGHLIGHT_PARAM, highlightTerms, indexForm, partsForm, withHighlight } from '../../src/scripts/search-query.ts';

test('indexForm keeps letters, digits and _ of each word and drops other characters, as the indexer does', () => {
  expect(indexForm('gl=on')).toBe('glon');
  expect(indexForm('vhost-vsock-pci')).toBe('vhostvsockpci');
  expect(indexForm('if=mtd kernel-irqchip=split')).toBe('ifmtd kernelirqchipsplit');
  expect(indexForm('primary_in')).toBe('primary_in');
  expect(indexForm('x-colo-lost-heartbeat()')).toBe('xcololostheartbeat');
});

test('indexForm keeps letters of any script and their combining marks', () => {
  expect(indexForm('Привет мир')).toBe('Привет мир');
  // "é" typed as e plus a combining accent (U+0301), as some keyboards send it.
  expect(indexForm('cafe\u0301')).toBe('cafe\u0301');
});

test('indexForm drops words made only of punctuation and collapses whitespace', () => {
  expect(indexForm('  qemu-img \t dd -- ')).toBe('qemuimg dd');
  expect(indexForm('=+| ()')).toBe('');
  expect(indexForm('')).toBe('');
});

test('partsForm splits compound words into their parts, underscores included', () => {
  expect(partsForm('gl=on')).toBe('gl on');
  expect(partsForm('vhost-vsock-pci')).toBe('vhost vsock pci');
  expect(partsForm('primary_in')).toBe('primary in');
  expect(partsForm('  -device  virtio-gpu,virgl=on ')).toBe('device virtio gpu virgl on');
  expect(partsForm('()')).toBe('');
});

test('highlightTerms keeps the typed words of at least three characters, once each, in order', () => {
  expect(highlightTerms('qemu-img dd')).toEqual(['qemu-img']);
  expect(highlightTerms('in on the guest-cid')).toEqual(['the', 'guest-cid']);
  expect(highlightTerms('vsock VSOCK vsock')).toEqual(['vsock', 'VSOCK']);
  expect(highlightTerms(' ')).toEqual([]);
});

test('withHighlight adds one parameter per term before the #section', () => {
  expect(withHighlight('/features/vhost-vsock/#usage', ['guest-cid', 'vhostfd'])).toBe(
    `/features/vhost-vsock/?${HIGHLIGHT_PARAM}=guest-cid&${HIGHLIGHT_PARAM}=vhostfd#usage`,
  );
  expect(withHighlight('/arch/x86/', ['q35'])).toBe('/arch/x86/?pagefind-highlight=q35');
});

test('withHighlight appends to an existing query and encodes the terms', () => {
  expect(withHighlight('/search/?q=x#top', ['a b&c'])).toBe('/search/?q=x&pagefind-highlight=a+b%26c#top');
  expect(withHighlight('/features/colo/', ['x-colo#1'])).toBe('/features/colo/?pagefind-highlight=x-colo%231');
});

test('withHighlight leaves the URL as it is when there is nothing to highlight', () => {
  expect(withHighlight('/features/colo/#usage', [])).toBe('/features/colo/#usage');
});
