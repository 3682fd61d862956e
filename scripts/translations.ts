// `npm run translations`: where each translated page stands against its English page (current,
// stale, missing), with the englishVersion of each English page, then each edition's UI strings
// still `untranslated(…)` (src/lib/strings/<locale>.ts), shown in English until translated.
// `npm run translations -- --stamp content/ru/features/colo.mdx …`: after updating a translation,
// records that it now follows the current English page (rewrites its englishVersion).
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectEnv } from '../src/config/env.ts';
import { listContentFiles } from '../src/config/content-files.ts';
import { DEFAULT_LOCALE, translatedLocales } from '../src/lib/i18n.ts';
import { contentFolder, contentPlaceOf, isPageFileName } from '../src/lib/content-layout.ts';
import { STRING_TABLES } from '../src/lib/strings.ts';
import { untranslatedPaths } from '../src/lib/strings/untranslated.ts';
import { englishVersionOfSource, translationState } from '../src/translations/translation-status.ts';

const root = path.resolve(import.meta.dirname, '..');
// CONTENT_DIR, as the build reads it (src/config/env.ts).
const content = projectEnv().contentDir;

/** The English page a translation follows: content/<locale>/<kind>/<name> → content/<kind>/<name>. */
function englishOf(translation: string): string {
  const place = contentPlaceOf(path.relative(content, path.resolve(translation)));
  if (!place || place.locale === DEFAULT_LOCALE) {
    throw new Error(`${translation} is not a translation: translations live in content/<locale>/features/ or content/<locale>/architectures/.`);
  }
  return path.join(content, contentFolder(DEFAULT_LOCALE, place.kind), place.name);
}

const args = process.argv.slice(2);
if (args[0] === '--stamp') {
  if (args.length < 2) throw new Error('Name the translations to stamp: npm run translations -- --stamp content/ru/features/colo.mdx');
  for (const file of args.slice(1)) {
    const version = await englishVersionOfSource(await readFile(englishOf(file), 'utf8'));
    if (!version) throw new Error(`${path.relative(root, englishOf(file))} has no frontmatter to take a version from.`);
    const source = await readFile(file, 'utf8');
    const stamped = source.replace(/^englishVersion:.*$/m, `englishVersion: "${version}"`);
    if (stamped === source && !source.includes(`englishVersion: "${version}"`)) throw new Error(`${file} has no englishVersion line in its frontmatter; add englishVersion: "${version}".`);
    await writeFile(file, stamped);
    process.stdout.write(`${file}: englishVersion ${version}\n`);
  }
} else {
  const english = listContentFiles(content).filter((file) => file.locale === DEFAULT_LOCALE && isPageFileName(file.name));
  for (const locale of translatedLocales()) {
    for (const file of english) {
      const englishSource = await readFile(file.path, 'utf8');
      const translationPath = path.join(content, contentFolder(locale, file.kind), file.name);
      const translation = existsSync(translationPath) ? await readFile(translationPath, 'utf8') : undefined;
      const state = await translationState(englishSource, translation);
      process.stdout.write(`${state.padEnd(8)} ${locale}/${file.kind}/${file.name}  (English version ${await englishVersionOfSource(englishSource)})\n`);
    }
  }
  for (const locale of translatedLocales()) {
    for (const key of untranslatedPaths(STRING_TABLES[locale])) process.stdout.write(`${'untranslated'.padEnd(8)} ${locale} string ${key}  (src/lib/strings/${locale}.ts)\n`);
  }
}
