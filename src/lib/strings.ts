/**
 * Every string the site's chrome shows, in one place, so the planned Russian edition is a second
 * table of the same shape (`satisfies UiStrings`) rather than a hunt through components.
 */
import type { Category, Status } from './vocabulary.ts';
import { toLocale, type Locale } from './i18n.ts';
import { formatCount, pluralForm, type Plural } from './plural.ts';

export type { Plural };

export const en = {
  lang: 'en',
  siteName: 'QEMU 2.8 features',
  skipToContent: 'Skip to content',
  home: 'Overview',
  search: 'Search',
  searchShortcut: 'Search (press / or Ctrl+K)',
  architectures: 'Architectures',
  onThisPage: 'On this page',
  related: 'Related features',
  references: 'References in the QEMU 2.8.0 source',
  /** `{section}` is the heading's text (src/markdown/heading-anchors.ts, SectionAnchor.astro). */
  sectionLink: 'Section link: {section}',
  // Holds the visible label, copyLinkShort (WCAG 2.5.3: a speech user says what the button shows).
  copySectionLink: 'Copy link to the section {section}',
  /** The navigation of a feature page: its category's features and the list of categories. */
  featureNav: {
    label: 'Features',
    toggle: 'Browse features',
    categories: 'Categories',
    /** Shown when a category has more features than the navigation lists. */
    allInCategory: 'All {count} in {category}',
  },
  editPage: 'Edit this page',
  /** `{date}` is the date of the last commit that changed the page's source file. */
  lastChanged: 'Last changed on {date}',
  previous: 'Previous',
  next: 'Next',
  inCategory: 'in',
  appliesTo: 'Applies to',
  allArchitectures: 'all architectures',
  specificFeatures: 'Features specific to this architecture',
  crossFeatures: 'Features for every architecture that also apply here',
  noSpecificFeatures: 'No 2.8 item is specific to this architecture.',
  binaries: 'Binaries',
  machines: 'Main machine types',
  copy: 'Copy',
  copied: 'Copied',
  /** On a copy button when the browser refused the clipboard, or the link menu could not load. */
  copyFailed: 'Copy failed',
  copyAria: 'Copy this code',
  linkToPage: 'Link to this page',
  linkMenuLabel: 'Copy a link',
  linkFormats: {
    url: 'URL',
    markdown: 'Markdown',
    mediawiki: 'MediaWiki',
    rst: 'reStructuredText',
  },
  linkCopied: 'Copied to the clipboard.',
  linkCopyFailed: 'Could not copy: the browser refused access to the clipboard.',
  /** The label an <Aside type="…"> shows above its text (src/components/mdx/aside.ts). */
  asides: {
    note: 'Note',
    tip: 'Tip',
    caution: 'Caution',
  },
  movedTo: 'This page is now at',
  matrix: 'Matrix',
  matrixTitle: 'Features by architecture',
  matrixDescription: 'Which QEMU 2.8 items apply to which guest architecture: ✓ where an item applies. The names link to the feature and architecture pages.',
  matrixCaption: 'QEMU 2.8 features (rows) by architecture family (columns)',
  matrixFeature: 'Feature',
  /** Index pages at scale (src/lib/listing.ts): a section links to its full list, which comes in pages. */
  listing: {
    allInCategory: { other: 'All {count} items in {category}' } as Plural,
    allSpecific: { other: 'All {count} features specific to {arch}' } as Plural,
    allCross: { other: 'All {count} features for every architecture' } as Plural,
    categoryDescription: 'Every QEMU 2.8 item in the category {category}.',
    specificTitle: 'Features specific to {arch}',
    specificDescription: 'Every QEMU 2.8 item written for the {arch} architecture.',
    crossTitle: 'Features for every architecture',
    crossDescription: 'Every QEMU 2.8 item that does not depend on the guest architecture.',
    /** Appended to the title of page 2 and later, so each page of a list has a title of its own. */
    pageOfTitle: '{title}, page {page} of {last}',
    range: 'Items {start}–{end} of {total}.',
    pages: 'Pages',
    page: 'Page {page}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
  },
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved: try the overview or a search.',
  footer: 'Documentation of the QEMU 2.8 release, checked against the QEMU 2.8.0 source.',
  categories: {
    reliability: 'Reliability',
    devices: 'Devices',
    storage: 'Storage and block layer',
    display: 'Display',
    cpu: 'CPU models',
    machines: 'Machines and boards',
    tools: 'Tools',
    removals: 'Removals',
  } satisfies Record<Category, string>,
  statuses: {
    new: 'New',
    improved: 'Improved',
    removed: 'Removed',
  } satisfies Record<Status, string>,
  /** The search dialog, the search page and their announcements. `{name}` marks a value filled in. */
  searchUi: {
    dialogLabel: 'Search the QEMU 2.8 features',
    inputLabel: 'Search for',
    placeholder: 'Feature, device, option, command…',
    close: 'Close',
    prompt: 'Type a name like vhost-vsock-pci or q35, or a question like fault tolerance.',
    loading: 'Loading search…',
    /** Chosen with Intl.PluralRules, so an edition can add the forms its language needs (few, many). */
    count: { one: '{count} result', other: '{count} results' } as Plural,
    none: 'No results. Try a shorter word, part of a name, or fewer filters.',
    /**
     * Beside a result of another edition's search that is a page without a translation: its text is
     * in English (found through the English index, src/scripts/search-core.ts). Unused in English.
     */
    inEnglish: 'in English',
    /**
     * When a word is not a name of the site but close to one: `{status}` is the count or
     * `noneBrief`, `{query}` the suggested query, shown as a button that searches for it.
     */
    didYouMean: '{status}. Did you mean {query}?',
    /**
     * When the typed query found nothing or only loose matches and the suggestion's results are
     * shown: `{query}` the suggestion searched, `{typed}` what was typed, a button that searches for
     * it as typed.
     */
    showingFor: '{status}. Showing results for {query} · Search instead for {typed}',
    /** "No results" before a suggestion, which replaces the advice of `none`. */
    noneBrief: 'No results',
    error: 'Search could not be loaded. Browse the overview or the architecture pages instead.',
    allResults: 'All results, with filters',
    keysHint: '↓ ↑ to move, Enter to open, Esc to close',
    pageTitle: 'Search',
    pageDescription: 'Search every QEMU 2.8 feature page by name, option, device, property or command.',
    /** `{overview}` and `{architectures}` become links to those pages. */
    needsJs: 'Search needs JavaScript. Browse the {overview} or the {architectures} instead.',
    overviewLink: 'overview',
    architecturesLink: 'architecture pages',
    filters: 'Filters',
    filterArch: 'Architecture',
    filterCategory: 'Category',
    filterStatus: 'Status',
    filterAny: 'Any',
    submit: 'Search',
    more: 'Show more results',
    pageKind: 'Architecture',
  },
  /** The overview (home page): its introduction, with the release announcement's figures. */
  overview: {
    title: 'QEMU 2.8: what is new',
    description: 'What QEMU 2.8 added, changed and removed: every item of the release, checked against the 2.8.0 source, with working examples.',
    intro: [
      "QEMU is a machine emulator and virtualizer. As an emulator it runs software built for one architecture on a machine of another, for example an ARM program or operating system on an x86 PC, by translating instructions (TCG). As a virtualizer it runs the guest's code directly on the host CPU with KVM or Xen, at close to native speed.",
      'These pages explain each item of the 2.8 release: what it is, how to use it, what it needs and what it does not do yet. Where the release announcement and the 2.8.0 source disagree, the pages follow the source.',
    ],
    figuresNote: 'The release announcement gives these figures:',
    /** `{value}` is the figure, set in bold. */
    figures: ['{value} changes', '{value} contributors', '{value} architectures emulated as whole systems', '{value} emulated devices'],
    /** `{count}` is the number of architecture families, `{binaries}` the name qemu-system-* in code. */
    figuresSource: {
      one: 'The announcement counts architectures its own way: the 2.8.0 source builds {count} family of {binaries} binaries, listed below.',
      other: 'The announcement counts architectures its own way: the 2.8.0 source builds {count} families of {binaries} binaries, listed below.',
    } as Plural,
  },
  /** The title of an architecture's page; `{name}` is the architecture. */
  architectureTitle: '{name} in QEMU 2.8',
  /** The accessible name of the header's navigation. */
  siteNavigation: 'Site',
  /** The visible label of a section's "copy link" button. */
  copyLinkShort: 'copy link',
  /** The language switcher: `{language}` is the other edition's name, in that language. */
  languageSwitch: 'Language',
  languageNames: { en: 'English', ru: 'Русский' },
  /** Open Graph's og:locale. */
  ogLocale: 'en_US',
  /**
   * Captions of the examples (src/lib/shiki-example-label.ts). `{…}` slots are filled with code
   * (`{command}`, `{output}`, `{file}`, `{line}`) or text (`{qemu}`, `{status}`, `{count}`, `{reason}`).
   */
  examples: {
    tested: 'Tested in CI with {qemu}: ',
    qmpMatched: 'each reply shown after <- matched what {command} answered',
    qemuExits: 'QEMU exits {status}',
    exits: 'exits {status}',
    prints: 'prints {output}',
    /** `{count}` is the file's size in bytes, its digits grouped as the language groups them. */
    creates: { one: 'creates {file} ({count} byte)', other: 'creates {file} ({count} bytes)' } as Plural,
    thenSucceeds: 'then {command} succeeds',
    typed: ' Typed at the prompt: ',
    prepared: ' Prepared with: ',
    and: ' and ',
    notRun: 'Not run in tests: {reason}',
  },
  /** Notices of a translated edition (never shown on English pages). */
  translation: {
    /** A page that has no translation yet: its English text is shown. `{english}` links to the English page. */
    missing: 'This page has not been translated yet; its English text follows.',
    /** A translation older than the English page. */
    stale: 'The English page has changed since this translation was written: {english}.',
    englishLink: 'read the current English page',
  },
  /** The Markdown copy of each feature page and /llms.txt, written for tools and agents. */
  forTools: {
    category: 'Category',
    architectures: 'Architectures',
    status: 'Status',
    keywords: 'Keywords',
    webPage: 'Web page',
    diagram: 'Diagram',
    llmsSummary: 'One page per item of the QEMU 2.8 release (what it is, how to use it, requirements, limitations, where it applies), each checked against the QEMU 2.8.0 source, and an index per guest architecture.',
    llmsMarkdown: 'Each feature page links here to its Markdown copy: the page\'s URL followed by index.md.',
    llmsMore: 'More',
    featuresJson: 'Every feature with its URLs and section anchors, as JSON',
  },
};

