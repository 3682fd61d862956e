import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { publishedPageViolations } from '../../src/build/page-policy.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { ATTACKS, type Attack } from '../fixtures/injection/attacks.ts';
import { englishVersionOfSource } from '../../src/translations/translation-status.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';

const slugOf = (name: string) => `attack-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;

const FEATURE_FACTS = 'category: tools\narchitectures: [all]\nstatus: new\nrelease: "2.8"\nkeywords: [attack-tool]\nreferences: [qemu-img.c]';
/** A valid page body, the attack in its first section: the page is refused for the attack or not at all. */
const featureBody = (headings: readonly string[], attack: string) => `## ${headings[0]} {#what-it-is}\n\n${attack}\n## ${headings[1]} {#how-to-use-it}\n\nRun it.\n\n## ${headings[2]} {#requirements}\n\nNone.\n\n## ${headings[3]} {#limitations}\n\nNone.\n\n## ${headings[4]} {#where-it-applies}\n\nEverywhere.\n`;
const ENGLISH_HEADINGS = ['What it is', 'How to use it', 'Requirements', 'Limitations', 'Where it applies'];
const RUSSIAN_HEADINGS = ['Что это такое', 'Как пользоваться', 'Что нужно', 'Ограничения', 'Где применимо'];

/**
 * Writes a page that is valid in every way but the attack, in the edition and kind the attack goes
 * to, and returns the file and the lines the attack takes. A Russian `.md` page can only be an
 * architecture page: it translates an English architecture page written beside it.
 */
async function writeAttackPage(contentDir: string, attack: Attack, russian: boolean): Promise<{ file: string; lines: [number, number] }> {
  const slug = slugOf(attack.name);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    writeFileSync(path.join(contentDir, file), text);
  };
  let file: string;
  let text: string;
  if (!russian) {
    file = `features/${slug}.${attack.format}`;
    text = `---\ntitle: Attack page\nsummary: A page that tries to make the site act instead of being read.\n${FEATURE_FACTS}\n---\n${featureBody(ENGLISH_HEADINGS, attack.body)}`;
  } else if (attack.format === 'mdx') {
    const english = `---\ntitle: Attack page\nsummary: A page whose translation tries to make the site act instead of being read.\n${FEATURE_FACTS}\n---\n${featureBody(ENGLISH_HEADINGS, 'Plain text.\n')}`;
    write(`features/${slug}.mdx`, english);
    file = `ru/features/${slug}.mdx`;
    text = `---\ntitle: Страница с атакой\nsummary: Страница, перевод которой пытается заставить сайт действовать, а не читаться.\nenglishVersion: "${await englishVersionOfSource(english)}"\n---\n${featureBody(RUSSIAN_HEADINGS, attack.body)}`;
  } else {
    const english = `---\nname: Attack arch\nsummary: An architecture page whose translation tries to act.\nbinaries: [qemu-system-x86_64]\n---\nPlain text.\n`;
    write(`architectures/${slug}.md`, english);
    file = `ru/architectures/${slug}.md`;
    text = `---\nsummary: Страница архитектуры, перевод которой пытается действовать.\nenglishVersion: "${await englishVersionOfSource(english)}"\n---\nПростой текст.\n\n${attack.body}`;
  }
  write(file, text);
  const first = text.slice(0, text.indexOf(attack.body)).split('\n').length;
  return { file, lines: [first, first + attack.body.split('\n').length - 1] };
}

test('every injection attempt, in .md and .mdx and in both editions, is refused at its own lines, and nothing is published', async () => {
  const fixture = fixtureBuild();
  const pages: { file: string; lines: [number, number] }[] = [];
  // Half in the English edition, half in the Russian one, so both editions' pages are checked.
  for (const [index, attack] of ATTACKS.entries()) pages.push(await writeAttackPage(fixture.contentDir, attack, index % 2 === 1));
  const { status, output } = fixture.build();
  expect(status).not.toBe(0);
  // Every problem is an attack's, at a line the attack takes (or its whole page): so each page is
  // refused for its attack, not for its scaffolding, and no attack goes unreported.
  const reported = [...output.matchAll(/content\/([^\s:]+\.mdx?)(?::(\d+))?: /g)].map((match) => ({ file: match[1] ?? '', line: match[2] === undefined ? undefined : Number(match[2]) }));
  for (const { file, line } of reported) {
    const page = pages.find((candidate) => candidate.file === file);
    expect(page, `a problem of ${file}, which holds no attack:\n${output}`).toBeDefined();
    if (page && line !== undefined) expect(line >= page.lines[0] && line <= page.lines[1], `${file}:${line} is outside the attack (lines ${page.lines.join('–')})`).toBe(true);
  }
  for (const page of pages) expect(reported.some((problem) => problem.file === page.file && problem.line !== undefined), `${page.file} is not refused at a line:\n${output}`).toBe(true);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
});

