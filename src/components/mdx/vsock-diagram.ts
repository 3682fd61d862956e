/**
 * The markup of <VsockDiagram />, as a string (see ./colo-diagram.ts for why a string).
 * Data path and control path of vhost-vsock in QEMU 2.8: the guest and host applications exchange
 * data through the guest virtio-vsock driver, the shared virtqueues and the host vhost_vsock module;
 * QEMU only configures the device (control plane) and is not on the data path.
 *
 * Each edition gets the same figure (ids, coordinates, shapes) with its own words, from TEXT below;
 * the Russian labels are worded to fit the same boxes (226px wide, QEMU's 120px at 12px).
 */
import { DEFAULT_LOCALE, type Locale } from '../../lib/i18n.ts';
import { z } from 'astro/zod';
import type { MdxHtmlComponent } from './html.ts';
import { parseProps } from './parse-props.ts';
import { svgFigure, type FigureText } from './svg-figure.ts';

/** The words of the figure beside its title, description and caption; `qemu` is the QEMU box's five lines. */
interface VsockText extends FigureText {
  guestVm: string;
  guestApp: string;
  socket: string;
  guestCid: string;
  driver: string;
  guestKernel: string;
  virtqueues: string;
  sharedRings: string;
  hostKernel: string;
  vhostModule: string;
  hostCid: string;
  hostApp: string;
  qemu: readonly [string, string, string, string, string];
  dataPath: string;
  setupOnly: string;
}

const TEXT = {
  en: {
    title: 'vhost-vsock data path and control path',
    desc: [
      'A vertical flow from a guest application at the top to a host application at the bottom. Inside the',
      'guest, the application uses an AF_VSOCK socket, which hands data to the guest virtio-vsock driver',
      '(module vmw_vsock_virtio_transport). The driver places packets in the receive and transmit virtqueues,',
      'which live in guest memory. In the host kernel, the vhost_vsock module behind /dev/vhost-vsock reads and',
      'fills those virtqueues directly and delivers the data to an AF_VSOCK socket on the host (CID 2), where the',
      'host application reads it. QEMU is drawn to the side: with dashed lines it only sets up the device, by',
      'opening /dev/vhost-vsock, setting the guest CID, handing over the virtqueues and starting vhost, and it',
      'owns the third, event virtqueue. The solid data arrows do not pass through QEMU.',
    ],
    guestVm: 'Guest VM',
    guestApp: 'Guest application',
    socket: 'AF_VSOCK socket',
    guestCid: 'guest CID 3 (guest-cid)',
    driver: 'virtio-vsock driver',
    guestKernel: '(guest kernel)',
    virtqueues: 'virtqueues rx / tx',
    sharedRings: 'shared rings in guest memory',
    hostKernel: 'Host kernel',
    vhostModule: 'vhost_vsock module',
    hostCid: 'host CID 2',
    hostApp: 'Host application',
    qemu: ['control plane:', 'set guest CID,', 'hand over rings,', 'start vhost,', 'event queue'],
    dataPath: 'data path',
    setupOnly: 'setup only (no data)',
    caption: [
      'Data travels from socket to socket through the guest driver, the shared virtqueues and the host',
      'vhost_vsock module. QEMU only sets up the device and owns the event queue; it never copies the data.',
    ],
  },
  ru: {
    title: 'vhost-vsock: путь данных и путь управления',
    desc: [
      'Вертикальный поток от приложения в гостевой ОС наверху к приложению на хосте внизу. Внутри гостя',
      'приложение использует сокет AF_VSOCK, который передаёт данные гостевому драйверу virtio-vsock',
      '(модуль vmw_vsock_virtio_transport). Драйвер помещает пакеты в очереди virtqueue приёма и передачи,',
      'которые находятся в памяти гостя. В ядре хоста модуль vhost_vsock, стоящий за /dev/vhost-vsock,',
      'напрямую читает и заполняет эти очереди virtqueue и доставляет данные в сокет AF_VSOCK на хосте (CID 2),',
      'откуда их читает приложение на хосте. QEMU нарисован сбоку: как показывают пунктирные линии, он только',
      'настраивает устройство — открывает /dev/vhost-vsock, задаёт CID гостя, передаёт очереди virtqueue и',
      'запускает vhost — и владеет третьей очередью virtqueue, очередью событий. Сплошные стрелки данных',
      'через QEMU не проходят.',
    ],
    guestVm: 'Гостевая ВМ',
    guestApp: 'Приложение в гостевой ОС',
    socket: 'Сокет AF_VSOCK',
    guestCid: 'CID гостя 3 (guest-cid)',
    driver: 'Драйвер virtio-vsock',
    guestKernel: '(ядро гостевой ОС)',
    virtqueues: 'Очереди virtqueue rx / tx',
    sharedRings: 'общие кольца в памяти гостя',
    hostKernel: 'Ядро хоста',
    vhostModule: 'Модуль ядра vhost_vsock',
    hostCid: 'CID хоста 2',
    hostApp: 'Приложение на хосте',
    qemu: ['управление:', 'задаёт CID гостя,', 'передаёт кольца,', 'запускает vhost,', 'очередь событий'],
    dataPath: 'путь данных',
    setupOnly: 'только настройка (без данных)',
    caption: [
      'Данные идут от сокета к сокету через гостевой драйвер, общие очереди virtqueue и модуль ядра хоста',
      'vhost_vsock. QEMU только настраивает устройство и владеет очередью событий; сами данные он не копирует.',
    ],
  },
} as const satisfies { en: VsockText } & Partial<Record<Locale, VsockText>>;

