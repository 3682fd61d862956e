// Collections only: the schemas live in src/lib/schema.ts so they can be unit-tested without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { architectureSchema, featureSchema } from './lib/schema.ts';
import { projectEnv } from './config/env.ts';

// CONTENT_DIR lets tests and the benchmark build a copy of the content; the site itself uses content/.
const { contentDir } = projectEnv();

// A feature page is Markdown (.md) unless it uses a component (.mdx): Astro renders Markdown while it
// syncs content, but bundles every MDX page as a module: 1,000 pages took 22 s and 1.3 GB as MDX,
// 13 s and 1.0 GB as Markdown (npm run bench -- --format mdx). `retainBody: false`: pages are rendered, never read
// back as source, so the source would only make the content store (bundled into the build) larger.
// The file name is the id, and so the URL: Astro's default would let a frontmatter `slug:` override
// it, past every check of file names (the schemas refuse the key, too).
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

const features = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir}/features`, retainBody: false, generateId: fileNameId }),
  schema: featureSchema,
});

const architectures = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/architectures`, retainBody: false, generateId: fileNameId }),
  schema: architectureSchema,
});

export const collections = { features, architectures };
