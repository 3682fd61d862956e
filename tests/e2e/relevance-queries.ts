/**
 * The relevance table: what a reader types, and the page that must come first. Read by
 * tests/e2e/search.test.ts. Names come from the pages' `keywords` frontmatter and bodies; the
 * questions are how someone who does not know the name would ask.
 */

export type QueryKind = 'feature' | 'identifier' | 'part' | 'machine' | 'architecture' | 'question';

export interface RelevanceQuery {
  /** What the reader types. */
  query: string;
  /** Site path of the page that must be the first result. */
  first: string;
  kind: QueryKind;
}

const feature = (slug: string) => `/features/${slug}/`;
const arch = (id: string) => `/arch/${id}/`;

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // Feature names, as the reader has seen them in the release notes.
  { query: 'vhost-vsock', first: feature('vhost-vsock'), kind: 'feature' },
  { query: 'virtio-crypto', first: feature('virtio-crypto'), kind: 'feature' },
  { query: 'qemu-img dd', first: feature('qemu-img-dd'), kind: 'feature' },
  { query: 'generic loader', first: feature('generic-loader'), kind: 'feature' },
  { query: 'AVX-512', first: feature('avx512'), kind: 'feature' },
  { query: 'POWER9', first: feature('power9'), kind: 'feature' },
  { query: 'nvdimm', first: feature('nvdimm-hotplug'), kind: 'feature' },
  { query: 'GICv3 ITS', first: feature('arm-virt-its'), kind: 'feature' },
  { query: '24KEc', first: feature('mips-24kec'), kind: 'feature' },
  { query: 'tftp', first: feature('tftp-removal'), kind: 'feature' },
  { query: 'COLO', first: feature('colo'), kind: 'feature' },

  // Exact identifiers: devices, objects, properties, options, QMP and HMP commands.
  { query: 'vhost-vsock-pci', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'vsock', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'guest-cid', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'vhost_vsock', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: '/dev/vhost-vsock', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'cryptodev-backend-builtin', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: 'virtio-crypto-pci', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: 'virtio_crypto', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: 'cbc(aes)', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: 'x-buggy-eim', first: feature('intel-iommu-eim'), kind: 'identifier' },
  { query: 'memory-backend-file', first: feature('nvdimm-hotplug'), kind: 'identifier' },
  { query: '_FIT', first: feature('nvdimm-hotplug'), kind: 'identifier' },
  { query: 'device_del', first: feature('pseries-memory'), kind: 'identifier' },
  { query: 'DEVICE_DELETED', first: feature('pseries-memory'), kind: 'identifier' },
  { query: 'num-chips', first: feature('powernv'), kind: 'identifier' },
  { query: 'skiboot', first: feature('powernv'), kind: 'identifier' },
  { query: 'PPC2_ISA300', first: feature('power9'), kind: 'identifier' },
  { query: 'stm32f2xx-adc', first: feature('netduino2'), kind: 'identifier' },
  { query: 'stm32f205', first: feature('netduino2'), kind: 'identifier' },
  { query: 'ast2500-evb', first: feature('aspeed'), kind: 'identifier' },
  { query: 'if=mtd', first: feature('aspeed'), kind: 'identifier' },
  { query: 'arm-its-kvm', first: feature('arm-virt-its'), kind: 'identifier' },
  { query: 'gic-version=3', first: feature('arm-virt-its'), kind: 'identifier' },
  { query: 'avx512-4vnniw', first: feature('avx512'), kind: 'identifier' },
  { query: 'query-cpu-definitions', first: feature('avx512'), kind: 'identifier' },
  { query: 'force-raw', first: feature('generic-loader'), kind: 'identifier' },
  { query: 'data-len', first: feature('generic-loader'), kind: 'identifier' },
  { query: 'BlockdevOptionsRaw', first: feature('raw-offset-size'), kind: 'identifier' },
  { query: 'file.filename', first: feature('raw-offset-size'), kind: 'identifier' },
  { query: 'tftp://', first: feature('tftp-removal'), kind: 'identifier' },
  { query: 'pc-q35-2.8', first: feature('q35-288-vcpus'), kind: 'identifier' },
  { query: '-cpu 24KEc', first: feature('mips-24kec'), kind: 'identifier' },
  { query: 'count=', first: feature('qemu-img-dd'), kind: 'identifier' },
  { query: 'pseries-2.8', first: feature('pseries-memory'), kind: 'identifier' },
  { query: 'drive-backup', first: feature('backup-compression'), kind: 'identifier' },
  { query: 'x-colo-lost-heartbeat', first: feature('colo'), kind: 'identifier' },
  { query: 'primary_in', first: feature('colo'), kind: 'identifier' },
  { query: 'colo-compare', first: feature('colo'), kind: 'identifier' },
  { query: 'gl=on', first: feature('spice-opengl'), kind: 'identifier' },

  // Parts of hyphenated and underscored names, and the names with the separators left out.
  { query: 'vhost', first: feature('vhost-vsock'), kind: 'part' },
  { query: 'vsock-pci', first: feature('vhost-vsock'), kind: 'part' },
  { query: 'vhost vsock pci', first: feature('vhost-vsock'), kind: 'part' },
  { query: 'heartbeat', first: feature('colo'), kind: 'part' },
  { query: 'lost heartbeat', first: feature('colo'), kind: 'part' },
  { query: 'primary', first: feature('colo'), kind: 'part' },
  { query: 'secondary_in', first: feature('colo'), kind: 'part' },
  { query: 'opengl', first: feature('spice-opengl'), kind: 'part' },
  { query: 'pvpanic', first: feature('guest-panic'), kind: 'part' },

  // Machine types and boards.
  { query: 'powernv', first: feature('powernv'), kind: 'machine' },
  { query: 'netduino2', first: feature('netduino2'), kind: 'machine' },
  { query: 'q35', first: feature('q35-288-vcpus'), kind: 'machine' },
  { query: 'palmetto-bmc', first: feature('aspeed'), kind: 'machine' },
  { query: 'pseries', first: feature('pseries-memory'), kind: 'machine' },
  { query: 'clipper', first: arch('alpha'), kind: 'machine' },
  { query: 'milkymist', first: arch('lm32'), kind: 'machine' },
  { query: 'sun4u', first: arch('sparc'), kind: 'machine' },
  { query: 'raspi2', first: arch('arm'), kind: 'machine' },

  // Architectures, by name and by binary.
  { query: 'PowerPC', first: arch('ppc'), kind: 'architecture' },
  { query: 'x86', first: arch('x86'), kind: 'architecture' },
  { query: 'Xtensa', first: arch('xtensa'), kind: 'architecture' },
  { query: 'MicroBlaze', first: arch('microblaze'), kind: 'architecture' },
  { query: 's390x', first: arch('s390x'), kind: 'architecture' },
  { query: 'qemu-system-sh4', first: arch('sh4'), kind: 'architecture' },

  // Plain-language questions from readers who do not know the name.
  { query: 'fault tolerance', first: feature('colo'), kind: 'question' },
  { query: 'backup compression', first: feature('backup-compression'), kind: 'question' },
  { query: 'compressed backup', first: feature('backup-compression'), kind: 'question' },
  { query: 'guest panic', first: feature('guest-panic'), kind: 'question' },
  { query: 'spice opengl', first: feature('spice-opengl'), kind: 'question' },
  { query: 'xen scsi unplug', first: feature('xen-scsi-unplug'), kind: 'question' },
  { query: '288 vcpus', first: feature('q35-288-vcpus'), kind: 'question' },
  { query: 'sockets between host and guest', first: feature('vhost-vsock'), kind: 'question' },
  { query: 'persistent memory hotplug', first: feature('nvdimm-hotplug'), kind: 'question' },
  { query: 'bare-metal OpenPOWER', first: feature('powernv'), kind: 'question' },
  { query: 'memory hot-unplug', first: feature('pseries-memory'), kind: 'question' },
  { query: 'load a file into guest memory', first: feature('generic-loader'), kind: 'question' },
  { query: 'one partition of a disk image', first: feature('raw-offset-size'), kind: 'question' },
  { query: 'interrupt remapping', first: feature('intel-iommu-eim'), kind: 'question' },
  { query: 'BMC firmware', first: feature('aspeed'), kind: 'question' },
  { query: 'AES cipher in the guest', first: feature('virtio-crypto'), kind: 'question' },
];
