/**
 * The Russian edition's glossary: one concept per entry, the term to write and the variants to
 * avoid in prose. The build refuses a Russian page whose prose uses a variant, naming file, line and
 * the preferred term (src/translations/glossary-check.ts); how variants are written and matched, and
 * what counts as a quotation or a gloss rather than prose: src/lib/glossary-match.ts.
 *
 * Started from the terminology table of the 2026-12-06 review of the Russian edition. Code, option
 * and property names, commands and the `keywords` of a page (words readers type into search, where
 * a colloquial variant helps them) are never checked.
 */
import { validateGlossary, type GlossaryEntry } from './glossary-match.ts';

export const GLOSSARY_RU: readonly GlossaryEntry[] = [
  {
    english: 'binary',
    preferred: 'исполняемый файл',
    avoid: ['бинарник*'],
    note: 'In running text «эмулятор» (qemu-system-*) or «утилита» (qemu-img) reads better still.',
  },
  { english: 'release', preferred: 'выпуск', avoid: ['релиз*'] },
  {
    english: 'the release news',
    preferred: 'новость о выпуске',
    avoid: ['новост{ях,ей,ям,ями} о выпуске'],
    note: 'One news item (opennet, opennews 45736): singular. «Новости о выпуске» is left alone, as it is also the genitive singular.',
  },
  { english: 'device tree', preferred: 'дерево устройств', avoid: ['device tree*'], note: 'At first mention «дерево устройств (device tree)»; a DTB is «файл дерева устройств (DTB)».' },
  {
    english: 'backup',
    preferred: 'резервное копирование, резервная копия',
    avoid: ['бэкап*', 'бекап*'],
    note: 'A "live" backup is one of a running VM: «резервная копия работающей ВМ».',
  },
  {
    english: 'point-in-time copy',
    preferred: 'копия на момент…',
    avoid: [],
    note: 'Not «снимок»: in QEMU that is a snapshot (savevm, blockdev-snapshot-sync), a different feature. Not checked, since «снимок» is right for a snapshot.',
  },
  { english: 'hot-plug', preferred: 'горячее подключение', avoid: ['hotplug', 'hot-plug', 'hot plug'] },
  { english: 'hot-add', preferred: 'горячее добавление', avoid: ['hot-add', 'hot add', 'hotadd'] },
  { english: 'hot-unplug', preferred: 'горячее отключение', avoid: ['горяч* извлечени*', 'hot-unplug', 'hot unplug'] },
  {
    english: 'unplug (Xen)',
    preferred: 'отключение',
    avoid: ['unplug'],
    allow: ['{порт,порта,порту,портом,порте} unplug', '{протокол,протокола,протоколу,протоколом,протоколе} unplug'],
    note: 'At first mention «отключение (unplug)»; «unplug» stays only as the name of the port or protocol.',
  },
  { english: 'alias', preferred: 'псевдоним', avoid: ['алиас*'] },
  { english: 'timeout', preferred: 'тайм-аут', avoid: ['таймаут*'] },
  { english: 'source code', preferred: 'исходный код', avoid: ['исходник*'] },
  {
    english: 'RAM',
    preferred: 'оперативная память (ОЗУ)',
    avoid: ['RAM'],
    allow: ['RAM-диск*'],
    note: '«ОЗУ» is the short form of the same term.',
  },
  {
    english: 'CPU (in prose)',
    preferred: 'процессор',
    avoid: ['CPU'],
    allow: ['CPU #', 'vCPU'],
    note: '«CPU» stays in identifiers: «CPU 0», vCPU.',
  },
  {
    english: 'migration capability',
    preferred: 'возможность миграции',
    avoid: ['capability', 'capabilities'],
    note: 'At first mention «возможность миграции (capability) `x-colo`», then «возможность».',
  },
  { english: 'backing file', preferred: 'базовый образ', avoid: ['backing-файл*', 'backing file*'], note: 'At first mention «базовый образ (backing file)».' },
  {
    english: 'overlay',
    preferred: 'оверлей',
    avoid: [],
    note: 'Acceptable once explained («надстроенный образ, overlay»). Nothing to check.',
  },
  {
    english: 'watchdog',
    preferred: 'сторожевой таймер',
    avoid: ['watchdog'],
    note: 'At first mention «сторожевой таймер (watchdog)».',
  },
  { english: 'to log', preferred: 'записывать в журнал, журналирование', avoid: ['логир*', 'логгир*', 'залогир*'] },
  { english: 'evaluation board, development board', preferred: 'отладочная плата', avoid: ['оценочн*'] },
  {
    english: 'SoC',
    preferred: 'SoC (мужской род, как «чип»), система на кристалле',
    avoid: ['{новая,новой,новую,эта,этой,эту,каждая,каждой,каждую,одна,одной,одну,полная,полной,полную} SoC'],
    note: 'Only feminine agreement before «SoC» is checked.',
  },
  {
    english: 'target (platform)',
    preferred: 'целевая платформа, целевая архитектура',
    avoid: ['{MIPS,ARM,AArch64,PowerPC,PPC,x86,SPARC,s390x}-цел*', 'цел{ь,и,ей} {MIPS,ARM,AArch64,PowerPC,PPC,x86,SPARC,s390x}'],
    note: '«Цель» only for the target of a backup.',
  },
  {
    english: 'Extended Interrupt Mode',
    preferred: 'расширенный режим прерываний',
    avoid: ['Extended Interrupt Mode'],
    note: 'At first mention «расширенный режим прерываний (Extended Interrupt Mode, EIM)», then «EIM».',
  },
  { english: 'toolstack (Xen)', preferred: 'инструментарий Xen', avoid: ['тулстек*', 'тулстэк*'], note: 'At first mention «инструментарий Xen (toolstack)».' },
  { english: 'toolchain', preferred: 'набор инструментов', avoid: ['тулчейн*', 'тулчен*'], note: 'Or simply «компилятор».' },
  { english: 'linked with', preferred: 'скомпонован с, собран с', avoid: ['слинков*', 'прилинков*'] },
  {
    english: 'hardware',
    preferred: 'оборудование',
    avoid: ['желез{о,а,у,е,ом}'],
    allow: ['{голое,голого,голому,голом} желез*'],
    note: 'The idiom на «голом железе» (bare metal) may stay.',
  },
  { english: 'management software', preferred: 'система управления', avoid: ['сло{й,я,ю,ем,е} управления'] },
  { english: 'native speed', preferred: 'со скоростью, близкой к нативной', avoid: ['родн* скорост*'] },
  {
    english: 'feature category (interface)',
    preferred: 'категория',
    avoid: [],
    note: 'Not «раздел», which is a section of a page. Not checked: «раздел» is right for a section.',
  },
  {
    english: 'item of the release (interface)',
    preferred: 'возможность (a feature page), изменение (an item of the release)',
    avoid: [],
    note: 'Not «запись». Not checked: «запись» is right for a write or a journal entry.',
  },
  { english: 'reference design', preferred: 'эталонный проект', avoid: ['референсн*'], note: 'At first mention «эталонный проект (reference design)».' },
  { english: 'crypto accelerator', preferred: 'криптоускоритель', avoid: ['криптоакселератор*'] },
  { english: 'grain (VMDK)', preferred: 'блок', avoid: ['grain', "grain'*", 'grains'], note: 'At first mention «блоки (grains)».' },
  { english: 'render node (DRM)', preferred: 'узел рендеринга', avoid: ['render node*'], note: 'At first mention «узел рендеринга DRM (render node)».' },
  { english: 'scanout', preferred: 'выводимый кадр', avoid: ['scanout*'], note: 'At first mention «выводимый кадр (scanout)».' },
  { english: 'firewall', preferred: 'межсетевой экран', avoid: ['файрвол*', 'фаервол*', 'файервол*'] },
  { english: 'invalidation', preferred: 'аннулирование', avoid: ['инвалидаци*'] },
  { english: 'timings', preferred: 'временные характеристики', avoid: ['тайминг*'] },
  { english: 'Unix (adjective)', preferred: 'Unix', avoid: ['юниксов*'], note: '«утилита Unix `dd`».' },
  { english: 'handheld (PDA)', preferred: 'карманный компьютер (КПК)', avoid: ['наладонник*'] },
  { english: 'runtime part (firmware)', preferred: 'резидентная часть', avoid: ['runtime-част*'], note: 'At first mention «резидентная (runtime) часть».' },
];

const errors = validateGlossary(GLOSSARY_RU);
if (errors.length > 0) throw new Error(`src/lib/glossary-ru.ts:\n  ${errors.join('\n  ')}`);
