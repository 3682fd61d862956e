import { describe, expect, test } from 'vitest';
import { translationDrift } from '../../src/translations/translation-drift.ts';
import { formatTranslationReport, LISTED_PER_STATE } from '../../src/translations/check-translations.ts';
import { englishVersionOfSource, recordedVersion, translationState } from '../../src/translations/translation-status.ts';
import { toLocale } from '../../src/lib/i18n.ts';
import { localeOfContentPath } from '../../src/lib/content-layout.ts';
import { localeRoot, pathInEdition } from '../../src/lib/hrefs.ts';

const english = (body: string) => ({ path: 'content/features/a.mdx', source: `---\ntitle: A\nsummary: S\n---\n${body}`, format: 'mdx' as const });
const russian = (body: string) => ({ path: 'content/ru/features/a.mdx', source: `---\ntitle: А\nsummary: С\n---\n${body}`, format: 'mdx' as const });

const EN = '## What it is\n\nText.\n\n### Step `one`\n\n```sh run expect-exit=0\nls\n```\n\n```sh norun="needs KVM"\nqemu-system-x86_64 -enable-kvm\n```\n\n<Aside type="note">\nA note.\n</Aside>\n';
const RU = '## Что это такое {#what-it-is}\n\nТекст.\n\n### Шаг `one` {#step-one}\n\n```sh run expect-exit=0\nls\n```\n\n```sh norun="нужен KVM"\nqemu-system-x86_64 -enable-kvm\n```\n\n<Aside type="note">\nПримечание.\n</Aside>\n';