function figure(t: VsockText): string {
  return svgFigure('vsock-diagram', '0 0 400 725', t, `
    <defs>
      <marker id="vsock-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="var(--accent)" />
      </marker>
      <marker id="vsock-arrow-muted" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
      </marker>
    </defs>
    <rect x="6" y="6" width="254" height="280" rx="10" fill="none" stroke="var(--muted)" stroke-dasharray="6 4" />
    <text x="18" y="28" fill="var(--muted)" font-weight="bold">${t.guestVm}</text>
    <rect x="20" y="40" width="226" height="40" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="65" fill="var(--fg)" text-anchor="middle">${t.guestApp}</text>
    <line x1="133" y1="82" x2="133" y2="112" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="114" width="226" height="52" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="136" fill="var(--fg)" text-anchor="middle">${t.socket}</text>
    <text x="133" y="156" fill="var(--muted)" text-anchor="middle" font-size="12">${t.guestCid}</text>
    <line x1="133" y1="168" x2="133" y2="198" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="200" width="226" height="70" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="222" fill="var(--fg)" text-anchor="middle">${t.driver}</text>
    <text x="133" y="242" fill="var(--muted)" text-anchor="middle" font-size="12">vmw_vsock_virtio_transport</text>
    <text x="133" y="260" fill="var(--muted)" text-anchor="middle" font-size="12">${t.guestKernel}</text>
    <line x1="133" y1="272" x2="133" y2="318" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="320" width="226" height="58" rx="6" fill="var(--bg)" stroke="var(--accent)" stroke-width="2" />
    <text x="133" y="342" fill="var(--fg)" text-anchor="middle">${t.virtqueues}</text>
    <text x="133" y="362" fill="var(--muted)" text-anchor="middle" font-size="12">${t.sharedRings}</text>
    <line x1="133" y1="380" x2="133" y2="420" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="6" y="404" width="254" height="216" rx="10" fill="none" stroke="var(--muted)" stroke-dasharray="6 4" />
    <text x="18" y="610" fill="var(--muted)" font-weight="bold">${t.hostKernel}</text>
    <rect x="20" y="422" width="226" height="58" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="444" fill="var(--fg)" text-anchor="middle">${t.vhostModule}</text>
    <text x="133" y="464" fill="var(--muted)" text-anchor="middle" font-size="12">/dev/vhost-vsock</text>
    <line x1="133" y1="482" x2="133" y2="512" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="514" width="226" height="58" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="536" fill="var(--fg)" text-anchor="middle">${t.socket}</text>
    <text x="133" y="556" fill="var(--muted)" text-anchor="middle" font-size="12">${t.hostCid}</text>
    <line x1="133" y1="574" x2="133" y2="648" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="650" width="226" height="40" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="675" fill="var(--fg)" text-anchor="middle">${t.hostApp}</text>
    <rect x="274" y="282" width="120" height="150" rx="6" fill="var(--surface)" stroke="var(--muted)" stroke-dasharray="5 3" />
    <text x="334" y="304" fill="var(--fg)" text-anchor="middle" font-weight="bold">QEMU</text>
    <text x="334" y="324" fill="var(--muted)" text-anchor="middle" font-size="12">vhost-vsock-pci</text>
    <text x="334" y="348" fill="var(--fg)" text-anchor="middle" font-size="12">${t.qemu[0]}</text>
    <text x="334" y="366" fill="var(--fg)" text-anchor="middle" font-size="12">${t.qemu[1]}</text>
    <text x="334" y="384" fill="var(--fg)" text-anchor="middle" font-size="12">${t.qemu[2]}</text>
    <text x="334" y="402" fill="var(--fg)" text-anchor="middle" font-size="12">${t.qemu[3]}</text>
    <text x="334" y="420" fill="var(--fg)" text-anchor="middle" font-size="12">${t.qemu[4]}</text>
    <path d="M274 330 L250 346" fill="none" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#vsock-arrow-muted)" />
    <path d="M274 412 L250 444" fill="none" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#vsock-arrow-muted)" />
    <line x1="20" y1="712" x2="48" y2="712" stroke="var(--accent)" stroke-width="2" />
    <text x="54" y="717" fill="var(--fg)" font-size="12">${t.dataPath}</text>
    <line x1="150" y1="712" x2="178" y2="712" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" />
    <text x="184" y="717" fill="var(--fg)" font-size="12">${t.setupOnly}</text>`);
}

/**
 * The figure in each language it is written in, printed once; an edition without its own text
 * shows the English figure (its pages show English until translated, too).
 */
const FIGURES: Readonly<Partial<Record<Locale, string>>> = Object.fromEntries(Object.entries(TEXT).map(([locale, text]) => [locale, figure(text)]));

/** `locale` is the page's edition; English when not given (the Markdown copies read the English). */
/** `<VsockDiagram />` takes no props: the figure is the same on every page. */
export const vsockDiagramProps = z.strictObject({});

export const vsockDiagramHtml = ((props, _children, locale: Locale = DEFAULT_LOCALE) => {
  parseProps('VsockDiagram', vsockDiagramProps, props);
  return FIGURES[locale] ?? FIGURES.en!;
}) satisfies MdxHtmlComponent;
