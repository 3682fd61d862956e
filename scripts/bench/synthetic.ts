/**
 * Synthetic feature pages for `npm run bench`. Each page looks like a real one to every stage of the
 * build: valid frontmatter with varied categories, architectures and keywords; the required h2
 * sections with h3 subsections; about 700 words of prose; one sh, one json and one c code block; and
 * `related` links to other synthetic pages. Output is deterministic for a seed, so two runs of the
 * benchmark build the same site and their numbers can be compared.
 */
import { ALL_ARCHITECTURES, ARCHITECTURE_IDS, CATEGORIES, RELEASE, REQUIRED_SECTIONS, STATUSES } from '../../src/lib/vocabulary.ts';

export interface SyntheticPage {
  slug: string;
  /** `<slug>.md` (or `.mdx`), the file name in content/features/. */
  fileName: string;
  /** The whole file: frontmatter and body (valid as Markdown and as MDX). */
  source: string;
}

/** Small, fast PRNG (mulberry32): the same seed gives the same site on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** Picks `count` distinct items, keeping their order in `items` so lists read naturally. */
function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(rng() * items.length));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
}

/** A Fisher-Yates shuffle of a copy of `items`. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The subject of a page: a device model with what a reader would search for. */
interface Topic {
  device: string;
  subsystem: string;
  property: string;
  qmp: string;
  hmp: string;
  source: string;
  header: string;
  binary: string;
  machine: string;
}

