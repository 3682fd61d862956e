import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { architectureVocabulary, featureVocabulary, matchedOnlyLoosely, misspeltWords, NameMatcher, otherLayout, searchVocabulary, stemOf } from '../../src/lib/search-suggest.ts';
import { readFrontmatter } from '../helpers/frontmatter.ts';
import { MISSPELLED_QUERIES } from '../e2e/misspelled-queries.ts';
import { RELEVANCE_QUERIES } from '../e2e/relevance-queries.ts';

const names = (...list: string[]) => new NameMatcher({ names: list });

describe('a misspelt name', () => {
  const matcher = names('guest-cid', 'vhost-vsock-pci', 'vhost-vsock', 'x-checkpoint-delay', 'filter-mirror', 'q35', 'pc-q35-2.8', 'POWER9');

  test('two letters swapped, a letter missing, extra or wrong: one edit', () => {
    expect(matcher.suggest('guest-cdi')).toBe('guest-cid');
    expect(matcher.suggest('x-checkpoint-dely')).toBe('x-checkpoint-delay');
    expect(matcher.suggest('vhost-vsockk')).toBe('vhost-vsock');
    expect(matcher.suggest('q53')).toBe('q35');
    expect(matcher.suggest('POWRE9')).toBe('POWER9');
  });

  test('separators do not count, and the suggestion is written as the name is', () => {
    expect(matcher.suggest('filtermirorr')).toBe('filter-mirror');
    expect(matcher.suggest('vhost_vscok')).toBe('vhost-vsock');
    expect(matcher.suggest('pc-q53-2.8')).toBe('pc-q35-2.8');
  });

  test('a long name may be two edits off; a short one only one', () => {
    expect(matcher.suggest('vhots-vsokc-pci')).toBe('vhost-vsock-pci');
    expect(names('vsock').suggest('vscko')).toBeUndefined();
    expect(names('vsock').suggest('vscok')).toBe('vsock');
  });

  test('a word of five or six letters may be two edits off a name with the same first three letters', () => {
    expect(names('nvdimm').suggest('nvdym')).toBe('nvdimm');
    expect(names('vsock').suggest('vscko')).toBeUndefined();
  });

  test('only the misspelt words of a query change', () => {
    expect(matcher.suggest('vhost-vsock guest-cdi')).toBe('vhost-vsock guest-cid');
  });

  test('the closest name wins; on a tie, the one listed first', () => {
    expect(names('delay', 'relay').suggest('dlay')).toBe('delay');
    expect(names('relay', 'delay').suggest('elay')).toBe('relay');
    expect(names('filter-rewriter', 'filter-redirector').suggest('filter-redirecter')).toBe('filter-redirector');
  });
});

describe('the other keyboard layout', () => {
  test('maps each key between QWERTY and ЙЦУКЕН, both ways, keeping digits and separators', () => {
    expect(otherLayout('мшкешщ-скнзещ')).toBe('virtio-crypto');
    expect(otherLayout('gfvznm')).toBe('память');
    expect(otherLayout('ыеь32')).toBe('stm32');
  });

  test('leaves a word of both alphabets or of neither alone', () => {
    expect(otherLayout('qemu-образ')).toBeUndefined();
    expect(otherLayout('2.8')).toBeUndefined();
  });

  test('a name typed on the Russian layout is read as the Latin name', () => {
    expect(names('virtio-crypto').suggest('мшкешщ-скнзещ')).toBe('virtio-crypto');
  });

  test('a Russian word typed on the Latin layout is read as the Russian word, in any of its forms', () => {
    expect(names('гость').suggest('ujcnz')).toBe('гостя');
  });

  test('a slip on the wrong layout is corrected too', () => {
    expect(names('netduino2').suggest('туевгшт2')).toBe('netduino2');
  });
});

describe('Russian word forms', () => {
  test('share one stem', () => {
    expect(stemOf('гостя')).toBe(stemOf('гость'));
    expect(stemOf('шифрования')).toBe(stemOf('шифрование'));
    expect(stemOf('vsock')).toBe('vsock');
  });

  test('a form the site does not use is not a misspelling of one it does', () => {
    expect(names('гость', 'гостевая').suggest('гостя')).toBeUndefined();
  });

  test('a verb is another form of its noun, not a slip of a word one edit away', () => {
    expect(names('подключение', 'отключить').suggest('подключить')).toBeUndefined();
  });
});