test('what the site\'s own renderers print is checked too: a heading plugin that adds an event handler fails the build, naming the pages', () => {
  // The rules read what authors write; the gate (src/safety/published-html.ts) reads what is
  // published, so a plugin or a dependency that starts printing active content is stopped as well.
  const fixture = fixtureBuild();
  fixture.changeSiteCode('src/markdown/heading-anchors.ts', "className: ['heading-anchor'], href: `#${id}`,", "className: ['heading-anchor'], href: `#${id}`, onmouseover: 'alert(1)',");
  const { status, output } = fixture.build();
  expect(status, output).not.toBe(0);
  // Named without a line, as the site's own doing: the pages do not write the handler.
  expect(output).toMatch(/features\/alpha-feature\.mdx[^\n]*onmouseover[^\n]*printed by the site's own rendering/);
  expect(output).toMatch(/features\/beta-feature\.md[^\n]*onmouseover[^\n]*printed by the site's own rendering/);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
});

test('on @astrojs/mdx\'s own path (MDX_PATH=standard), what a component prints into a built MDX body is held to the allow-list too', () => {
  // There Astro renders MDX bodies after the content loader's gate, so the built pages are checked.
  const fixture = fixtureBuild();
  // An attribute the allow-list does not permit on a <div>, though no deny-list names it.
  fixture.changeSiteCode('src/components/mdx/aside.ts', '<div class="aside aside-${type}" role="note"', '<div class="aside aside-${type}" role="note" contenteditable="true"');
  const alpha = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('Alpha is a valid page.', 'Alpha is a valid page.\n\n<Aside type="note">A remark.</Aside>\n'));
  const { status, output } = fixture.build({ MDX_PATH: 'standard' });
  expect(status, output).not.toBe(0);
  expect(output).toMatch(/features\/alpha-feature\/index\.html: <div contenteditable[^\n]*/);
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
});

test('text that only looks like an attack is published inert: in Chromium with the CSP bypassed, no dialog, no navigation, no request to another host', async () => {
  const fixture = fixtureBuild();
  const alpha = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  const hostile = `"><img src=x onerror=alert(1)></title><script>alert(2)</script>`;
  writeFileSync(
    alpha,
    readFileSync(alpha, 'utf8')
      .replace('title: Alpha feature', `title: ${JSON.stringify('Alpha "quoted" & \'single\' ${x} {{y}} &amp;lt;')}`)
      .replace('keywords: [alpha-tool]', `keywords: [alpha-tool, ${JSON.stringify(hostile)}]`)
      .concat('\n\nInline `<script>alert(3)</script>` and `javascript:alert(4)`, a link to [QEMU](https://www.qemu.org/).\n\n```html\n<img src=x onerror=alert(5)>\n```\n'),
  );
  mkdirSync(path.join(fixture.contentDir, 'ru/features'), { recursive: true });
  const { status, output } = fixture.build();
  expect(status, output).toBe(0);
  const pages = readdirSync(fixture.outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  for (const page of pages) expect(publishedPageViolations(readFileSync(path.join(fixture.outDir, page), 'utf8'), '/'), page).toEqual([]);
  // Data formats carry the text as text: the keyword round-trips exactly through features.json.
  const index = JSON.parse(readFileSync(path.join(fixture.outDir, 'features.json'), 'utf8')) as { features: { id: string; keywords?: string[] }[] };
  expect(JSON.stringify(index.features.find((feature) => feature.id === 'alpha-feature'))).toContain(JSON.stringify(hostile).slice(1, -1));

  const server = await serveSite(fixture.outDir, '/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ bypassCSP: true });
    const events: string[] = [];
    for (const sitePath of ['features/alpha-feature/', 'ru/features/alpha-feature/', 'search/?q=alpha']) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        events.push(`${sitePath}: dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') events.push(`${sitePath}: request to ${request.url()}`);
      });
      const url = server.url + sitePath;
      await page.goto(url, { waitUntil: 'networkidle' });
      if (page.url() !== url) events.push(`${sitePath}: navigated to ${page.url()}`);
      await page.close();
    }
    expect(events).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
