import { afterEach, expect, test, vi } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';

afterEach(() => vi.unstubAllEnvs());

test('a content error carries its message and line, and no stack for Astro to print', () => {
  vi.stubEnv('DEBUG', '');
  const error = new ContentError('content/features/a.md:3: wrong', { line: 3 });
  expect(error.message).toBe('content/features/a.md:3: wrong');
  expect(error.line).toBe(3);
  expect(error.stack).toBe('');
});
test('DEBUG keeps the stack, for whoever debugs the site itself', () => {
  vi.stubEnv('DEBUG', '1');
  expect(new ContentError('wrong').stack).toMatch(/content-error\.test\.ts/);
});
