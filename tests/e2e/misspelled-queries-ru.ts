/**
 * The Russian forgiving-search table: Russian words typed a letter off, typed with the Latin
 * layout on, and names typed with the Russian layout on or a letter off, with the Russian page
 * that must come first without a click. Read by tests/e2e/search-ru.test.ts and
 * tests/unit/search-suggest.test.ts (the correction itself, against the Russian content).
 */
import type { MisspelledQuery } from './misspelled-queries.ts';

const feature = (slug: string) => `/ru/features/${slug}/`;

export const RUSSIAN_MISSPELLED_QUERIES: readonly MisspelledQuery[] = [
  // Russian words a letter off. The correction may pick another form of the word (резервное for
  // резервной): the index stems both alike.
  { query: 'отказоусточивость', meant: 'отказоустойчивость', first: feature('colo'), slip: 'missing' },
  { query: 'гоячее подключение памяти', meant: 'горячее подключение памяти', first: feature('pseries-memory'), slip: 'missing' },
  { query: 'сжатие резевной копии', meant: 'сжатие резервное копии', first: feature('backup-compression'), slip: 'missing' },
  { query: 'репликаця дисков', first: feature('colo'), slip: 'missing' },
  { query: 'шифрованиие в госте', first: feature('virtio-crypto'), slip: 'extra' },

  // Russian words typed with the Latin layout on.
  { query: 'jnrfpjecnjqxbdjcnm', meant: 'отказоустойчивость', first: feature('colo'), slip: 'layout' },
  { query: 'ibahjdfybt', meant: 'шифрование', first: feature('virtio-crypto'), slip: 'layout' },
  { query: 'c;fnbt htptheyjq rjgbb', meant: 'сжатие резервное копии', first: feature('backup-compression'), slip: 'layout' },

  // Names typed with the Russian layout on.
  { query: 'мыщсл', meant: 'vsock', first: feature('vhost-vsock'), slip: 'layout' },
  { query: 'туевгштщ2', meant: 'netduino2', first: feature('netduino2'), slip: 'layout' },
  { query: 'зщцуктм', meant: 'powernv', first: feature('powernv'), slip: 'layout' },
  { query: 'ылшищще', meant: 'skiboot', first: feature('powernv'), slip: 'layout' },

  // Names a letter or two off, searched on the Russian edition.
  { query: 'vsck', meant: 'vsock', first: feature('vhost-vsock'), slip: 'missing' },
  { query: 'genric-loader', meant: 'generic-loader', first: feature('generic-loader'), slip: 'missing' },
  { query: 'pvpnic', meant: 'pvpanic', first: feature('guest-panic'), slip: 'missing' },
  { query: 'netduin2', meant: 'netduino2', first: feature('netduino2'), slip: 'missing' },
  { query: 'nvdym', meant: 'nvdimm', first: feature('nvdimm-hotplug'), slip: 'two' },
];
