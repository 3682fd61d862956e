import { expect, test } from 'vitest';
import { isSlug } from '../../src/lib/slug.ts';

test('a slug is lowercase words joined by single hyphens, safe in a path, a fragment and _redirects', () => {
  for (const good of ['colo', 'vhost-vsock', 'q35-288-vcpus']) expect(isSlug(good), good).toBe(true);
  for (const bad of ['', 'Colo', 'a--b', '-a', 'a-', 'a b', 'a/b', 'x\n/* https://elsewhere.example/ 302', 'colo.mdx']) expect(isSlug(bad), JSON.stringify(bad)).toBe(false);
});
