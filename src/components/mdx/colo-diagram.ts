/**
 * The markup of <ColoDiagram />, as a string: the MDX fast path (src/markdown/fast-path/mdx-html.ts) prints it
 * and ColoDiagram.astro wraps it, so both ways of rendering a page print the same figure.
 *
 * COLO topology: primary and secondary host, the four flows between them,
 * and which of those flows QEMU 2.8.0 actually drives from its checkpoint loop.
 *
 * Each edition gets the same figure (ids, coordinates, shapes) with its own words, from TEXT below.
 * A Russian label that would not fit its 112px box at 14px is split over the box's two lines
 * (or worded shorter), never by widening the box.
 *
 * @see docs/COLO-FT.txt, docs/colo-proxy.txt, docs/block-replication.txt (QEMU 2.8.0)
 * @see migration/colo.c: only the checkpoint stream (flow 1) is wired in 2.8.0;
 *      net/colo-compare.c still has "TODO: colo_notify_checkpoint()" and nothing
 *      outside tests/test-replication.c calls replication_start_all().
 */
import { DEFAULT_LOCALE, type Locale } from '../../lib/i18n.ts';
import { z } from 'astro/zod';
import type { MdxHtmlComponent } from './html.ts';
import { parseProps } from './parse-props.ts';
import { svgFigure, type FigureText } from './svg-figure.ts';

/** The words of the figure beside its title, description and caption. A pair is a box's two lines. */
interface ColoText extends FigureText {
  client: string;
  requests: string;
  replies: string;
  primaryHost: string;
  quorumDisk: readonly [string, string];
  primaryVm: readonly [string, string];
  nbdClient: readonly [string, string];
  checkpoints: readonly [string, string];
  secondaryHost: string;
  nbdServer: readonly [string, string];
  loadsState: readonly [string, string];
  overlayDisks: readonly [string, string];
  secondaryVm: readonly [string, string];
  legend: readonly [string, string, string, string];
  dashed: string;
}