describe('translation drift', () => {
  test('a faithful translation passes: prose, heading text and a norun reason may differ', () => {
    expect(translationDrift(english(EN), russian(RU))).toEqual([]);
  });
  test('a changed command is named with both files and lines', () => {
    const [problem] = translationDrift(english(EN), russian(RU.replace('\nls\n', '\nls -l\n')));
    expect(problem?.file).toBe('content/ru/features/a.mdx:11');
    expect(problem?.message).toContain('but in content/features/a.mdx:11 it is');
  });
  test('a changed example meta is drift: the suite runs what the English page says', () => {
    expect(translationDrift(english(EN), russian(RU.replace('run expect-exit=0', 'run expect-exit=1')))).toHaveLength(1);
  });
  test('a section id not pinned to the English one, or a missing section', () => {
    expect(translationDrift(english(EN), russian(RU.replace(' {#step-one}', '')))[0]?.message).toMatch(/section 2 is h3 #шаг-one, but in content\/features\/a\.mdx:\d+ it is h3 #step-one/);
    expect(translationDrift(english(EN), russian(RU.replace('### Шаг `one` {#step-one}\n', '')))[0]?.message).toMatch(/lacks the section h3 #step-one/);
  });
  test('a component with other props', () => {
    expect(translationDrift(english(EN), russian(RU.replace('type="note"', 'type="tip"')))[0]?.message).toMatch(/component 1 is <Aside type="tip">/);
  });
  test('a component in a line of text counts too', () => {
    const en = english(`${EN}\nSee <Aside type="note">this</Aside>.\n`);
    expect(translationDrift(en, russian(`${RU}\nСм. <Aside type="note">это</Aside>.\n`))).toEqual([]);
    expect(translationDrift(en, russian(`${RU}\nСм. <Aside type="tip">это</Aside>.\n`))[0]?.message).toMatch(/^component 2 is <Aside type="tip">/);
  });
  test('a block the English page lacks is named, with its first lines, in the translation\'s file', () => {
    expect(translationDrift(english(EN), russian(`${RU}\n\`\`\`\nextra\nlines\n\`\`\`\n`))).toEqual([
      {
        file: 'content/ru/features/a.mdx:23',
        field: '(translation)',
        message: 'has a code block ```⏎extra⏎lines that content/features/a.mdx does not have. Copy the block from the English page unchanged, fence line included (only a norun reason may be translated).',
      },
    ]);
  });
  test('a long block is shortened in the message', () => {
    const long = `echo ${'x'.repeat(200)}`;
    const [problem] = translationDrift(english(`${EN}\n\`\`\`sh\n${long}\n\`\`\`\n`), russian(RU));
    expect(problem?.message).toBe(`lacks the code block \`\`\`sh⏎${long.slice(0, 117 - 6)}… of content/features/a.mdx:23. Copy the block from the English page unchanged, fence line included (only a norun reason may be translated).`);
  });
  test('only h2 and h3 are sections: a translation may add or drop an h4', () => {
    expect(translationDrift(english(EN), russian(`${RU}\n#### Подробнее\n\nТекст.\n`))).toEqual([]);
  });
});

describe('translation status', () => {
  test('follows the title, summary and body of the English page, not its facts', async () => {
    const page = '---\ntitle: T\nsummary: S\ncategory: tools\n---\nBody.\n';
    const version = await englishVersionOfSource(page);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(await englishVersionOfSource(page.replace('category: tools', 'category: devices'))).toBe(version);
    expect(await englishVersionOfSource(page.replace('Body.', 'Body, edited.'))).not.toBe(version);
    const translation = `---\ntitle: Т\nsummary: С\nenglishVersion: "${version}"\n---\nТекст.\n`;
    expect(recordedVersion(translation)).toBe(version);
    expect(await translationState(page, translation)).toBe('current');
    expect(await translationState(page.replace('Body.', 'Body!'), translation)).toBe('stale');
    expect(await translationState(page, undefined)).toBe('missing');
  });
});

describe('editions and their addresses', () => {
  test('a content file belongs to the edition of its folder inside the content folder', () => {
    expect(localeOfContentPath('/p/content/ru/features/colo.mdx', '/p/content')).toBe('ru');
    expect(localeOfContentPath('/p/content/ru/architectures/x86.md', '/p/content/')).toBe('ru');
    expect(localeOfContentPath('/p/content/features/colo.mdx', '/p/content')).toBe('en');
    expect(localeOfContentPath('C:\\p\\content\\ru\\features\\colo.mdx', 'C:\\p\\content')).toBe('ru');
    expect(toLocale('de')).toBe('en');
  });
  test('folders above the content folder do not decide the edition', () => {
    // CONTENT_DIR=/home/ru/content, or /home/ru itself: the English pages stay English.
    expect(localeOfContentPath('/home/ru/features/colo.mdx', '/home/ru')).toBe('en');
    expect(localeOfContentPath('/srv/ru/content/features/colo.mdx', '/srv/ru/content')).toBe('en');
    expect(localeOfContentPath('/p/ru/content/architectures/x86.md', '/p/ru/content')).toBe('en');
    // Nor does a file outside it, or a page in a deeper folder (the loader publishes neither).
    expect(localeOfContentPath('/elsewhere/ru/features/colo.mdx', '/p/content')).toBe('en');
    expect(localeOfContentPath('/p/content/ru/features/old/colo.mdx', '/p/content')).toBe('en');
  });
  test('every page has the same path under each edition root, with the deploy base kept', () => {
    expect(localeRoot('/', 'en')).toBe('/');
    expect(localeRoot('/docs/', 'ru')).toBe('/docs/ru/');
    expect(pathInEdition('/docs/features/colo/', '/docs/', 'en', 'ru')).toBe('/docs/ru/features/colo/');
    expect(pathInEdition('/docs/ru/search/', '/docs/', 'ru', 'en')).toBe('/docs/search/');
    expect(pathInEdition('/ru/', '/', 'ru', 'en')).toBe('/');
  });
});

describe('the build\'s translation report', () => {
  const missing = (count: number) => Array.from({ length: count }, (_, index) => ({ english: `content/features/page-${index}.mdx`, state: 'missing' as const }));

  test('names each stale and missing page while there are few', () => {
    const report = formatTranslationReport('ru', [{ english: 'content/features/colo.mdx', translation: 'content/ru/features/colo.mdx', state: 'stale' }, ...missing(2), { english: 'content/features/a.mdx', translation: 'content/ru/features/a.mdx', state: 'current' }]);
    expect(report.split('\n')).toEqual([
      'Translations (ru): 1 current, 1 stale, 2 missing.',
      '  stale:   content/ru/features/colo.mdx translates an older content/features/colo.mdx; update the text, then its englishVersion (npm run translations).',
      '  missing: content/features/page-0.mdx has no ru translation; its English text is served under /ru/ with a notice.',
      '  missing: content/features/page-1.mdx has no ru translation; its English text is served under /ru/ with a notice.',
    ]);
  });

  test('at scale, names the first few and counts the rest instead of printing a line per page', () => {
    const lines = formatTranslationReport('ru', missing(10_000)).split('\n');
    expect(lines[0]).toBe('Translations (ru): 0 current, 0 stale, 10000 missing.');
    expect(lines.filter((line) => line.startsWith('  missing:'))).toHaveLength(LISTED_PER_STATE);
    expect(lines.at(-1)).toBe(`  … and ${10_000 - LISTED_PER_STATE} more missing: npm run translations lists every page.`);
  });
});
