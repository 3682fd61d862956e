/**
 * The Russian relevance table: what a Russian reader types on /ru/search/, and the Russian page
 * that must come first. Read by tests/e2e/search-ru.test.ts. Plain-language questions, words as they
 * inflect (Pagefind stems Russian), and identifiers, which stay as in English.
 */
import type { QueryKind } from './relevance-queries.ts';

export interface RussianRelevanceQuery {
  query: string;
  /** Site path of the Russian page that must be the first result. */
  first: string;
  kind: QueryKind | 'inflected' | 'described';
  /** Why the page is not first yet: the test then expects the miss, and fails when it is fixed. */
  miss?: string;
}

const feature = (slug: string) => `/ru/features/${slug}/`;
const arch = (id: string) => `/ru/arch/${id}/`;

export const RUSSIAN_RELEVANCE_QUERIES: readonly RussianRelevanceQuery[] = [
  // Plain-language questions and phrases, from a reader who does not know the feature's name.
  { query: 'отказоустойчивость', first: feature('colo'), kind: 'question' },
  { query: 'переключение на резервную вм', first: feature('colo'), kind: 'question' },
  { query: 'репликация дисков', first: feature('colo'), kind: 'question' },
  { query: 'сжатие резервной копии', first: feature('backup-compression'), kind: 'question' },
  { query: 'сжатый бэкап работающей машины', first: feature('backup-compression'), kind: 'question' },
  { query: 'бэкап со сжатием', first: feature('backup-compression'), kind: 'question' },
  { query: 'что делает qemu при панике ядра гостя', first: feature('guest-panic'), kind: 'question' },
  { query: 'как не выключать вм при панике', first: feature('guest-panic'), kind: 'question' },
  { query: 'дамп памяти при панике', first: feature('guest-panic'), kind: 'question' },
  { query: 'загрузить файл в память гостя', first: feature('generic-loader'), kind: 'question' },
  { query: 'задать точку входа процессора', first: feature('generic-loader'), kind: 'question' },
  { query: 'как отключить диски в xen', first: feature('xen-scsi-unplug'), kind: 'question' },
  { query: 'отключить эмулируемые scsi-контроллеры', first: feature('xen-scsi-unplug'), kind: 'question' },
  { query: 'горячее подключение памяти', first: feature('pseries-memory'), kind: 'question' },
  { query: 'горячее отключение памяти', first: feature('pseries-memory'), kind: 'question' },
  { query: 'память больше терабайта', first: feature('pseries-memory'), kind: 'question' },
  { query: 'горячее добавление nvdimm', first: feature('nvdimm-hotplug'), kind: 'question' },
  { query: 'связь хоста и гостя без сети', first: feature('vhost-vsock'), kind: 'question' },
  { query: 'гостевой агент через vsock', first: feature('vhost-vsock'), kind: 'question' },
  { query: 'скопировать часть образа диска', first: feature('qemu-img-dd'), kind: 'question' },
  { query: 'загрузочная запись mbr', first: feature('qemu-img-dd'), kind: 'question' },
  { query: 'один раздел из образа диска', first: feature('raw-offset-size'), kind: 'question' },
  { query: 'раздел как отдельный диск', first: feature('raw-offset-size'), kind: 'question' },
  { query: '3d-ускорение в spice', first: feature('spice-opengl'), kind: 'question' },
  { query: 'отрисовка через gpu хоста', first: feature('spice-opengl'), kind: 'question' },
  { query: 'образ диска по tftp', first: feature('tftp-removal'), kind: 'question' },
  { query: 'чем заменить tftp', first: feature('tftp-removal'), kind: 'question' },
  { query: 'скачать образ по http вместо tftp', first: feature('tftp-removal'), kind: 'question' },
  { query: 'шифрование aes в госте', first: feature('virtio-crypto'), kind: 'question' },
  { query: 'зашифровать данные в госте', first: feature('virtio-crypto'), kind: 'question' },
  { query: 'аппаратное ускорение шифрования', first: feature('virtio-crypto'), kind: 'question' },
  { query: 'переназначение прерываний', first: feature('intel-iommu-eim'), kind: 'question' },
  { query: 'сколько vcpu поддерживает q35', first: feature('q35-288-vcpus'), kind: 'question' },
  { query: 'mips без fpu', first: feature('mips-24kec'), kind: 'question' },
  { query: 'dsp-инструкции mips', first: feature('mips-24kec'), kind: 'question' },
  { query: 'прошивка bmc', first: feature('aspeed'), kind: 'question' },
  { query: 'отладочная плата bmc', first: feature('aspeed'), kind: 'question' },
  { query: 'msi на плате virt', first: feature('arm-virt-its'), kind: 'question' },
  { query: 'openpower на голом железе', first: feature('powernv'), kind: 'question' },
  { query: 'эмуляция stm32', first: feature('netduino2'), kind: 'question' },
  { query: 'живая миграция с avx-512', first: feature('avx512'), kind: 'question' },

  // Russian words in their inflected forms (genitive, prepositional, plural).
  { query: 'о паниках гостя', first: feature('guest-panic'), kind: 'inflected' },
  { query: 'процессоров power9', first: feature('power9'), kind: 'inflected' },
  { query: 'сокетов virtio', first: feature('vhost-vsock'), kind: 'inflected' },
  { query: 'сокеты между хостом и гостем', first: feature('vhost-vsock'), kind: 'inflected' },
  { query: 'флагов avx-512', first: feature('avx512'), kind: 'inflected' },
  { query: 'контрольных точек', first: feature('colo'), kind: 'inflected' },
  { query: 'энергонезависимой памяти', first: feature('nvdimm-hotplug'), kind: 'inflected' },
  { query: 'модули постоянной памяти', first: feature('nvdimm-hotplug'), kind: 'inflected' },
  { query: 'контроллеров ацп', first: feature('netduino2'), kind: 'inflected' },
  { query: '288 виртуальных процессоров', first: feature('q35-288-vcpus'), kind: 'inflected' },
  { query: 'паравиртуальных драйверов xen', first: feature('xen-scsi-unplug'), kind: 'inflected' },
  { query: 'о мейнфреймах ibm', first: arch('s390x'), kind: 'inflected' },

  // Identifiers, typed as in English: devices, options, properties, QMP commands, error messages.
  { query: 'vhost-vsock-pci', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'guest-cid', first: feature('vhost-vsock'), kind: 'identifier' },
  { query: 'blockdev-backup', first: feature('backup-compression'), kind: 'identifier' },
  { query: 'drive-backup', first: feature('backup-compression'), kind: 'identifier' },
  { query: '-device loader', first: feature('generic-loader'), kind: 'identifier' },
  { query: 'x-colo-lost-heartbeat', first: feature('colo'), kind: 'identifier' },
  { query: 'colo-compare', first: feature('colo'), kind: 'identifier' },
  { query: '-no-shutdown', first: feature('guest-panic'), kind: 'identifier' },
  { query: 'GUEST_PANICKED', first: feature('guest-panic'), kind: 'identifier' },
  { query: 'pvpanic', first: feature('guest-panic'), kind: 'identifier' },
  { query: 'hv-crash', first: feature('guest-panic'), kind: 'identifier' },
  { query: 'x-buggy-eim', first: feature('intel-iommu-eim'), kind: 'identifier' },
  { query: 'x2apic', first: feature('intel-iommu-eim'), kind: 'identifier' },
  { query: 'cryptodev-backend-builtin', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: 'virtio-crypto-pci', first: feature('virtio-crypto'), kind: 'identifier' },
  { query: '_FIT', first: feature('nvdimm-hotplug'), kind: 'identifier' },
  { query: 'device_del', first: feature('pseries-memory'), kind: 'identifier' },
  { query: 'PPC2_ISA300', first: feature('power9'), kind: 'identifier' },
  { query: 'isa 3.0', first: feature('power9'), kind: 'identifier' },
  { query: 'skiboot', first: feature('powernv'), kind: 'identifier' },
  { query: 'pc-q35-2.8', first: feature('q35-288-vcpus'), kind: 'identifier' },
  { query: 'qemu-img dd', first: feature('qemu-img-dd'), kind: 'identifier' },
  { query: 'offset', first: feature('raw-offset-size'), kind: 'identifier' },
  { query: 'gl=on', first: feature('spice-opengl'), kind: 'identifier' },
  { query: 'virgl', first: feature('spice-opengl'), kind: 'identifier' },
  { query: 'tftp://', first: feature('tftp-removal'), kind: 'identifier' },
  { query: 'unknown protocol tftp', first: feature('tftp-removal'), kind: 'identifier' },
  { query: '-cpu 24KEc', first: feature('mips-24kec'), kind: 'identifier' },
  { query: 'stm32f205', first: feature('netduino2'), kind: 'identifier' },
  { query: 'ast2500-evb', first: feature('aspeed'), kind: 'identifier' },
  { query: 'palmetto-bmc', first: feature('aspeed'), kind: 'identifier' },
  { query: 'arm-its-kvm', first: feature('arm-virt-its'), kind: 'identifier' },
  { query: 'GICv3', first: feature('arm-virt-its'), kind: 'identifier' },
  { query: 'avx512-4vnniw', first: feature('avx512'), kind: 'identifier' },
  { query: 'knights mill', first: feature('avx512'), kind: 'identifier' },
  { query: 'xenlinux', first: feature('xen-scsi-unplug'), kind: 'identifier' },

  // Architecture pages, by name, by binary, by machine and in plain words.
  { query: 'x86', first: arch('x86'), kind: 'architecture' },
  // An architecture named in one word finds its page, not a feature whose keywords mention it. ("arm"
  // and "mips" are left out: features with the name in their title (ARM virt, MIPS 24KEc) rank first
  // in both editions, which is fair.)
  { query: 'powerpc', first: arch('ppc'), kind: 'architecture' },
  { query: 'эмуляция sparc', first: arch('sparc'), kind: 'architecture' },
  { query: 'процессоры motorola 68000', first: arch('m68k'), kind: 'architecture' },
  { query: 'qemu-system-sh4', first: arch('sh4'), kind: 'architecture' },
  { query: 'плис xilinx', first: arch('microblaze'), kind: 'architecture' },
  { query: 'открытая архитектура risc', first: arch('openrisc'), kind: 'architecture' },
  { query: 'superh', first: arch('sh4'), kind: 'architecture' },
  { query: 'clipper', first: arch('alpha'), kind: 'machine' },
  { query: 'milkymist', first: arch('lm32'), kind: 'machine' },
  { query: 'raspberry pi', first: arch('arm'), kind: 'machine' },
  { query: 'sparcstation', first: arch('sparc'), kind: 'machine' },
  { query: 'macintosh', first: arch('ppc'), kind: 'machine' },

  // A feature described in a reader's own words, with inflected nouns, verbs and adjectives
  // (issue 26): the words of a page's text, keywords and summary in other forms.
  { query: 'ускоритель шифрования для гостя', first: feature('virtio-crypto'), kind: 'described' },
  { query: 'добавить память на ходу', first: feature('nvdimm-hotplug'), kind: 'described' },
  { query: 'резервная машина на случай сбоя', first: feature('colo'), kind: 'described' },
  { query: 'сообщить о сбое ядра гостя', first: feature('guest-panic'), kind: 'described' },
  { query: 'вырезать кусок образа диска', first: feature('qemu-img-dd'), kind: 'described' },
  { query: 'плата с микроконтроллером stm32', first: feature('netduino2'), kind: 'described' },
  { query: 'больше 255 процессоров', first: feature('q35-288-vcpus'), kind: 'described' },
  { query: 'ускорение графики в гостевой системе', first: feature('spice-opengl'), kind: 'described' },
  { query: 'загрузка образа по сети без tftp', first: feature('tftp-removal'), kind: 'described' },
  { query: 'обмен данными между гостем и хостом без сети', first: feature('vhost-vsock'), kind: 'described' },
  { query: 'отключить память у работающей машины', first: feature('pseries-memory'), kind: 'described' },
  { query: 'копировать диск работающей машины со сжатием', first: feature('backup-compression'), kind: 'described' },
  { query: 'загрузить прошивку в память гостя', first: feature('generic-loader'), kind: 'described' },
  { query: 'процессор без блока плавающей точки', first: feature('mips-24kec'), kind: 'described' },
  { query: 'новые инструкции avx-512', first: feature('avx512'), kind: 'described' },
  { query: 'материнская плата для сервера bmc', first: feature('aspeed'), kind: 'described' },
  { query: 'контроллер прерываний для arm', first: feature('arm-virt-its'), kind: 'described' },
  {
    query: 'подключить энергонезависимую память к работающей машине',
    first: feature('nvdimm-hotplug'),
    kind: 'described',
    miss: 'each word finds pages on its own but no page has all six, and dropping only the words found nowhere leaves them all',
  },
];