const TEXT = {
  en: {
    title: 'COLO: primary and secondary QEMU on two hosts',
    desc: [
      'A client sends requests to the primary host. On the primary host the primary VM',
      'writes to a quorum disk whose second child is a replication filter, the guest',
      'replies go to colo-compare, and filter-mirror with filter-redirector handles the',
      'network traffic; a COLO checkpoint block sits below the primary VM. Four flows',
      'cross to the secondary host. Flow 1, drawn solid, is the checkpoint: the primary',
      'VM state sent over the migration stream to the COLO code on the secondary, which',
      "loads it into the secondary VM. Flow 2 mirrors client packets to the secondary's",
      'filter-redirector and filter-rewriter, which pass them to the secondary VM. Flow 3',
      "sends the secondary VM's replies back to colo-compare on the primary, which",
      'releases a reply to the client once both sides match. Flow 4 forwards primary',
      "disk writes over NBD to the secondary's NBD server and replication filter, which",
      'keep active and hidden overlay disks. Flows 2, 3 and 4 are dashed because in',
      'QEMU 2.8.0 those parts exist but are not yet driven by the COLO checkpoint loop.',
    ],
    client: 'Client',
    requests: 'requests',
    replies: 'replies',
    primaryHost: 'Primary host',
    quorumDisk: ['quorum', 'disk'],
    primaryVm: ['Primary VM', '(PVM)'],
    nbdClient: ['replication', 'NBD client'],
    checkpoints: ['COLO', 'checkpoints'],
    secondaryHost: 'Secondary host',
    nbdServer: ['NBD server', '+ replication'],
    loadsState: ['COLO', 'loads state'],
    overlayDisks: ['active +', 'hidden disk'],
    secondaryVm: ['Secondary VM', '(SVM)'],
    legend: [
      'checkpoint: PVM state over migration',
      'client packets mirrored to the SVM',
      'SVM replies back to colo-compare',
      'primary disk writes over NBD',
    ],
    dashed: 'dashed: not yet driven by COLO in 2.8.0',
    caption: [
      "The COLO layout described in QEMU's docs/COLO-FT.txt and docs/colo-proxy.txt. In",
      '2.8.0 only the checkpoint stream (1) and manual failover are wired together; the',
      'network proxy (2, 3) and disk replication (4) objects exist but the checkpoint loop',
      'does not drive them yet, and the secondary VM stays paused between checkpoints.',
    ],
  },
  ru: {
    title: 'COLO: первичный и вторичный QEMU на двух хостах',
    desc: [
      'Клиент отправляет запросы на первичный хост. На первичном хосте первичная ВМ пишет',
      'на диск quorum, второй дочерний узел которого — фильтр replication, ответы гостя',
      'идут в colo-compare, а сетевой трафик обрабатывают filter-mirror и filter-redirector;',
      'под первичной ВМ находится блок контрольных точек COLO. К вторичному хосту идут',
      'четыре потока. Поток 1, нарисованный сплошной линией, — это контрольная точка:',
      'состояние первичной ВМ, передаваемое в потоке миграции коду COLO на вторичном хосте,',
      'который загружает его во вторичную ВМ. Поток 2 зеркалирует пакеты клиента в',
      'filter-redirector и filter-rewriter вторичного хоста, которые передают их вторичной ВМ.',
      'Поток 3 возвращает ответы вторичной ВМ в colo-compare на первичном хосте, который',
      'отдаёт ответ клиенту, как только ответы обеих сторон совпадут. Поток 4 пересылает',
      'запись на диск первичной ВМ по NBD на NBD-сервер и фильтр replication вторичного',
      'хоста, которые ведут активный и скрытый оверлейные диски. Потоки 2, 3 и 4 нарисованы',
      'пунктиром, потому что в QEMU 2.8.0 эти части уже есть, но цикл контрольных точек',
      'COLO ими ещё не управляет.',
    ],
    client: 'Клиент',
    requests: 'запросы',
    replies: 'ответы',
    primaryHost: 'Первичный хост',
    quorumDisk: ['quorum', 'диск'],
    primaryVm: ['Первичная ВМ', '(PVM)'],
    nbdClient: ['replication', 'NBD-клиент'],
    checkpoints: ['контрольные', 'точки COLO'],
    secondaryHost: 'Вторичный хост',
    nbdServer: ['NBD-сервер', '+ replication'],
    loadsState: ['COLO: приём', 'состояния'],
    overlayDisks: ['активный +', 'скрытый диск'],
    secondaryVm: ['Вторичная ВМ', '(SVM)'],
    legend: [
      'контрольная точка: миграция состояния PVM',
      'пакеты клиента зеркалируются на SVM',
      'ответы SVM обратно в colo-compare',
      'запись на диск PVM через NBD',
    ],
    dashed: 'пунктир: в 2.8.0 COLO ещё не управляет',
    caption: [
      'Схема COLO, описанная в docs/COLO-FT.txt и docs/colo-proxy.txt из QEMU. В 2.8.0',
      'связаны между собой только поток контрольных точек (1) и ручное переключение на',
      'вторичную ВМ (failover); объекты сетевого прокси (2, 3) и репликации дисков (4)',
      'существуют, но цикл контрольных точек ими ещё не управляет, а вторичная ВМ между',
      'контрольными точками остаётся на паузе.',
    ],
  },
} as const satisfies { en: ColoText } & Partial<Record<Locale, ColoText>>;

