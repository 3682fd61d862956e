import { describe, expect, test } from 'vitest';
import { compilePattern, findGlossaryVariants, glossaryMessage, glossaryProblemsInStrings, isVerbatimQuote, validateGlossary, type GlossaryEntry } from '../../src/lib/glossary-match.ts';
import { GLOSSARY_RU } from '../../src/lib/glossary-ru.ts';
import { checkGlossary, glossaryProblemsOfPage } from '../../src/translations/glossary-check.ts';

const BINARY: GlossaryEntry = { english: 'binary', preferred: 'исполняемый файл', avoid: ['бинарник*'] };
const RELEASE: GlossaryEntry = { english: 'release', preferred: 'выпуск', avoid: ['релиз{,а,е}'] };
const CPU: GlossaryEntry = { english: 'CPU', preferred: 'процессор', avoid: ['CPU'], allow: ['CPU #'] };
const HARDWARE: GlossaryEntry = { english: 'hardware', preferred: 'оборудование', avoid: ['желез{о,е}'], allow: ['голом железе'] };
const MANAGEMENT: GlossaryEntry = { english: 'management software', preferred: 'система управления', avoid: ['сло{й,ю} управления'] };
const GLOSSARY = [BINARY, RELEASE, CPU, HARDWARE, MANAGEMENT];
const NEWS = 'Представлен релиз проекта QEMU 2.8. Поддержка использования сжатия при создании live-бэкапов.';

/** The variants found in a text, as written. */
const found = (text: string, glossary: readonly GlossaryEntry[] = GLOSSARY) => findGlossaryVariants(text, glossary, NEWS).map((finding) => finding.found);

describe('word patterns', () => {
  test('a stem with "*" finds every inflected form', () => {
    expect(found('бинарник, бинарника, бинарниками, Бинарники')).toEqual(['бинарник', 'бинарника', 'бинарниками', 'Бинарники']);
  });
  test('a stem is matched from the start of a word, never inside one', () => {
    expect(found('пребинарник и небинарника')).toEqual([]);
  });
  test('listed endings find only those forms', () => {
    expect(found('релиз, релиза, релизе, релизный')).toEqual(['релиз', 'релиза', 'релизе']);
  });
  test('a phrase is found across a line break', () => {
    expect(found('сообщает\nслою\nуправления')).toEqual(['слою\nуправления']);
  });
  test('«ё» and «е» are one letter to the patterns', () => {
    const entry: GlossaryEntry = { english: 'x', preferred: 'y', avoid: ['ещё'] };
    expect(found('Еще раз', [entry])).toEqual(['Еще']);
  });
  test('a Latin word is not found inside a longer one, but is before a hyphen', () => {
    expect(found('vCPU и CPUID, CPU-флаг')).toEqual(['CPU']);
  });
  test('"#" stands for a number in an allowed phrase', () => {
    expect(found('запустить CPU 0 и CPU 12, а не CPU')).toEqual(['CPU']);
  });
  test('a malformed pattern is refused', () => {
    expect(() => compilePattern('релиз{а,е')).toThrow(/without its "}"/);
    expect(() => compilePattern('бин*арник')).toThrow(/"\*" ends a word/);
    expect(() => compilePattern('  ')).toThrow(/empty pattern/);
  });
});

describe('what is not a finding', () => {
  test('a verbatim quotation of the news is not checked', () => {
    expect(found('В новости сказано: «Представлен релиз проекта QEMU 2.8».')).toEqual([]);
  });
  test('a quotation of the news may leave words out at an ellipsis', () => {
    expect(isVerbatimQuote('представлен релиз… при создании live-бэкапов', NEWS)).toBe(true);
  });
  test('a quotation that is not the news word for word is checked, and the message says why', () => {
    const [finding] = findGlossaryVariants('В новости: «вышел релиз QEMU».', GLOSSARY, NEWS);
    expect(finding?.found).toBe('релиз');
    expect(glossaryMessage(finding!)).toMatch(/not the release news word for word/);
  });
  test('a quotation differing from the news in case (other than its first letter) is not verbatim', () => {
    expect(isVerbatimQuote('представлен РЕЛИЗ проекта', NEWS)).toBe(false);
  });
  test('a Latin variant in brackets is a gloss; a Cyrillic one is still found', () => {
    expect(found('процессор (CPU) и исполняемый файл (бинарник)')).toEqual(['бинарник']);
  });
  test('a Latin variant in «…» is English quoted as it is', () => {
    expect(found('ошибка «Unable to find sPAPR CPU Core definition»')).toEqual([]);
  });
  test('a Latin variant that continues an option or a name is not prose', () => {
    expect(found('модель -cpu host и файл cpu_model=x')).toEqual([]);
  });
  test('a phrase the entry allows keeps its variant', () => {
    expect(found('Linux на «голом железе», а не на железе платы')).toEqual(['железе']);
  });
});

