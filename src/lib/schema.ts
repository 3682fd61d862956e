import { z } from 'astro/zod';
import { didYouMean } from './did-you-mean.ts';
import { SLUG_PATTERN } from './slug.ts';
import { ALL_ARCHITECTURES, ARCHITECTURE_IDS, CATEGORIES, RELEASE, STATUSES } from './vocabulary.ts';

/** Plain text shown in titles, meta tags and search results: markup is refused, not escaped away. */
const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !/[<>]/.test(text), 'must be plain text: remove the < and > characters (no markup)');

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens, like "vhost-vsock"');

/** A path inside the QEMU 2.8.0 source tree, like `docs/COLO-FT.txt` or `hw/virtio/vhost-vsock.c`. */
const sourcePath = z
  .string()
  .regex(
    /^(?!\/)(?!.*\.\.)[A-Za-z0-9_.+-]+(?:\/[A-Za-z0-9_.+-]+)*$/,
    'must be a relative path in the QEMU source tree, like "docs/COLO-FT.txt" (no leading slash, no "..")',
  );

/**
 * An object that refuses keys it does not know, naming the one the author probably meant: a
 * misspelt `alias:` or `relatd:` would otherwise be dropped without a word. `slug:` gets its own
 * answer, because Astro's loader would take it as the page's URL: here the file name is the URL.
 */
function strictFields<Shape extends z.ZodRawShape>(shape: Shape, sharedFacts: readonly string[] = []) {
  const fields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          if (sharedFacts.includes(key)) return `"${key}" is a fact of the English page with the same file name, shared by every edition so they cannot disagree: remove it here. A translation has only ${fields.join(', ')}.`;
          if (key === 'slug') return '"slug" is not a field: the file name is the URL. Rename the file to change it, and list the old slug under aliases so old links keep working.';
          const guess = didYouMean(key, fields);
          return `"${key}" is not a field${guess ? `; did you mean "${guess}"?` : '.'} Fields: ${fields.join(', ')}.`;
        })
        .join(' ');
    },
  });
}

/** Frontmatter of `content/features/<slug>.md(x)`: one page per item of the release. */
export const featureSchema = strictFields({
  /** Page title, plain text. Shown as the h1, in `<title>`, on cards and in search results. */
  title: plainText(3, 70),
  /** One plain sentence: the meta description, the card text and the search result text. */
  summary: plainText(40, 220),
  /** Where the feature is grouped on the home page. */
  category: z.enum(CATEGORIES),
  /** Architecture ids the feature applies to, or `[all]` when it does not depend on the guest architecture. */
  architectures: z
    .array(z.enum([ALL_ARCHITECTURES, ...ARCHITECTURE_IDS]))
    .min(1, 'must name at least one architecture id, or [all]')
    .refine((ids) => !(ids.includes(ALL_ARCHITECTURES) && ids.length > 1), '"all" must stand alone: write [all] or a list of ids')
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an architecture id'),
  /** What the release did: a `new` feature, an `improved` one, or one that was `removed`. */
  status: z.enum(STATUSES),
  /** The QEMU release that shipped the change; this site documents "2.8" only. */
  release: z.literal(RELEASE),
  /** Exact names readers search for: devices, objects, properties, options, QMP and HMP commands. */
  keywords: z.array(z.string().trim().min(1)).min(1, 'must list at least one name readers search for'),
  /** Earlier slugs of this page; each becomes a redirect to it. */
  aliases: z.array(slug).default([]),
  /** Slugs of other feature pages worth reading next. */
  related: z.array(slug).default([]),
  /** Paths in the QEMU 2.8.0 source tree that back the page, so a reader can check it. */
  references: z.array(sourcePath).min(1, 'must name at least one QEMU 2.8.0 source path that backs the page'),
});
export type FeatureData = z.infer<typeof featureSchema>;

/** Frontmatter of `content/architectures/<id>.md`: one entry per architecture family. */
export const architectureSchema = strictFields({
  /** Display name, like "x86" or "PowerPC". */
  name: plainText(2, 40),
  /** One plain sentence describing the family. */
  summary: plainText(20, 220),
  /** The `qemu-system-*` binaries of this family in 2.8.0. */
  binaries: z.array(z.string().regex(/^qemu-system-[a-z0-9_]+$/, 'must be a binary name like "qemu-system-x86_64"')).min(1),
  /** Main machine types (`-M` values) in 2.8.0. */
  machines: z.array(z.string().trim().min(1)).default([]),
  /** Position in architecture lists; lower comes first. */
  order: z.number().int().default(100),
});
export type ArchitectureData = z.infer<typeof architectureSchema>;

/**
 * Which text of the English page a translation translates: the first 12 hex digits of the SHA-256
 * of the English page's title, summary and body (src/lib/translation-version.ts). The facts of the
 * frontmatter are not in it: they are shared, so changing them never makes a translation stale.
 */
const englishVersion = z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12 hex digits `npm run translations` prints for the English page it translates');

/**
 * Frontmatter of `content/<locale>/features/<slug>.mdx`: the translated text of the English page
 * with the same file name. The facts (category, architectures, status, keywords, references,
 * related) live only in the English page, so the editions cannot disagree about them; listing one
 * here is refused by name.
 */
export const featureTranslationSchema = strictFields({
  title: plainText(3, 90),
  summary: plainText(40, 300),
  englishVersion,
  /** Words readers of this edition type, added to the English page's keywords for this edition's search. */
  keywords: z.array(z.string().trim().min(1)).default([]),
}, ['category', 'architectures', 'status', 'release', 'aliases', 'related', 'references']);
export type FeatureTranslationData = z.infer<typeof featureTranslationSchema>;

/** Frontmatter of `content/<locale>/architectures/<id>.md`: the translated summary; name, binaries and machines stay English. */
export const architectureTranslationSchema = strictFields({
  summary: plainText(20, 300),
  englishVersion,
}, ['name', 'binaries', 'machines', 'order']);
export type ArchitectureTranslationData = z.infer<typeof architectureTranslationSchema>;
