// Collections only: the schemas live in src/lib/schema.ts so they can be unit-tested without Astro.
import { defineCollection } from 'astro:content';
import { architectureSchema, architectureTranslationSchema, featureSchema, featureTranslationSchema } from './lib/schema.ts';
import { projectEnv } from './config/env.ts';
import { globWithFastMdx } from './markdown/fast-path/mdx-loader.ts';
import { DEFAULT_LOCALE, translatedLocales, translationCollections } from './lib/i18n.ts';
import { contentFolder } from './lib/content-layout.ts';

// CONTENT_DIR lets tests and the benchmark build a copy of the content; the site itself uses content/.
const { contentDir, mdxPath } = projectEnv();

// A feature page is MDX (.md still builds, for the benchmark's comparison). MDX pages are rendered
// while content syncs, as Astro renders Markdown (src/markdown/fast-path/mdx-loader.ts), not bundled as a
// module each, and every page's HTML is kept in a file beside the store, not in it
// (src/markdown/fast-path/page-html.ts): see README.md, "Performance". `retainBody: false`: pages are rendered, never read
// back as source, so the source would only make the content store (bundled into the build) larger.
// The file name is the id, and so the URL: Astro's default would let a frontmatter `slug:` override
// it, past every check of file names (the schemas refuse the key, too).
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

const features = defineCollection({
  loader: globWithFastMdx({ pattern: '*.{md,mdx}', base: `${contentDir}/${contentFolder(DEFAULT_LOCALE, 'features')}`, retainBody: false, generateId: fileNameId, mdx: mdxPath }),
  schema: featureSchema,
});

const architectures = defineCollection({
  loader: globWithFastMdx({ pattern: '*.md', base: `${contentDir}/${contentFolder(DEFAULT_LOCALE, 'architectures')}`, retainBody: false, generateId: fileNameId, mdx: mdxPath }),
  schema: architectureSchema,
});

// Every other edition (src/lib/i18n.ts): the text of the English pages, file for file
// (content/<locale>/…); the facts stay in the English frontmatter (src/data/editions.ts joins them).
// Checked against the English pages before the build (src/translations/check-translations.ts).
// One pair of collections per edition, named by translationCollections (`ruFeatures`, …).
const translations = Object.fromEntries(translatedLocales().flatMap((locale) => {
  const names = translationCollections(locale);
  return [
    [names.features, defineCollection({
      loader: globWithFastMdx({ pattern: '*.mdx', base: `${contentDir}/${contentFolder(locale, 'features')}`, retainBody: false, generateId: fileNameId, mdx: mdxPath }),
      schema: featureTranslationSchema,
    })],
    [names.architectures, defineCollection({
      loader: globWithFastMdx({ pattern: '*.md', base: `${contentDir}/${contentFolder(locale, 'architectures')}`, retainBody: false, generateId: fileNameId, mdx: mdxPath }),
      schema: architectureTranslationSchema,
    })],
  ];
}));

export const collections = { features, architectures, ...translations };
