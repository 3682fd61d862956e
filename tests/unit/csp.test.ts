import { expect, test } from 'vitest';
import { headersFile, mergePolicies } from '../../src/lib/csp.ts';

test('policies merge by directive, sources in first-seen order, none repeated', () => {
  expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b';"])).toBe(
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
  );
});
test('the _headers file scopes to the base and forbids framing', () => {
  const file = headersFile('/docs/', "default-src 'self'");
  expect(file).toMatch(/^\/docs\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/);
  expect(file).toContain('  X-Content-Type-Options: nosniff\n');
  expect(file).toContain('/docs/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});
