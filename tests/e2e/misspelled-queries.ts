/**
 * The forgiving-search table: names typed one or two letters off, with a separator missing or
 * added, with two letters swapped, or on the other keyboard layout, and the page that must come
 * first without a click: the typed query's own results, or the corrected query's ("Showing
 * results for …"). Read by tests/e2e/search.test.ts (in Chromium, on the built site) and
 * tests/unit/search-suggest.test.ts (the correction itself, against the real content).
 */
export type Slip = 'swap' | 'missing' | 'extra' | 'wrong' | 'separator' | 'two' | 'layout';

export interface MisspelledQuery {
  /** What the reader types. */
  query: string;
  /** The corrected query whose results the site shows; absent when the typed query already finds the page first. */
  meant?: string;
  /** Site path of the page that must be the first result. */
  first: string;
  slip: Slip;
  /** Why the page is not first yet: the test then expects the miss, and fails when it is fixed. */
  miss?: string;
}

const feature = (slug: string) => `/features/${slug}/`;
const arch = (id: string) => `/arch/${id}/`;

export const MISSPELLED_QUERIES: readonly MisspelledQuery[] = [
  // The issue's own examples.
  { query: 'guest-cdi', meant: 'guest-cid', first: feature('vhost-vsock'), slip: 'swap' },
  { query: 'x-checkpoint-dely', meant: 'x-checkpoint-delay', first: feature('colo'), slip: 'missing' },
  { query: 'filtermirror', first: feature('colo'), slip: 'separator' },
  { query: 'vhost-vscok', meant: 'vhost-vsock', first: feature('vhost-vsock'), slip: 'swap' },

  // Two letters swapped.
  { query: 'powrenv', meant: 'powernv', first: feature('powernv'), slip: 'swap' },
  { query: 'psereis', meant: 'pseries', first: feature('pseries-memory'), slip: 'swap' },
  { query: 'drive-bakcup', meant: 'drive-backup', first: feature('backup-compression'), slip: 'swap' },
  { query: 'pc-q53-2.8', meant: 'pc-q35-2.8', first: feature('q35-288-vcpus'), slip: 'swap' },
  { query: 'skiboto', meant: 'skiboot', first: feature('powernv'), slip: 'swap' },
  { query: 'virtio-cyrpto', meant: 'virtio-crypto', first: feature('virtio-crypto'), slip: 'swap' },

  // A letter missing.
  { query: 'netdino2', meant: 'netduino2', first: feature('netduino2'), slip: 'missing' },
  { query: 'cryptodev-backend-bultin', meant: 'cryptodev-backend-builtin', first: feature('virtio-crypto'), slip: 'missing' },
  { query: 'memory-backend-fle', meant: 'memory-backend-file', first: feature('nvdimm-hotplug'), slip: 'missing' },
  { query: 'palmeto-bmc', meant: 'palmetto-bmc', first: feature('aspeed'), slip: 'missing' },
  { query: 'Xtnsa', meant: 'Xtensa', first: arch('xtensa'), slip: 'missing' },

  // A letter too many.
  { query: 'nvdimmm', meant: 'nvdimm', first: feature('nvdimm-hotplug'), slip: 'extra' },
  { query: 'x-colo-losst-heartbeat', meant: 'x-colo-lost-heartbeat', first: feature('colo'), slip: 'extra' },
  { query: 'num-chipps', meant: 'num-chips', first: feature('powernv'), slip: 'extra' },
  { query: 'ast2500-evbb', meant: 'ast2500-evb', first: feature('aspeed'), slip: 'extra' },

  // A wrong letter.
  { query: 'x-buggy-eum', meant: 'x-buggy-eim', first: feature('intel-iommu-eim'), slip: 'wrong' },
  { query: 'pvpanik', meant: 'pvpanic', first: feature('guest-panic'), slip: 'wrong' },
  { query: 'clipoer', meant: 'clipper', first: arch('alpha'), slip: 'wrong' },
  { query: 'stm32f2xx-adx', meant: 'stm32f2xx-adc', first: feature('netduino2'), slip: 'wrong' },

  // Separators missing, added or changed, with or without a typo.
  { query: 'vhostvsockpci', first: feature('vhost-vsock'), slip: 'separator' },
  { query: 'colo compare', first: feature('colo'), slip: 'separator' },
  { query: 'filter-redirecter', meant: 'filter-redirector', first: feature('colo'), slip: 'wrong' },
  { query: 'blockdevbackup', first: feature('backup-compression'), slip: 'separator' },

  // Two slips in one name, and one in a name of several words.
  { query: 'qeury-cpu-defintions', meant: 'query-cpu-definitions', first: feature('avx512'), slip: 'two' },
  { query: 'genric lodaer', meant: 'generic loader', first: feature('generic-loader'), slip: 'two' },
  { query: 'mliykmist', meant: 'milkymist', first: arch('lm32'), slip: 'two' },
  { query: 'virtio-cryto-pic', meant: 'virtio-crypto-pci', first: feature('virtio-crypto'), slip: 'two' },

  // Written as readers type them, new with the corrected results (issue 26).
  { query: 'vsck', meant: 'vsock', first: feature('vhost-vsock'), slip: 'missing' },
  { query: 'genric-loader', meant: 'generic-loader', first: feature('generic-loader'), slip: 'missing' },
  // pvpanic is the x86 panic device on the guest-panic page.
  { query: 'pvpnic', meant: 'pvpanic', first: feature('guest-panic'), slip: 'missing' },
  { query: 'netduin2', meant: 'netduino2', first: feature('netduino2'), slip: 'missing' },
  { query: 'skibot', meant: 'skiboot', first: feature('powernv'), slip: 'missing' },
  { query: 'xenlinx', meant: 'xenlinux', first: feature('xen-scsi-unplug'), slip: 'missing' },
  { query: 'intel-iomu', meant: 'intel-iommu', first: feature('intel-iommu-eim'), slip: 'missing' },
  { query: 'knigts mill', meant: 'knights mill', first: feature('avx512'), slip: 'missing' },
  { query: 'aspede', meant: 'aspeed', first: feature('aspeed'), slip: 'swap' },
  { query: 'heartbaet', meant: 'heartbeat', first: feature('colo'), slip: 'swap' },
  { query: 'raw offest', meant: 'raw offset', first: feature('raw-offset-size'), slip: 'swap' },
  { query: 'stm32f250', meant: 'stm32f205', first: feature('netduino2'), slip: 'swap' },
  { query: 'cryptodev-backend-bulitin', meant: 'cryptodev-backend-builtin', first: feature('virtio-crypto'), slip: 'swap' },
  { query: 'mircoblaze', meant: 'microblaze', first: arch('microblaze'), slip: 'swap' },
  { query: 'openrsic', meant: 'openrisc', first: arch('openrisc'), slip: 'swap' },
  { query: 'virgll', meant: 'virgl', first: feature('spice-opengl'), slip: 'extra' },
  { query: 'nvdym', meant: 'nvdimm', first: feature('nvdimm-hotplug'), slip: 'two' },
  { query: 'virtiocrypto', first: feature('virtio-crypto'), slip: 'separator' },
  { query: 'qemu img dd', first: feature('qemu-img-dd'), slip: 'separator' },
  { query: 'qemuimg dd', first: feature('qemu-img-dd'), slip: 'separator' },
  { query: 'colocompare', first: feature('colo'), slip: 'separator' },
  {
    query: 'raspbery pi',
    first: arch('arm'),
    slip: 'missing',
    miss: 'Raspberry Pi is only in the ARM page text, not among its names (raspi2), so nothing corrects it; Pagefind ranks MIPS first',
  },

  // Typed with the Russian layout on.
  { query: 'мшкешщ-скнзещ', meant: 'virtio-crypto', first: feature('virtio-crypto'), slip: 'layout' },
  { query: 'ылшищще', meant: 'skiboot', first: feature('powernv'), slip: 'layout' },
  { query: 'фызуув', meant: 'aspeed', first: feature('aspeed'), slip: 'layout' },
  { query: 'туевгштщ2', meant: 'netduino2', first: feature('netduino2'), slip: 'layout' },
  { query: 'тмвшьь', meant: 'nvdimm', first: feature('nvdimm-hotplug'), slip: 'layout' },
  { query: 'ьшдлньшые', meant: 'milkymist', first: arch('lm32'), slip: 'layout' },
];
