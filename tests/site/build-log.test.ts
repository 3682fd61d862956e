import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

// Astro's line for each route it writes: `12:00:00   ├─ /features/alpha-feature/index.html (+12ms)`.
const ROUTE_LINE = /├─ \/features\/alpha-feature\/index\.html/;

test('npm run build prints a line per phase with its counts and time, and no line per route', () => {
  const { status, output } = fixtureBuild().build();
  expect(status, output).toBe(0);
  expect(output).toMatch(/^✓ content checks: 2 features and 17 architectures, \d+ ru translations in \d+\.\d s$/m);
  expect(output).toMatch(/^✓ content sync \(Markdown and MDX rendered\) in \d+\.\d s$/m);
  expect(output).toMatch(/^✓ page rendering: \d+ files in \d+\.\d s$/m);
  expect(output).toMatch(/^✓ search index \(en\): \d+ pages in \d+\.\d s$/m);
  expect(output).toMatch(/^✓ search index \(ru\): \d+ pages in \d+\.\d s$/m);
  expect(output).toMatch(/^✓ link and published-URL checks: \d+ pages and \d+ Markdown files in \d+\.\d s$/m);
  expect(output).toMatch(/^✔ Site written to .*dist\/ in \d+\.\d s$/m);
  expect(output).not.toMatch(ROUTE_LINE);
  // Not a terminal: the progress line, if the rendering lasted long enough for one, is a line of its own, never rewritten in place.
  expect(output).not.toContain('\r');
});

test('npm run build -- --verbose keeps Astro\'s listing of every route', () => {
  const { status, output } = fixtureBuild().build({}, ['--verbose']);
  expect(status, output).toBe(0);
  expect(output).toMatch(ROUTE_LINE);
  expect(output).toMatch(/✓ page rendering: \d+ files in \d+\.\d s/);
});
