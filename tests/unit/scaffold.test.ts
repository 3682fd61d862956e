import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { featureSchema } from '../../src/lib/schema.ts';
import { scaffoldFeature } from '../../src/lib/scaffold.ts';
import { checkContentSource } from '../../src/markdown/content-rules.ts';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names.ts';

test('a scaffolded page has frontmatter the schema accepts', () => {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(scaffoldFeature('new-thing'))?.[1];
  expect(featureSchema.safeParse(parse(frontmatter ?? '')).success).toBe(true);
});
test('a scaffolded page has the five required sections', () => {
  const headings = scaffoldFeature('new-thing').match(/^## .+$/gm);
  expect(headings).toEqual(['## What it is', '## How to use it', '## Requirements', '## Limitations', '## Where it applies']);
});
test('a slug that is not a slug is refused with an example', () => {
  expect(() => scaffoldFeature('New Thing')).toThrow(/like "vhost-vsock"/);
});
test('a scaffolded page is MDX that breaks no content rule', () => {
  expect(checkContentSource('content/features/new-thing.mdx', scaffoldFeature('new-thing'), MDX_COMPONENT_NAMES)).toEqual([]);
});
