/**
 * Synthetic feature pages for `npm run bench`: valid frontmatter with varied categories,
 * architectures and keywords, the required h2 sections with h3 subsections, about 700 words of
 * prose, one sh, one json and one c code block, and `related` links to other synthetic pages.
 * Deterministic for a seed, so two runs build the same site and their numbers compare.
 */
import type { CodeBlock } from '../../src/lib/code-highlighter.ts';
import { stringify } from 'yaml';
import { ALL_ARCHITECTURES, ARCHITECTURE_IDS, CATEGORIES, RELEASE, REQUIRED_SECTIONS, STATUSES } from '../../src/lib/vocabulary.ts';

export interface SyntheticPage {
  slug: string;
  /** `<slug>.md` or `<slug>.mdx`, the file name in content/features/. */
  fileName: string;
  /** The whole file: frontmatter and body (valid as Markdown and as MDX). */
  source: string;
  /** The page's fenced code blocks, as the highlighter receives them. */
  blocks: CodeBlock[];
}

type Rng = () => number;
/** Small, fast PRNG (mulberry32): the same seed gives the same site on every machine. */
function random(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
/** `count` distinct items, in their order in `items` so lists read naturally. */
function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(rng() * items.length));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
}

// Real QEMU names, so the search index holds the kind of vocabulary it will hold in production.
const TOPICS = [
  { device: 'virtio-balloon-pci', subsystem: 'virtio balloon', property: 'guest-stats-polling-interval', qmp: 'query-balloon', hmp: 'info balloon', source: 'hw/virtio/virtio-balloon.c', header: 'include/hw/virtio/virtio-balloon.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'virtio-net-pci', subsystem: 'virtio network', property: 'rx_queue_size', qmp: 'query-rx-filter', hmp: 'info network', source: 'hw/net/virtio-net.c', header: 'include/hw/virtio/virtio-net.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'virtio-blk-pci', subsystem: 'virtio block', property: 'num-queues', qmp: 'query-block', hmp: 'info block', source: 'hw/block/virtio-blk.c', header: 'include/hw/virtio/virtio-blk.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'virtio-scsi-pci', subsystem: 'virtio SCSI', property: 'iothread', qmp: 'query-iothreads', hmp: 'info iothreads', source: 'hw/scsi/virtio-scsi.c', header: 'include/hw/virtio/virtio-scsi.h', binary: 'qemu-system-ppc64', machine: 'pseries-2.8' },
  { device: 'virtio-gpu-pci', subsystem: 'virtio GPU', property: 'max_outputs', qmp: 'query-display-options', hmp: 'info qtree', source: 'hw/display/virtio-gpu.c', header: 'include/hw/virtio/virtio-gpu.h', binary: 'qemu-system-aarch64', machine: 'virt-2.8' },
  { device: 'e1000e', subsystem: 'Intel 82574 network', property: 'subsys_ven', qmp: 'query-pci', hmp: 'info pci', source: 'hw/net/e1000e.c', header: 'hw/net/e1000e_core.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'nvme', subsystem: 'NVMe controller', property: 'cmb_size_mb', qmp: 'query-block', hmp: 'info block', source: 'hw/block/nvme.c', header: 'hw/block/nvme.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'ivshmem-plain', subsystem: 'shared memory', property: 'memdev', qmp: 'query-memdev', hmp: 'info memdev', source: 'hw/misc/ivshmem.c', header: 'include/hw/misc/ivshmem.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'pc-dimm', subsystem: 'memory hotplug', property: 'node', qmp: 'query-memory-devices', hmp: 'info memory-devices', source: 'hw/mem/pc-dimm.c', header: 'include/hw/mem/pc-dimm.h', binary: 'qemu-system-ppc64', machine: 'pseries-2.8' },
  { device: 'spapr-vscsi', subsystem: 'sPAPR virtual SCSI', property: 'reg', qmp: 'query-hotpluggable-cpus', hmp: 'info qtree', source: 'hw/scsi/spapr_vscsi.c', header: 'include/hw/ppc/spapr_vio.h', binary: 'qemu-system-ppc64', machine: 'pseries-2.8' },
  { device: 'virtio-serial-pci', subsystem: 'virtio serial', property: 'max_ports', qmp: 'query-chardev', hmp: 'info chardev', source: 'hw/char/virtio-serial-bus.c', header: 'include/hw/virtio/virtio-serial.h', binary: 'qemu-system-s390x', machine: 's390-ccw-virtio-2.8' },
  { device: 'virtio-rng-pci', subsystem: 'virtio entropy', property: 'max-bytes', qmp: 'query-qom-list', hmp: 'info qom-tree', source: 'hw/virtio/virtio-rng.c', header: 'include/hw/virtio/virtio-rng.h', binary: 'qemu-system-aarch64', machine: 'virt-2.8' },
  { device: 'usb-tablet', subsystem: 'USB input', property: 'usb_version', qmp: 'query-mice', hmp: 'info mice', source: 'hw/usb/dev-hid.c', header: 'include/hw/input/hid.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'nec-usb-xhci', subsystem: 'USB 3 controller', property: 'p3', qmp: 'query-pci', hmp: 'info usb', source: 'hw/usb/hcd-xhci.c', header: 'docs/usb2.txt', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'i6300esb', subsystem: 'watchdog', property: 'action', qmp: 'query-status', hmp: 'info status', source: 'hw/watchdog/wdt_i6300esb.c', header: 'include/sysemu/watchdog.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'tpm-tis', subsystem: 'TPM interface', property: 'tpmdev', qmp: 'query-tpm', hmp: 'info tpm', source: 'hw/tpm/tpm_tis.c', header: 'include/sysemu/tpm.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'pl011', subsystem: 'PrimeCell UART', property: 'chardev', qmp: 'query-chardev', hmp: 'info chardev', source: 'hw/char/pl011.c', header: 'include/hw/char/pl011.h', binary: 'qemu-system-arm', machine: 'vexpress-a15' },
  { device: 'sdhci-pci', subsystem: 'SD host controller', property: 'capareg', qmp: 'query-block', hmp: 'info block', source: 'hw/sd/sdhci.c', header: 'include/hw/sd/sdhci.h', binary: 'qemu-system-arm', machine: 'xilinx-zynq-a9' },
  { device: 'intel-hda', subsystem: 'HD audio', property: 'msi', qmp: 'query-pci', hmp: 'info pci', source: 'hw/audio/intel-hda.c', header: 'hw/audio/intel-hda.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'vmcoreinfo', subsystem: 'guest crash dump', property: 'dump-guest-core', qmp: 'dump-guest-memory', hmp: 'dump-guest-memory', source: 'dump.c', header: 'include/sysemu/dump.h', binary: 'qemu-system-s390x', machine: 's390-ccw-virtio-2.8' },
  { device: 'pvpanic', subsystem: 'panic notifier', property: 'ioport', qmp: 'query-status', hmp: 'info status', source: 'hw/misc/pvpanic.c', header: 'docs/specs/pvpanic.txt', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'megasas', subsystem: 'MegaRAID SAS', property: 'max_cmds', qmp: 'query-block', hmp: 'info block', source: 'hw/scsi/megasas.c', header: 'hw/scsi/mfi.h', binary: 'qemu-system-sparc64', machine: 'sun4u' },
  { device: 'cirrus-vga', subsystem: 'Cirrus display', property: 'vgamem_mb', qmp: 'query-vnc', hmp: 'info vnc', source: 'hw/display/cirrus_vga.c', header: 'hw/display/vga_int.h', binary: 'qemu-system-mips64el', machine: 'malta' },
  { device: 'xlnx.xps-ethernetlite', subsystem: 'Xilinx Ethernet Lite', property: 'tx-ping-pong', qmp: 'query-rx-filter', hmp: 'info network', source: 'hw/net/xilinx_ethlite.c', header: 'include/hw/sysbus.h', binary: 'qemu-system-microblaze', machine: 'petalogix-s3adsp1800' },
] as const;
type Topic = (typeof TOPICS)[number];

const ADJECTIVES = ['faster', 'optional', 'per-queue', 'migratable', 'hot-pluggable', 'read-only', 'lazy', 'shared', 'persistent', 'batched', 'asynchronous', 'zero-copy'];
const ASPECTS = ['statistics', 'reset handling', 'queue sizing', 'migration support', 'error reporting', 'hotplug', 'live resize', 'interrupt coalescing', 'dirty tracking', 'discard support', 'feature negotiation', 'trace events'];
const SIZES = ['64', '128', '256', '512', '1024', '4096'];
const MEMORY = ['512M', '1G', '2G', '4G'];

/** Sentence templates: slot names in braces are replaced per page, so no two pages read the same. */
const PROSE = [
  'The {device} device gains {aspect} in QEMU 2.8, controlled by the {property} property.',
  'Before this release the only way to get the same effect was to rebuild QEMU with a patched {source}.',
  'A guest driver that does not know about the change keeps working, because the default of {property} matches the old behaviour.',
  'Management tools see the new state through the {qmp} command, and people at the monitor use {hmp}.',
  'The change is {adjective}: it costs nothing until a guest actually asks for it.',
  'Setting {property} to {size} is a sensible starting point for most guests with {memory} of memory.',
  'Values above {size} are accepted, but they mostly add latency without improving throughput.',
  'Migration keeps the setting, so a guest started with {property}={size} has the same value on the destination host.',
  'Both ends of a migration must run 2.8 or later once the property is changed from its default.',
  'The {machine} machine type turns the feature on by default, while older machine types keep it off for compatibility.',
  'The device model logs every rejected value with a trace event, which helps when a guest misbehaves.',
  'Internally the code lives in {source}, with the state structure declared in {header}.',
  'The implementation reuses the generic {subsystem} helpers, so it behaves like the other devices of that family.',
  'Guests see the new capability in their feature bits and enable it when their driver supports it.',
  'Linux drivers from version 4.8 on use it, and older kernels simply ignore the extra bit.',
  'Windows guests need the signed drivers from the virtio-win collection released after the change.',
  'Performance depends on the host: on a busy host the gain is smaller than on an idle one.',
  'In a quick test with {memory} of guest memory, the difference was visible after a few seconds of load.',
  'The option is documented in the QEMU 2.8 manual page, and the help text of -device {device},help lists it.',
  'The property can only be set when the device is created; changing it later needs a hot-unplug and a new device.',
  'If the host kernel lacks the needed support, QEMU prints a warning and falls back to the previous behaviour.',
  'The feature was developed over several review rounds on the qemu-devel list before it was merged for 2.8.',
  'Distribution packages of QEMU 2.8 enable it, since it has no extra build dependency.',
  'When several devices of this kind are present, each one has its own {property} setting.',
  'The monitor output of {hmp} shows the effective value for every device, not only the one set on the command line.',
  'Libvirt exposes the setting from version 3.0 on, so most users will set it in the domain XML rather than by hand.',
  'Error messages name the device id, which makes it easy to find the offending option on a long command line.',
  'Because the check happens at realize time, a bad value stops QEMU before the guest starts rather than later.',
  'A {adjective} variant of the same mechanism is planned for a later release but is not part of 2.8.',
  'Under TCG the feature works the same way as with KVM, only more slowly.',
  'Nested guests inherit the behaviour from the device their own hypervisor emulates.',
  'The QMP schema marks the new fields as optional, so older clients that do not know them keep working.',
  'The unit tests in the 2.8 tree cover the defaults and the limits of {property}.',
  'For debugging, {hmp} together with the trace events gives a complete picture of what the device does.',
  'Nothing in the guest needs to be reconfigured when the host side enables the feature.',
];

const REQUIREMENTS = [
  'A QEMU 2.8.0 build that includes the {subsystem} device models; they are built by default.',
  'A guest driver that negotiates the feature; older drivers keep the previous behaviour.',
  'For migration, QEMU 2.8 or later on both hosts.',
  'KVM is optional: the feature works under TCG as well, only more slowly.',
  'A machine type of 2.8 or later to get the new default; older machine types need {property} set by hand.',
];

const LIMITATIONS = [
  'The {property} property cannot be changed while the guest runs.',
  'Values are rounded down to a multiple of {size} without a warning.',
  'Only one {device} per bus supports the {adjective} mode in 2.8.',
  'The {qmp} output does not yet include every counter the device keeps.',
  'There is no HMP command to change the setting; use QMP or restart the guest.',
  'Older management tools do not know the new property and silently drop it.',
];

const H3_USE = ['Start a guest with {device}', 'Enable {aspect} on the command line', 'Try it with {binary}'];
const H3_QMP = ['Check the state over QMP', 'Query {device} with {qmp}', 'Read the settings from a script'];
const H3_CODE = ['Where the device model checks {property}', 'How {source} validates the value', 'The realize function'];

const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The slug of synthetic page `index` (0-based); unique for every index. */
export function syntheticSlug(index: number): string {
  const stem = (TOPICS[index % TOPICS.length] as Topic).device.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${stem}-item-${String(index + 1).padStart(4, '0')}`;
}

/** One synthetic page. `count` is the size of the whole set, for the `related` links. */
export function syntheticPage(index: number, count: number, seed = 1, format: 'md' | 'mdx' = 'md'): SyntheticPage {
  const rng = random(seed * 100_003 + index);
  const topic = TOPICS[index % TOPICS.length] as Topic;
  const number = index + 1;
  const slots: Record<string, string> = { ...topic, aspect: pick(rng, ASPECTS), adjective: pick(rng, ADJECTIVES), size: pick(rng, SIZES), memory: pick(rng, MEMORY) };
  // Sentences are drawn from a deck, so one repeats only once the deck runs out, and the
  // numbers in it change from sentence to sentence as they would in a real page.
  let deck: string[] = [];
  let words = 0;
  const counted = (text: string) => {
    words += countWords(text);
    return text;
  };
  const sentence = () => {
    if (deck.length === 0) deck = [...PROSE];
    return counted(fill(deck.splice(Math.floor(rng() * deck.length), 1)[0] as string, { ...slots, adjective: pick(rng, ADJECTIVES), size: pick(rng, SIZES), memory: pick(rng, MEMORY) }));
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const list = (templates: readonly string[]) => pickDistinct(rng, templates, 3).map((line) => `- ${counted(fill(line, slots))}`).join('\n');

  // About a third of real pages apply to every architecture; the rest name one to three families.
  const architectures = rng() < 0.35 ? [ALL_ARCHITECTURES] : pickDistinct(rng, ARCHITECTURE_IDS, between(rng, 1, 3));
  const uniqueProperty = `x-${topic.property.replace(/_/g, '-')}-${number}`;
  const id = `dev${number}`;
  const fn = topic.device.replace(/[^a-z0-9]+/g, '_');
  const shell: CodeBlock = { lang: 'sh', code: `${topic.binary} -M ${topic.machine} -m ${slots['memory']} -nographic \\\n  -device ${topic.device},id=${id},${topic.property}=${slots['size']} \\\n  -qmp unix:/tmp/qmp-${number}.sock,server,nowait` };
  const qmp: CodeBlock = { lang: 'json', code: JSON.stringify({ execute: 'qom-get', arguments: { path: `/machine/peripheral/${id}`, property: topic.property } }, null, 2) };
  const c: CodeBlock = {
    lang: 'c',
    code: `static void ${fn}_realize(DeviceState *dev, Error **errp)
{
    ${fn.toUpperCase()}State *s = ${fn.toUpperCase()}(dev);

    if (s->${topic.property.replace(/-/g, '_')} > ${slots['size']}) {
        error_setg(errp, "${topic.property} must be at most ${slots['size']}");
        return;
    }
    s->timer = timer_new_ms(QEMU_CLOCK_VIRTUAL, ${fn}_tick, s);
}`,
  };
  const fence = (block: CodeBlock) => `\`\`\`${block.lang}\n${block.code}\n\`\`\``;
  const [whatItIs, howToUse, requirements, limitations, whereItApplies] = REQUIRED_SECTIONS;
  const where = architectures[0] === ALL_ARCHITECTURES ? 'every guest architecture' : `the ${architectures.join(', ')} targets`;
  const rest = [
    [`## ${howToUse}`, paragraph(2), `### ${fill(pick(rng, H3_USE), slots)}`, paragraph(2), fence(shell)],
    [`### ${fill(pick(rng, H3_QMP), slots)}`, paragraph(2), fence(qmp), `### ${fill(pick(rng, H3_CODE), slots)}`, paragraph(2), fence(c)],
    [`## ${requirements}`, list(REQUIREMENTS), `## ${limitations}`, paragraph(2), list(LIMITATIONS)],
    [`## ${whereItApplies}`, `The device applies to ${where}. ${paragraph(2)}`],
  ].flat();
  // "What it is" takes the rest of the page's about 700 words: the templates differ in length.
  const intro = [paragraph(5), `${paragraph(4)} The page-specific property is \`${uniqueProperty}\`.`, paragraph(4)];
  while (words < 680) intro[2] += ` ${sentence()}`;
  const body = [`## ${whatItIs}`, ...intro, ...rest].join('\n\n');

  const keywords = [topic.device, topic.property, topic.qmp, uniqueProperty, ...pickDistinct(rng, [topic.hmp, `-device ${topic.device}`, topic.subsystem, slots['aspect'] as string], between(rng, 1, 3))];
  const offsets = count < 2 ? [] : [1, 7, 31, 97].slice(0, between(rng, 2, 4));
  const frontmatter = stringify({
    title: `${topic.subsystem[0]?.toUpperCase()}${topic.subsystem.slice(1)}: ${slots['aspect']} (item ${number})`,
    summary: `The ${topic.device} device gains ${slots['aspect']} in QEMU 2.8, set with the ${uniqueProperty} property and reported by ${topic.qmp}.`,
    category: CATEGORIES[index % CATEGORIES.length] as string,
    architectures,
    status: pick(rng, STATUSES),
    release: RELEASE,
    keywords,
    // Near and far neighbours, so the link graph spans the whole set.
    related: [...new Set(offsets.map((offset) => syntheticSlug((index + offset) % count)))].filter((slug) => slug !== syntheticSlug(index)),
    references: [topic.source, topic.header, ...(rng() < 0.5 ? ['docs/qdev-device-use.txt'] : [])],
  }, { lineWidth: 0 });
  return { slug: syntheticSlug(index), fileName: `${syntheticSlug(index)}.${format}`, source: `---\n${frontmatter}---\n\n${body}\n`, blocks: [shell, qmp, c] };
}

/** `count` synthetic pages that link to each other. */
export function syntheticPages(count: number, seed = 1, format: 'md' | 'mdx' = 'md'): SyntheticPage[] {
  return Array.from({ length: count }, (_, index) => syntheticPage(index, count, seed, format));
}