describe('no suggestion', () => {
  const matcher = names('guest-cid', 'vhost-vsock', 'socket', 'compress', 'q35');

  test('for a known name in any case or with other separators', () => {
    expect(matcher.suggest('Guest-CID')).toBeUndefined();
    expect(matcher.suggest('guest_cid')).toBeUndefined();
    expect(matcher.suggest('vhostvsock')).toBeUndefined();
  });

  test('for the start of a name (the reader is still typing) or an inflected form', () => {
    expect(matcher.suggest('guest-c')).toBeUndefined();
    expect(matcher.suggest('sockets')).toBeUndefined();
    expect(matcher.suggest('compressed')).toBeUndefined();
  });

  test('for numbers, short words, blanks and words far from every name', () => {
    expect(matcher.suggest('288')).toBeUndefined();
    expect(matcher.suggest('q3')).toBeUndefined();
    expect(matcher.suggest('   ')).toBeUndefined();
    expect(matcher.suggest('fault tolerance')).toBeUndefined();
  });
});

describe('when results are only loose matches', () => {
  test('the misspelt words are the ones the suggestion changed', () => {
    expect(misspeltWords('vsock  guest-cdi', 'vsock guest-cid')).toEqual(['guest-cdi']);
  });

  test('loose when no page found holds a misspelt word', () => {
    expect(matchedOnlyLoosely(['genric-loader'], ['qemu-img dd with -device loader,file=boot.img'])).toBe(true);
  });

  test('not loose when a page holds it, whole or as a part of a compound', () => {
    expect(matchedOnlyLoosely(['hypervisr'], ['A hypervisr typo the page itself has.'])).toBe(false);
    expect(matchedOnlyLoosely(['bootimg'], ['-device loader,file=boot.img'])).toBe(false);
    expect(matchedOnlyLoosely(['filee'], ['-device loader,filee=boot.img'])).toBe(false);
  });

  test('not loose when a page holds the word in another Russian form', () => {
    expect(matchedOnlyLoosely(['гостя'], ['память гостей'])).toBe(false);
  });

  test('loose when nothing was found', () => {
    expect(matchedOnlyLoosely(['vsck'], [])).toBe(true);
  });
});

test('the vocabulary lists keywords before titles, parts and summary words, each once', () => {
  const vocabulary = searchVocabulary([
    featureVocabulary({ title: 'vhost-vsock sockets (AF_VSOCK)', summary: 'Sockets between host and guest.', keywords: ['guest-cid', 'vhost-vsock'] }),
    architectureVocabulary({ name: 'x86', summary: 'PC and q35 machines.', binaries: ['qemu-system-x86_64'], machines: ['q35'] }),
    // Words without a letter are left out, whole or as parts: nothing corrects to them.
    featureVocabulary({ title: 'Machine types (item 1234)', summary: 'Up to 288 vCPUs in 2.8.', keywords: ['pc-q35-2.8'] }),
  ]);
  expect(vocabulary.names).toEqual(['guest-cid', 'vhost-vsock', 'sockets', 'AF_VSOCK', 'x86', 'qemu-system-x86_64', 'q35', 'pc-q35-2.8', 'Machine', 'types', 'item', 'guest', 'cid', 'vhost', 'vsock', 'VSOCK', 'qemu', 'system', 'between', 'host', 'and', 'pc', 'machines', 'up', 'to', 'vcpus', 'in']);
});

describe('on the real content', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const read = (folder: string) =>
    readdirSync(path.join(root, 'content', folder))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => readFrontmatter(path.join(root, 'content', folder, name)));
  const vocabulary = searchVocabulary([
    ...read('features').map((data) => featureVocabulary(data as Parameters<typeof featureVocabulary>[0])),
    ...read('architectures').map((data) => architectureVocabulary(data as Parameters<typeof architectureVocabulary>[0])),
  ]);
  const matcher = new NameMatcher(vocabulary);

  test('each misspelt query of the e2e table gets the suggestion it expects', () => {
    expect(MISSPELLED_QUERIES.length).toBeGreaterThanOrEqual(25);
    const wrong = MISSPELLED_QUERIES.map(({ query, meant }) => ({ query, meant, got: matcher.suggest(query) })).filter(({ meant, got }) => meant !== got);
    expect(wrong).toEqual([]);
  });

  test('correctly spelt queries of the relevance table get none', () => {
    const suggested = RELEVANCE_QUERIES.map(({ query }) => ({ query, got: matcher.suggest(query) })).filter(({ got }) => got !== undefined);
    expect(suggested).toEqual([]);
  });
});
