import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { publishedPageViolations } from '../../src/build/page-policy.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { ATTACKS } from '../fixtures/injection/attacks.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';

const slugOf = (name: string) => `attack-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;

test('every injection attempt, in .md and .mdx and in both editions, is refused naming its file, and nothing is published', () => {
  const fixture = fixtureBuild();
  const frontmatter = '---\ntitle: Attack page\nsummary: A page that tries to make the site act instead of being read.\n---\n\n';
  const files: string[] = [];
  ATTACKS.forEach((attack, index) => {
    // Half in the English edition, half in the Russian one, so both editions' pages are checked.
    const folder = index % 2 === 0 ? 'features' : 'ru/features';
    mkdirSync(path.join(fixture.contentDir, folder), { recursive: true });
    const file = path.join(folder, `${slugOf(attack.name)}.${attack.format}`);
    writeFileSync(path.join(fixture.contentDir, file), `${frontmatter}${attack.body}`);
    files.push(file);
  });
  const { status, output } = fixture.build();
  expect(status).not.toBe(0);
  for (const file of files) expect(output, file).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+`));
  expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
});

test('what the site\'s own renderers print is checked too: a heading plugin that adds an event handler fails the build, naming the pages', () => {
  // The rules read what authors write; the gate (src/safety/published-html.ts) reads what is
  // published, so a plugin or a dependency that starts printing active content is stopped as well.
  const fixture = fixtureBuild();
  const plugin = path.join(fixture.projectDir, 'src/markdown/heading-anchors.ts');
  const original = readFileSync(plugin, 'utf8');
  const broken = original.replace("className: ['heading-anchor'], href: `#${id}`,", "className: ['heading-anchor'], href: `#${id}`, onmouseover: 'alert(1)',");
  expect(broken).not.toBe(original);
  writeFileSync(plugin, broken);
  const { status, output } = fixture.build();
  expect(status, output).not.toBe(0);
  expect(output).toMatch(/features\/alpha-feature\.mdx:\d+[^\n]*onmouseover/);
  expect(output).toMatch(/features\/beta-feature\.md:\d+[^\n]*onmouseover/);
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