export type UiStrings = typeof en;

/**
 * The Russian edition. Terms follow what Russian virtualisation engineers write; names a reader
 * types (QEMU, qemu-system-*, option names) stay as they are. Terms of the site: «возможность» for a
 * feature, «изменение» for an item of the release, «категория» for a feature category («раздел» is
 * a section of a page), «выпуск», «исходный код», «исполняемый файл».
 *
 * Typeset as the Russian pages are (src/markdown/typography.ts): the `\u00A0` are where Typograf's
 * rules put no-break spaces, and tests/unit/strings-typography.test.ts fails, with the string to
 * write, on one they would still change. Counts are filled in by `fill` (Intl.PluralRules and
 * Intl.NumberFormat, src/lib/plural.ts).
 */
export const ru = {
  lang: 'ru',
  siteName: 'QEMU 2.8: что нового',
  skipToContent: 'Перейти к\u00A0содержимому',
  home: 'Обзор',
  search: 'Поиск',
  searchShortcut: 'Поиск (клавиша / или\u00A0Ctrl+K)',
  architectures: 'Архитектуры',
  onThisPage: 'На\u00A0этой странице',
  related: 'Связанные возможности',
  references: 'Ссылки на\u00A0исходный код QEMU 2.8.0',
  sectionLink: 'Ссылка на\u00A0раздел: {section}',
  copySectionLink: 'Скопировать ссылку на\u00A0раздел {section}',
  featureNav: {
    label: 'Возможности',
    toggle: 'Все возможности',
    categories: 'Категории',
    allInCategory: 'Все возможности категории «{category}» ({count})',
  },
  editPage: 'Редактировать страницу',
  lastChanged: 'Последнее изменение: {date}',
  previous: 'Назад',
  next: 'Далее',
  inCategory: '—',
  // The header reads «Архитектуры: все» or «Архитектуры: x86 ARM»: a noun before the colon, which
  // agrees with every list after it (review of the Russian edition, 5.1).
  appliesTo: 'Архитектуры',
  allArchitectures: 'все',
  specificFeatures: 'Возможности только для\u00A0этой архитектуры',
  crossFeatures: 'Общие возможности, которые действуют и\u00A0здесь',
  noSpecificFeatures: 'В\u00A02.8 нет изменений только для\u00A0этой архитектуры.',
  binaries: 'Исполняемые файлы',
  machines: 'Основные типы машин',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFailed: 'Не\u00A0скопировано',
  // The accessible name holds the visible label, so a reader who says «Копировать» reaches the button (WCAG 2.5.3).
  copyAria: 'Копировать код',
  linkToPage: 'Ссылка на\u00A0страницу',
  linkMenuLabel: 'Скопировать ссылку',
  linkFormats: {
    url: 'URL',
    markdown: 'Markdown',
    mediawiki: 'MediaWiki',
    rst: 'reStructuredText',
  },
  linkCopied: 'Скопировано в\u00A0буфер обмена.',
  linkCopyFailed: 'Не\u00A0удалось скопировать: браузер не\u00A0дал доступа к\u00A0буферу обмена.',
  asides: {
    note: 'Примечание',
    tip: 'Совет',
    caution: 'Внимание',
  },
  movedTo: 'Эта страница теперь находится по\u00A0адресу',
  matrix: 'Матрица',
  matrixTitle: 'Возможности по\u00A0архитектурам',
  matrixDescription: 'Какие изменения QEMU 2.8 относятся к\u00A0какой гостевой архитектуре: ✓ там, где изменение применимо. Названия ведут на\u00A0страницы возможностей и\u00A0архитектур.',
  matrixCaption: 'Возможности QEMU 2.8 (строки) по\u00A0семействам архитектур (столбцы)',
  matrixFeature: 'Возможность',
  listing: {
    // «Все 21 изменение», «Все 22 изменения», «Все 25 изменений»: «все» agrees with the number, the noun with its last digits.
    allInCategory: { one: 'Все {count}\u00A0изменение в\u00A0категории «{category}»', few: 'Все {count}\u00A0изменения в\u00A0категории «{category}»', many: 'Все {count}\u00A0изменений в\u00A0категории «{category}»', other: 'Все {count}\u00A0изменения в\u00A0категории «{category}»' } as Plural,
    allSpecific: { one: 'Все {count}\u00A0возможность только для\u00A0{arch}', few: 'Все {count}\u00A0возможности только для\u00A0{arch}', many: 'Все {count}\u00A0возможностей только для\u00A0{arch}', other: 'Все {count}\u00A0возможности только для\u00A0{arch}' } as Plural,
    allCross: { one: 'Все {count}\u00A0возможность для\u00A0всех архитектур', few: 'Все {count}\u00A0возможности для\u00A0всех архитектур', many: 'Все {count}\u00A0возможностей для\u00A0всех архитектур', other: 'Все {count}\u00A0возможности для\u00A0всех архитектур' } as Plural,
    categoryDescription: 'Все изменения QEMU 2.8 в\u00A0категории «{category}».',
    specificTitle: 'Возможности только для\u00A0{arch}',
    specificDescription: 'Все изменения QEMU 2.8, сделанные для\u00A0архитектуры {arch}.',
    crossTitle: 'Возможности для\u00A0всех архитектур',
    crossDescription: 'Все изменения QEMU 2.8, которые не\u00A0зависят от\u00A0гостевой архитектуры.',
    pageOfTitle: '{title}, страница {page}\u00A0из\u00A0{last}',
    range: 'Изменения {start}–{end} из\u00A0{total}.',
    pages: 'Страницы',
    page: 'Страница\u00A0{page}',
    previousPage: 'Предыдущая страница',
    nextPage: 'Следующая страница',
  },
  notFoundTitle: 'Страница не\u00A0найдена',
  notFoundBody: 'По\u00A0этому адресу страницы\u00A0нет. Возможно, она переехала: загляните в\u00A0обзор или\u00A0воспользуйтесь поиском.',
  footer: 'Документация к\u00A0выпуску QEMU 2.8, сверенная с\u00A0исходным кодом QEMU 2.8.0.',
  categories: {
    reliability: 'Надёжность',
    devices: 'Устройства',
    storage: 'Хранилище и\u00A0блочный уровень',
    display: 'Графика',
    cpu: 'Модели процессоров',
    machines: 'Машины и\u00A0платы',
    tools: 'Утилиты',
    // Not «Удалено»: that is the status `removed`, and a removal's header shows both.
    removals: 'Удалённые возможности',
  } satisfies Record<Category, string>,
  statuses: {
    new: 'Новое',
    improved: 'Улучшено',
    removed: 'Удалено',
  } satisfies Record<Status, string>,
  searchUi: {
    dialogLabel: 'Поиск по\u00A0возможностям QEMU 2.8',
    inputLabel: 'Что искать',
    placeholder: 'Возможность, устройство, опция, команда…',
    close: 'Закрыть',
    prompt: 'Введите имя, например vhost-vsock-pci или\u00A0q35, или\u00A0тему, например «отказоустойчивость».',
    loading: 'Загрузка поиска…',
    count: { one: '{count}\u00A0результат', few: '{count}\u00A0результата', many: '{count}\u00A0результатов', other: '{count}\u00A0результата' } as Plural,
    none: 'Ничего не\u00A0найдено. Попробуйте более короткое слово, часть имени или\u00A0меньше фильтров.',
    didYouMean: '{status}. Возможно, вы\u00A0искали {query}?',
    showingFor: '{status}. Показаны результаты по\u00A0запросу {query} · Искать вместо этого {typed}',
    noneBrief: 'Ничего не\u00A0найдено',
    inEnglish: 'на\u00A0английском',
    error: 'Не\u00A0удалось загрузить поиск. Откройте обзор или\u00A0страницы архитектур.',
    allResults: 'Все результаты, с\u00A0фильтрами',
    keysHint: '↓ ↑\u00A0— выбор, Enter\u00A0— открыть, Esc\u00A0— закрыть',
    pageTitle: 'Поиск',
    pageDescription: 'Поиск по\u00A0всем страницам о\u00A0возможностях QEMU 2.8: по\u00A0имени, опции, устройству, свойству или\u00A0команде.',
    needsJs: 'Для\u00A0поиска нужен JavaScript. Откройте {overview} или\u00A0{architectures}.',
    overviewLink: 'обзор',
    architecturesLink: 'страницы архитектур',
    filters: 'Фильтры',
    filterArch: 'Архитектура',
    filterCategory: 'Категория',
    filterStatus: 'Статус',
    // The first option of every filter, «Архитектура» (feminine) included: «Все» fits any gender.
    filterAny: 'Все',
    submit: 'Найти',
    more: 'Показать ещё',
    pageKind: 'Архитектура',
  },
  overview: {
    title: 'QEMU 2.8: что нового',
    description: 'Что QEMU 2.8 добавил, изменил и\u00A0удалил: каждое изменение выпуска, сверенное с\u00A0исходным кодом 2.8.0, с\u00A0работающими примерами.',
    intro: [
      'QEMU\u00A0— эмулятор и\u00A0средство виртуализации. Как\u00A0эмулятор он\u00A0запускает программы, собранные для\u00A0одной архитектуры, на\u00A0машине другой\u00A0— например, программу или\u00A0ОС\u00A0для\u00A0ARM на\u00A0обычном x86-компьютере, транслируя инструкции (TCG). Как\u00A0средство виртуализации он\u00A0выполняет код гостя прямо на\u00A0процессоре хоста через KVM или\u00A0Xen, со\u00A0скоростью, близкой к\u00A0нативной.',
      'Здесь разобрано каждое изменение выпуска 2.8: что это, как\u00A0этим пользоваться, что для\u00A0этого нужно и\u00A0чего в\u00A0нём пока\u00A0нет. Где анонс выпуска расходится с\u00A0исходным кодом 2.8.0, страницы следуют коду.',
    ],
    figuresNote: 'Анонс выпуска приводит такие цифры:',
    figures: ['{value}\u00A0изменений', '{value}\u00A0участник', '{value}\u00A0архитектур, эмулируемых целиком', '{value}\u00A0эмулируемых устройств'],
    figuresSource: {
      one: 'Архитектуры анонс считает по-своему: из\u00A0исходного кода 2.8.0 собирается {count}\u00A0семейство исполняемых файлов {binaries}, список ниже.',
      few: 'Архитектуры анонс считает по-своему: из\u00A0исходного кода 2.8.0 собираются {count}\u00A0семейства исполняемых файлов {binaries}, список ниже.',
      many: 'Архитектуры анонс считает по-своему: из\u00A0исходного кода 2.8.0 собирается {count}\u00A0семейств исполняемых файлов {binaries}, список ниже.',
      other: 'Архитектуры анонс считает по-своему: из\u00A0исходного кода 2.8.0 собирается {count}\u00A0семейства исполняемых файлов {binaries}, список ниже.',
    } as Plural,
  },
  architectureTitle: '{name} в\u00A0QEMU 2.8',
  siteNavigation: 'Сайт',
  copyLinkShort: 'скопировать ссылку',
  languageSwitch: 'Язык',
  languageNames: { en: 'English', ru: 'Русский' },
  ogLocale: 'ru_RU',
  examples: {
    tested: 'Проверено в\u00A0CI\u00A0на\u00A0{qemu}: ',
    qmpMatched: 'каждый ответ после <- совпал с\u00A0тем, что ответил {command}',
    qemuExits: 'QEMU завершается с\u00A0кодом\u00A0{status}',
    exits: 'завершается с\u00A0кодом\u00A0{status}',
    prints: 'выводит {output}',
    creates: { one: 'создаёт {file} ({count} байт)', few: 'создаёт {file} ({count} байта)', many: 'создаёт {file} ({count} байт)', other: 'создаёт {file} ({count} байта)' } as Plural,
    thenSucceeds: 'затем {command} выполняется успешно',
    typed: ' Ввод в\u00A0приглашении: ',
    prepared: ' Подготовка: ',
    and: ' и\u00A0',
    notRun: 'В\u00A0тестах не\u00A0запускается: {reason}',
  },
  translation: {
    missing: 'Эта страница ещё не\u00A0переведена, ниже\u00A0— английский текст.',
    stale: 'Английская страница изменилась после того, как\u00A0был сделан этот перевод: {english}.',
    englishLink: 'откройте актуальную английскую версию',
  },
  forTools: {
    category: 'Категория',
    architectures: 'Архитектуры',
    status: 'Статус',
    keywords: 'Ключевые слова',
    webPage: 'Веб-страница',
    diagram: 'Схема',
    llmsSummary: 'По\u00A0странице на\u00A0каждое изменение выпуска QEMU 2.8 (что это, как\u00A0использовать, требования, ограничения, где применимо), каждая сверена с\u00A0исходным кодом QEMU 2.8.0, и\u00A0указатель по\u00A0гостевым архитектурам.',
    llmsMarkdown: 'Каждая страница возможности ссылается на\u00A0свою копию в\u00A0Markdown: адрес страницы плюс index.md.',
    llmsMore: 'Ещё',
    featuresJson: 'Все возможности с\u00A0их\u00A0адресами и\u00A0якорями разделов, в\u00A0JSON',
  },
} satisfies UiStrings;

const EDITIONS: Record<Locale, UiStrings> = { en, ru };

/** The strings of one edition: `t(Astro.currentLocale)` in a component, `t(locale)` elsewhere. */
export function t(locale: string | undefined): UiStrings {
  return EDITIONS[toLocale(locale)];
}

/**
 * Fills `{name}` slots in a UI string. With a plural form, `{count}` is the number in the edition's
 * digit grouping and Intl.PluralRules picks the form.
 * @example fill('Page {page} of {last}', { page: 2, last: 9 }) // → 'Page 2 of 9'
 */
export function fill(template: string | Plural, values: Record<string, string | number>, lang: string): string {
  const count = values['count'];
  const text = typeof template === 'string' ? template : typeof count === 'number' ? pluralForm(template, count, lang) : template.other;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? formatCount(value, lang) : value;
  });
}
