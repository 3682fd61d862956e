import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { featureSchema } from '../../src/lib/schema.ts';
import { CATEGORIES, STATUSES } from '../../src/lib/vocabulary.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const table = /<!-- frontmatter-fields:start -->([\s\S]*?)<!-- frontmatter-fields:end -->/.exec(readme)?.[1] ?? '';
const rows = new Map([...table.matchAll(/^\| `([a-z]+)` \| (yes|no) \| (.*) \|$/gm)].map((m) => [m[1]!, { required: m[2] === 'yes', text: m[3]! }]));

test('the README documents every frontmatter field of the schema, and no other', () => {
  expect([...rows.keys()].sort()).toEqual(Object.keys(featureSchema.shape).sort());
});
test('the README says which fields are required, as the schema does', () => {
  for (const [field, row] of rows) {
    const optional = featureSchema.shape[field as keyof typeof featureSchema.shape].safeParse(undefined).success;
    expect(row.required, field).toBe(!optional);
  }
});
test('the README lists every category and status', () => {
  for (const value of [...CATEGORIES, ...STATUSES]) expect(table).toContain(`\`${value}\``);
});