describe('the glossary itself', () => {
  test('the Russian glossary is valid', () => {
    expect(validateGlossary(GLOSSARY_RU)).toEqual([]);
  });
  test('a concept listed twice is refused', () => {
    expect(validateGlossary([BINARY, { ...BINARY }])).toEqual(['"binary" is in the glossary twice: one entry per concept.']);
  });
  test('a variant that matches the preferred term is refused', () => {
    expect(validateGlossary([{ english: 'source code', preferred: 'исходный код', avoid: ['исходн*'] }])).toEqual(['"source code": the variant "исходн*" matches the preferred term «исходный код».']);
  });
  test('an entry without variants must say why in a note', () => {
    expect(validateGlossary([{ english: 'overlay', preferred: 'оверлей', avoid: [] }])).toEqual(['"overlay" has no variants to avoid: say in a note why the check cannot tell them.']);
  });
  test('a malformed pattern is named with its entry', () => {
    expect(validateGlossary([{ english: 'release', preferred: 'выпуск', avoid: ['релиз{а}'] }])).toEqual(['"release": "релиз{а}": a group lists at least two parts, separated by commas ("{,а,у}").']);
  });
});

describe('the check on pages', () => {
  const page = (body: string, frontmatter = 'title: "Заголовок"\nsummary: "Сводка"') => `---\n${frontmatter}\n---\n${body}`;
  const problems = (source: string, format: 'md' | 'mdx' = 'mdx') => glossaryProblemsOfPage('content/ru/features/a.mdx', source, format, GLOSSARY, NEWS).map((problem) => `${problem.file} ${problem.field}: ${problem.message.replace(/\).*$/s, ')')}`);

  test('a variant in a paragraph is reported with its line and the preferred term', () => {
    expect(problems(page('Первая строка и\nвторой бинарник.\n'))).toEqual(['content/ru/features/a.mdx:6 (glossary): «бинарник»: write «исполняемый файл» (EN "binary")']);
  });
  test('inline code and code blocks are not prose', () => {
    expect(problems(page('Запустите `бинарник`.\n\n```sh\necho бинарник\n```\n'))).toEqual([]);
  });
  test('a blockquote is not checked', () => {
    expect(problems(page('> Новый бинарник.\n'))).toEqual([]);
  });
  test('headings, list items, table cells and link text are prose; link targets are not', () => {
    const body = '## Бинарник {#binary}\n\n- пункт: релиз\n\n| A |\n| --- |\n| CPU |\n\n[железо](https://example.org/бинарник)\n';
    expect(problems(page(body)).map((problem) => problem.split(' ')[0])).toEqual(['content/ru/features/a.mdx:5', 'content/ru/features/a.mdx:7', 'content/ru/features/a.mdx:11', 'content/ru/features/a.mdx:13']);
  });
  test('title and summary are prose, at the line of their key; keywords are not', () => {
    const frontmatter = 'title: "Новый бинарник"\nkeywords: [бинарник]\nsummary: "Что нового в релизе QEMU"';
    expect(problems(page('Текст.\n', frontmatter)).map((problem) => problem.split(' ')[0])).toEqual(['content/ru/features/a.mdx:2', 'content/ru/features/a.mdx:4']);
  });
  test('the norun reason of an example is prose, at its fence', () => {
    expect(problems(page('Текст.\n\n```sh norun="нужен бинарник"\necho\n```\n'))).toEqual(['content/ru/features/a.mdx:7 (glossary): «бинарник»: write «исполняемый файл» (EN "binary")']);
  });
  test('a page the parser refuses is left to the page check', () => {
    expect(problems(page('Бинарник { без пары\n'))).toEqual([]);
  });
  test('pages are read from their files, Markdown and MDX', () => {
    const file = (name: string, text: string) => ({ name, path: `content/ru/architectures/${name}`, bytes: new TextEncoder().encode(text) });
    expect(checkGlossary([file('a.md', page('Бинарник.\n')), file('b.txt', 'бинарник')], GLOSSARY, NEWS).map((problem) => problem.file)).toEqual(['content/ru/architectures/a.md:5']);
  });
});

test('the check runs on a list of strings, each finding named', () => {
  expect(glossaryProblemsInStrings([{ name: 'footer', text: 'Бинарники и релизы' }, { name: 'title', text: 'Выпуск' }], [BINARY], NEWS)).toEqual(['footer: «Бинарники»: write «исполняемый файл» (EN "binary").']);
});
