import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBuiltSite } from '../../src/build/read-built-site.ts';
import { formatManifest, parseManifest, publishedUrls } from '../../src/lib/published-urls.ts';
import { distDir, requireDist, root } from '../helpers/built-site.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';

describe('the published-URL manifest', () => {
  test('is committed and lists every URL and section anchor the site now serves', async () => {
    requireDist();
    const file = path.join(root, 'content/published-urls.txt');
    expect(existsSync(file), 'content/published-urls.txt is missing: run npm run urls:update').toBe(true);
    const manifest = new Set(parseManifest(readFileSync(file, 'utf8')));
    const unlisted = publishedUrls((await readBuiltSite(distDir)).pages).filter((url) => !manifest.has(url));
    expect(unlisted, 'new URLs are not in the manifest yet: run npm run urls:update and commit it').toEqual([]);
  });

  test('removing a published page fails the build, naming the URL and the fix', () => {
    const fixture = fixtureBuild();
    writeFileSync(path.join(fixture.contentDir, 'published-urls.txt'), formatManifest(['/features/alpha-feature/', '/features/alpha-feature/#what-it-is', '/features/beta-feature/']));
    expect(fixture.build().status).toBe(0);
    writeFileSync(path.join(fixture.outDir, 'index.html'), 'last good site');
    rmSync(path.join(fixture.contentDir, 'features/alpha-feature.mdx'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('  /features/alpha-feature/\n');
    expect(output).toMatch(/add its old slug to `aliases`/);
    expect(readFileSync(path.join(fixture.outDir, 'index.html'), 'utf8')).toBe('last good site');
  });

  test('a renamed page with an alias, and a renamed section with an anchor alias, keep their URLs', () => {
    const fixture = fixtureBuild();
    writeFileSync(path.join(fixture.contentDir, 'published-urls.txt'), formatManifest(['/features/alpha-feature/', '/features/alpha-feature/#how-to-use-it']));
    const features = path.join(fixture.contentDir, 'features');
    const text = readFileSync(path.join(features, 'alpha-feature.mdx'), 'utf8')
      .replace('related: [beta-feature]', 'related: [beta-feature]\naliases: [alpha-feature]')
      .replace('## How to use it', '## Usage {#usage data-aliases="how-to-use-it"}');
    rmSync(path.join(features, 'alpha-feature.mdx'));
    writeFileSync(path.join(features, 'alpha-renamed.mdx'), text);
    const { status, output } = fixture.build();
    expect(status, output).toBe(0);
    expect(readFileSync(path.join(fixture.outDir, 'features/alpha-feature/index.html'), 'utf8')).toContain('url=/features/alpha-renamed/');
  });
});