function figure(t: ColoText): string {
  return svgFigure('colo-diagram', '0 0 420 724', t, `
    <defs>
      <marker
        id="colo-arrow"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)"></path>
      </marker>
      <marker
        id="colo-arrow-accent"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" fill="var(--accent)"></path>
      </marker>
    </defs>

    <!-- Client -->
    <rect x="154" y="8" width="250" height="36" rx="6" fill="var(--surface)" stroke="var(--fg)"></rect>
    <text x="279" y="31" text-anchor="middle" fill="var(--fg)">${t.client}</text>

    <line x1="210" y1="44" x2="210" y2="122" stroke="var(--fg)" stroke-width="1.5" marker-end="url(#colo-arrow)"></line>
    <text x="202" y="72" text-anchor="end" fill="var(--muted)">${t.requests}</text>
    <line x1="348" y1="124" x2="348" y2="46" stroke="var(--fg)" stroke-width="1.5" marker-end="url(#colo-arrow)"></line>
    <text x="340" y="72" text-anchor="end" fill="var(--muted)">${t.replies}</text>

    <!-- Primary host -->
    <rect x="6" y="92" width="408" height="196" rx="8" fill="none" stroke="var(--fg)" stroke-width="1.5"></rect>
    <text x="16" y="112" font-weight="bold" fill="var(--fg)">${t.primaryHost}</text>

    <rect x="16" y="124" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)"></rect>
    <text x="72" y="144" text-anchor="middle" fill="var(--fg)">${t.quorumDisk[0]}</text>
    <text x="72" y="162" text-anchor="middle" fill="var(--fg)">${t.quorumDisk[1]}</text>

    <rect x="154" y="124" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--accent)" stroke-width="2"></rect>
    <text x="210" y="144" text-anchor="middle" fill="var(--fg)">${t.primaryVm[0]}</text>
    <text x="210" y="162" text-anchor="middle" fill="var(--fg)">${t.primaryVm[1]}</text>

    <rect x="292" y="124" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)"></rect>
    <text x="348" y="153" text-anchor="middle" fill="var(--fg)">colo-compare</text>

    <rect x="16" y="228" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)" stroke-dasharray="5 3"></rect>
    <text x="72" y="248" text-anchor="middle" fill="var(--fg)">${t.nbdClient[0]}</text>
    <text x="72" y="266" text-anchor="middle" fill="var(--fg)">${t.nbdClient[1]}</text>

    <rect x="154" y="228" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--accent)" stroke-width="2"></rect>
    <text x="210" y="248" text-anchor="middle" fill="var(--fg)">${t.checkpoints[0]}</text>
    <text x="210" y="266" text-anchor="middle" fill="var(--fg)">${t.checkpoints[1]}</text>

    <rect x="292" y="228" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)" stroke-dasharray="5 3"></rect>
    <text x="348" y="248" text-anchor="middle" fill="var(--fg)">filter-mirror</text>
    <text x="348" y="266" text-anchor="middle" fill="var(--fg)">+ redirector</text>

    <!-- Primary host: internal flows -->
    <line x1="154" y1="148" x2="130" y2="148" stroke="var(--fg)" stroke-width="1.5" marker-end="url(#colo-arrow)"></line>
    <line x1="266" y1="148" x2="290" y2="148" stroke="var(--fg)" stroke-width="1.5" marker-end="url(#colo-arrow)"></line>
    <line x1="72" y1="172" x2="72" y2="226" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>
    <line x1="210" y1="172" x2="210" y2="226" stroke="var(--accent)" stroke-width="1.5" marker-end="url(#colo-arrow-accent)"></line>
    <line x1="348" y1="228" x2="348" y2="174" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>

    <!-- Flows between the hosts -->
    <line x1="72" y1="276" x2="72" y2="426" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>
    <line x1="210" y1="276" x2="210" y2="426" stroke="var(--accent)" stroke-width="2.5" marker-end="url(#colo-arrow-accent)"></line>
    <line x1="318" y1="276" x2="318" y2="426" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>
    <line x1="384" y1="428" x2="384" y2="278" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>

    <circle cx="72" cy="344" r="11" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="72" y="349" text-anchor="middle" fill="var(--fg)">4</text>
    <circle cx="210" cy="344" r="11" fill="var(--bg)" stroke="var(--accent)" stroke-width="2"></circle>
    <text x="210" y="349" text-anchor="middle" fill="var(--fg)">1</text>
    <circle cx="318" cy="344" r="11" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="318" y="349" text-anchor="middle" fill="var(--fg)">2</text>
    <circle cx="384" cy="344" r="11" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="384" y="349" text-anchor="middle" fill="var(--fg)">3</text>

    <!-- Secondary host -->
    <rect x="6" y="396" width="408" height="196" rx="8" fill="none" stroke="var(--fg)" stroke-width="1.5"></rect>
    <text x="404" y="576" text-anchor="end" font-weight="bold" fill="var(--fg)">${t.secondaryHost}</text>

    <rect x="16" y="428" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)" stroke-dasharray="5 3"></rect>
    <text x="72" y="448" text-anchor="middle" fill="var(--fg)">${t.nbdServer[0]}</text>
    <text x="72" y="466" text-anchor="middle" fill="var(--fg)">${t.nbdServer[1]}</text>

    <rect x="154" y="428" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--accent)" stroke-width="2"></rect>
    <text x="210" y="448" text-anchor="middle" fill="var(--fg)">${t.loadsState[0]}</text>
    <text x="210" y="466" text-anchor="middle" fill="var(--fg)">${t.loadsState[1]}</text>

    <rect x="292" y="428" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)" stroke-dasharray="5 3"></rect>
    <text x="348" y="448" text-anchor="middle" fill="var(--fg)">redirector</text>
    <text x="348" y="466" text-anchor="middle" fill="var(--fg)">+ rewriter</text>

    <rect x="16" y="532" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--fg)" stroke-dasharray="5 3"></rect>
    <text x="72" y="552" text-anchor="middle" fill="var(--fg)">${t.overlayDisks[0]}</text>
    <text x="72" y="570" text-anchor="middle" fill="var(--fg)">${t.overlayDisks[1]}</text>

    <rect x="154" y="532" width="112" height="48" rx="4" fill="var(--surface)" stroke="var(--accent)" stroke-width="2"></rect>
    <text x="210" y="552" text-anchor="middle" fill="var(--fg)">${t.secondaryVm[0]}</text>
    <text x="210" y="570" text-anchor="middle" fill="var(--fg)">${t.secondaryVm[1]}</text>

    <!-- Secondary host: internal flows -->
    <line x1="72" y1="476" x2="72" y2="530" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#colo-arrow)"></line>
    <line x1="210" y1="476" x2="210" y2="530" stroke="var(--accent)" stroke-width="1.5" marker-end="url(#colo-arrow-accent)"></line>
    <polyline points="268,546 348,546 348,478" fill="none" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3" marker-start="url(#colo-arrow)" marker-end="url(#colo-arrow)"></polyline>

    <!-- Legend -->
    <circle cx="26" cy="615" r="9" fill="var(--bg)" stroke="var(--accent)" stroke-width="2"></circle>
    <text x="26" y="620" text-anchor="middle" font-size="12" fill="var(--fg)">1</text>
    <text x="44" y="620" fill="var(--fg)">${t.legend[0]}</text>
    <circle cx="26" cy="637" r="9" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="26" y="642" text-anchor="middle" font-size="12" fill="var(--fg)">2</text>
    <text x="44" y="642" fill="var(--fg)">${t.legend[1]}</text>
    <circle cx="26" cy="659" r="9" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="26" y="664" text-anchor="middle" font-size="12" fill="var(--fg)">3</text>
    <text x="44" y="664" fill="var(--fg)">${t.legend[2]}</text>
    <circle cx="26" cy="681" r="9" fill="var(--bg)" stroke="var(--fg)"></circle>
    <text x="26" y="686" text-anchor="middle" font-size="12" fill="var(--fg)">4</text>
    <text x="44" y="686" fill="var(--fg)">${t.legend[3]}</text>
    <line x1="14" y1="705" x2="38" y2="705" stroke="var(--fg)" stroke-width="1.5" stroke-dasharray="5 3"></line>
    <text x="44" y="710" fill="var(--muted)">${t.dashed}</text>`);
}

/**
 * The figure in each language it is written in, printed once; an edition without its own text
 * shows the English figure (its pages show English until translated, too).
 */
const FIGURES: Readonly<Partial<Record<Locale, string>>> = Object.fromEntries(Object.entries(TEXT).map(([locale, text]) => [locale, figure(text)]));

/** `locale` is the page's edition; English when not given (the Markdown copies read the English). */
/** `<ColoDiagram />` takes no props: the figure is the same on every page. */
export const coloDiagramProps = z.strictObject({});

export const coloDiagramHtml = ((props, _children, locale: Locale = DEFAULT_LOCALE) => {
  parseProps('ColoDiagram', coloDiagramProps, props);
  return FIGURES[locale] ?? FIGURES.en!;
}) satisfies MdxHtmlComponent;
