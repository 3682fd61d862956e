// Collections only: the schemas live in src/lib/schema.ts so they can be unit-tested without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { architectureSchema, featureSchema } from './lib/schema.ts';

// CONTENT_DIR lets tests and the benchmark build a copy of the content; the site itself uses content/.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const features = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/features` }),
  schema: featureSchema,
});

const architectures = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/architectures` }),
  schema: architectureSchema,
});

export const collections = { features, architectures };
