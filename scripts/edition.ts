// `npm run edition -- add <code> <name>` (`add de Deutsch`): adds an edition of the site. It writes
// the locale into the one configuration (src/lib/i18n.ts: LOCALES and LANGUAGE_NAMES), and the
// edition's UI strings (src/lib/strings/<code>.ts, registered in src/lib/strings.ts) with every
// string marked untranslated. After it, `npm run build` publishes every page under /<code>/, in
// English with a notice until content/<code>/ holds its translation.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../src/lib/i18n.ts';
import { en } from '../src/lib/strings/en.ts';
import { untranslatedTableSource } from '../src/lib/strings/untranslated.ts';

const root = path.resolve(import.meta.dirname, '..');
const USAGE = 'Usage: npm run edition -- add <code> <name>, for example: npm run edition -- add de Deutsch';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Replaces `pattern` in a project file once, or stops naming the file whose shape it did not find. */
function edit(file: string, pattern: RegExp, replace: (match: string) => string): void {
  const full = path.join(root, file);
  const source = readFileSync(full, 'utf8');
  if (!pattern.test(source)) fail(`${file}: could not find where to add the edition (${pattern}); add it by hand as README.md, "Adding an edition", says.`);
  writeFileSync(full, source.replace(pattern, replace));
}

const [command, code, ...nameWords] = process.argv.slice(2);
const name = nameWords.join(' ').trim();
if (command !== 'add' || !code || !name) fail(USAGE);
// Two lowercase letters (ISO 639-1): the edition's folder under content/ and the site, its <html
// lang>, and the name of its strings table, which must be a JavaScript identifier.
if (!/^[a-z]{2}$/.test(code)) fail(`"${code}" is not a language code of two lowercase letters (ISO 639-1, such as de or fr).`);
if ((LOCALES as readonly string[]).includes(code)) fail(`The edition "${code}" exists already (src/lib/i18n.ts).`);
if (/['\\\n]/.test(name)) fail(`The name "${name}" holds a quote, a backslash or a line break; give the language's name as its speakers write it, such as Deutsch.`);
const table = path.join('src/lib/strings', `${code}.ts`);
if (existsSync(path.join(root, table))) fail(`${table} exists already; remove it or pick another code.`);

edit('src/lib/i18n.ts', /export const LOCALES = \[([^\]]*)\] as const;/, (match) => match.replace(/\] as const;$/, `, '${code}'] as const;`));
edit('src/lib/i18n.ts', /\n\} as const satisfies Record<Locale, string>;/, (match) => `\n  ${code}: '${name}',${match}`);
writeFileSync(path.join(root, table), untranslatedTableSource(en, code));
edit('src/lib/strings.ts', /(import \{ \w+ \} from '\.\/strings\/\w+\.ts';\n)(?!import \{ \w+ \} from '\.\/strings\/)/, (match) => `${match}import { ${code} } from './strings/${code}.ts';\n`);
edit('src/lib/strings.ts', /(export const STRING_TABLES[^{]*\{\n(?: {2}\w+,\n)*)/, (match) => `${match}  ${code},\n`);

process.stdout.write([
  `Added the edition ${code} (${name}):`,
  `  src/lib/i18n.ts           the locale and its name`,
  `  ${table.padEnd(25)} its UI strings, each untranslated('…') until you translate it`,
  `  src/lib/strings.ts        the table registered`,
  `npm run build now publishes every page under /${code}/, in English with a notice until`,
  `content/${code}/features/<slug>.mdx and content/${code}/architectures/<id>.md translate it;`,
  `npm run translations lists what is left.`,
  '',
].join('\n'));