// Real QEMU names, so the search index holds the kind of vocabulary it will hold in production.
const TOPICS: readonly Topic[] = [
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
  { device: 'nec-usb-xhci', subsystem: 'USB 3 controller', property: 'p3', qmp: 'query-pci', hmp: 'info usb', source: 'hw/usb/hcd-xhci.c', header: 'hw/usb/hcd-xhci.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'i6300esb', subsystem: 'watchdog', property: 'action', qmp: 'query-status', hmp: 'info status', source: 'hw/watchdog/wdt_i6300esb.c', header: 'include/sysemu/watchdog.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'tpm-tis', subsystem: 'TPM interface', property: 'tpmdev', qmp: 'query-tpm', hmp: 'info tpm', source: 'hw/tpm/tpm_tis.c', header: 'include/sysemu/tpm.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'pl011', subsystem: 'PrimeCell UART', property: 'chardev', qmp: 'query-chardev', hmp: 'info chardev', source: 'hw/char/pl011.c', header: 'include/hw/char/pl011.h', binary: 'qemu-system-arm', machine: 'vexpress-a15' },
  { device: 'sdhci-pci', subsystem: 'SD host controller', property: 'capareg', qmp: 'query-block', hmp: 'info block', source: 'hw/sd/sdhci.c', header: 'include/hw/sd/sdhci.h', binary: 'qemu-system-arm', machine: 'xilinx-zynq-a9' },
  { device: 'intel-hda', subsystem: 'HD audio', property: 'msi', qmp: 'query-pci', hmp: 'info pci', source: 'hw/audio/intel-hda.c', header: 'hw/audio/intel-hda.h', binary: 'qemu-system-x86_64', machine: 'pc-i440fx-2.8' },
  { device: 'vmcoreinfo', subsystem: 'guest crash dump', property: 'dump-guest-core', qmp: 'dump-guest-memory', hmp: 'dump-guest-memory', source: 'dump.c', header: 'include/sysemu/dump.h', binary: 'qemu-system-s390x', machine: 's390-ccw-virtio-2.8' },
  { device: 'pvpanic', subsystem: 'panic notifier', property: 'ioport', qmp: 'query-status', hmp: 'info status', source: 'hw/misc/pvpanic.c', header: 'include/hw/misc/pvpanic.h', binary: 'qemu-system-x86_64', machine: 'pc-q35-2.8' },
  { device: 'megasas', subsystem: 'MegaRAID SAS', property: 'max_cmds', qmp: 'query-block', hmp: 'info block', source: 'hw/scsi/megasas.c', header: 'hw/scsi/mfi.h', binary: 'qemu-system-sparc64', machine: 'sun4u' },
  { device: 'cirrus-vga', subsystem: 'Cirrus display', property: 'vgamem_mb', qmp: 'query-vnc', hmp: 'info vnc', source: 'hw/display/cirrus_vga.c', header: 'hw/display/vga_int.h', binary: 'qemu-system-mips64el', machine: 'malta' },
  { device: 'xlnx.xps-ethernetlite', subsystem: 'Xilinx Ethernet Lite', property: 'tx-ping-pong', qmp: 'query-rx-filter', hmp: 'info network', source: 'hw/net/xilinx_ethlite.c', header: 'include/hw/sysbus.h', binary: 'qemu-system-microblaze', machine: 'petalogix-s3adsp1800' },
];

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

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The prose of a page without its code blocks and headings: what a reader reads. */
export function proseWords(source: string): number {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return countWords(withoutCode.replace(/^#{2,6} .*$/gm, '').replace(/[-*] /g, ''));
}

/** The slug of synthetic page `index` (0-based); unique for every index. */
export function syntheticSlug(index: number): string {
  const topic = TOPICS[index % TOPICS.length] as Topic;
  const stem = topic.device.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${stem}-item-${String(index + 1).padStart(4, '0')}`;
}

/** Slugs this page links to: near and far neighbours, so the link graph spans the whole set. */
function relatedSlugs(index: number, count: number, rng: Rng): string[] {
  if (count < 2) return [];
  const offsets = [1, 7, 31, 97].slice(0, between(rng, 2, 4));
  const slugs = offsets.map((offset) => syntheticSlug((index + offset) % count)).filter((slug) => slug !== syntheticSlug(index));
  return [...new Set(slugs)];
}

function frontmatter(fields: Record<string, string | string[]>): string {
  // JSON strings are valid YAML double-quoted scalars, so any title or keyword is quoted safely.
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One synthetic page. `count` is the size of the whole set, for the `related` links. */
export function syntheticPage(index: number, count: number, seed = 1, format: 'md' | 'mdx' = 'md'): SyntheticPage {
  const rng = random(seed * 100_003 + index);
  const topic = TOPICS[index % TOPICS.length] as Topic;
  const number = index + 1;
  const slots: Record<string, string> = {
    ...(topic as unknown as Record<string, string>),
    aspect: pick(rng, ASPECTS),
    adjective: pick(rng, ADJECTIVES),
    size: pick(rng, SIZES),
    memory: pick(rng, MEMORY),
  };
  const slug = syntheticSlug(index);
  const sentence = (templates: readonly string[]) => fill(pick(rng, templates), slots);
  // Prose comes from a shuffled deck, so a sentence repeats only once the deck runs out, and the
  // numbers in it change from sentence to sentence as they would in a real page.
  let deck: string[] = [];
  const proseSentence = () => {
    if (deck.length === 0) deck = shuffled(rng, PROSE);
    return fill(deck.pop() as string, { ...slots, adjective: pick(rng, ADJECTIVES), size: pick(rng, SIZES), memory: pick(rng, MEMORY) });
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, proseSentence).join(' ');

  const category = CATEGORIES[index % CATEGORIES.length] as string;
  // About a third of real pages apply to every architecture; the rest name one to three families.
  const architectures = rng() < 0.35 ? [ALL_ARCHITECTURES] : pickDistinct(rng, ARCHITECTURE_IDS, between(rng, 1, 3));
  const uniqueProperty = `x-${topic.property.replace(/_/g, '-')}-${number}`;
  const keywords = [topic.device, topic.property, topic.qmp, uniqueProperty, ...pickDistinct(rng, [topic.hmp, `-device ${topic.device}`, topic.subsystem, slots['aspect'] as string], between(rng, 1, 3))];
  const title = `${topic.subsystem[0]?.toUpperCase()}${topic.subsystem.slice(1)}: ${slots['aspect']} (item ${number})`;
  const summary = `The ${topic.device} device gains ${slots['aspect']} in QEMU 2.8, set with the ${uniqueProperty} property and reported by ${topic.qmp}.`;

  const sections: string[] = [];
  const [whatItIs, howToUse, requirements, limitations, whereItApplies] = REQUIRED_SECTIONS;
  sections.push(`## ${whatItIs}\n\n${paragraph(5)}\n\n${paragraph(4)} The page-specific property is \`${uniqueProperty}\`.\n\n${paragraph(4)}`);

  const id = `dev${number}`;
  const shell = [
    `${topic.binary} -M ${topic.machine} -m ${slots['memory']} -nographic \\`,
    `  -device ${topic.device},id=${id},${topic.property}=${slots['size']} \\`,
    `  -qmp unix:/tmp/qmp-${number}.sock,server,nowait`,
  ].join('\n');
  const json = JSON.stringify({ execute: 'qom-get', arguments: { path: `/machine/peripheral/${id}`, property: topic.property } }, null, 2);
  const fn = topic.device.replace(/[^a-z0-9]+/g, '_');
  const c = [
    `static void ${fn}_realize(DeviceState *dev, Error **errp)`,
    '{',
    `    ${fn.toUpperCase()}State *s = ${fn.toUpperCase()}(dev);`,
    '',
    `    if (s->${topic.property.replace(/-/g, '_')} > ${slots['size']}) {`,
    `        error_setg(errp, "${topic.property} must be at most ${slots['size']}");`,
    '        return;',
    '    }',
    `    s->timer = timer_new_ms(QEMU_CLOCK_VIRTUAL, ${fn}_tick, s);`,
    '}',
  ].join('\n');
  sections.push(
    [
      `## ${howToUse}`,
      paragraph(2),
      `### ${sentence(H3_USE)}`,
      paragraph(2),
      `\`\`\`sh\n${shell}\n\`\`\``,
      `### ${sentence(H3_QMP)}`,
      paragraph(2),
      `\`\`\`json\n${json}\n\`\`\``,
      `### ${sentence(H3_CODE)}`,
      paragraph(2),
      `\`\`\`c\n${c}\n\`\`\``,
    ].join('\n\n'),
  );
  sections.push(`## ${requirements}\n\n${pickDistinct(rng, REQUIREMENTS, 3).map((line) => `- ${fill(line, slots)}`).join('\n')}`);
  sections.push(`## ${limitations}\n\n${paragraph(2)}\n\n${pickDistinct(rng, LIMITATIONS, 3).map((line) => `- ${fill(line, slots)}`).join('\n')}`);
  const where = architectures[0] === ALL_ARCHITECTURES ? 'every guest architecture' : `the ${architectures.join(', ')} targets`;
  sections.push(`## ${whereItApplies}\n\nThe device applies to ${where}. ${paragraph(2)}`);

  // Top up "What it is" to about 700 words: the templates differ in length, so the count varies.
  let body = sections.join('\n\n');
  const draft = () => frontmatter({}) + body;
  while (proseWords(draft()) < 680) {
    body = body.replace(`\n\n## ${howToUse}`, ` ${proseSentence()}\n\n## ${howToUse}`);
  }

  const source =
    frontmatter({
      title,
      summary,
      category,
      architectures,
      status: pick(rng, STATUSES),
      release: RELEASE,
      keywords,
      related: relatedSlugs(index, count, rng),
      references: [topic.source, topic.header, ...(rng() < 0.5 ? ['docs/qdev-device-use.txt'] : [])],
    }) + `\n${body}\n`;
  return { slug, fileName: `${slug}.${format}`, source };
}

/** `count` synthetic pages that link to each other. */
export function syntheticPages(count: number, seed = 1, format: 'md' | 'mdx' = 'md'): SyntheticPage[] {
  return Array.from({ length: count }, (_, index) => syntheticPage(index, count, seed, format));
}
