import { isSlug } from './slug.ts';
import { ARCHITECTURE_IDS } from './vocabulary.ts';
import type { FeatureEntry } from './features.ts';

/** One thing wrong with the content, worded for the author who has to fix it. */
export interface ContentProblem {
  /** The file to open, relative to the project root. */
  file: string;
  /** The frontmatter field at fault. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A feature entry as the checks see it; `filePath` comes from the glob loader. */
export interface CheckedFeature extends FeatureEntry {
  filePath?: string | undefined;
}

const featureFile = (feature: CheckedFeature) => feature.filePath ?? `content/features/${feature.id}.md`;

/** Lists the values, shortened so a message stays readable with thousands of pages. */
function allowed(values: readonly string[], limit = 30): string {
  const shown = values.slice(0, limit).join(', ');
  return values.length > limit ? `${shown}, … (${values.length} in all)` : shown;
}

/**
 * Checks what a schema cannot see on its own: references between entries. Zod validates each file;
 * this validates the set (related slugs, aliases that would shadow a page, the architecture entries).
 * @example validateContentGraph(features, ['x86', 'arm']) // → [] when all is well
 */
export function validateContentGraph(features: readonly CheckedFeature[], architectureIds: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugs = features.map((feature) => feature.id);
  const fileOf = new Map(features.map((feature) => [feature.id, featureFile(feature)]));
  const slugSet = new Set(slugs);

  // Ids become paths, fragments and lines of _redirects: nothing else may get that far.
  for (const feature of features) {
    if (!isSlug(feature.id)) {
      problems.push({ file: featureFile(feature), field: '(file name)', message: `"${feature.id}" is not a slug. The file name is the URL: use lowercase letters, digits and single hyphens, like "vhost-vsock".` });
    }
  }

  for (const id of ARCHITECTURE_IDS) {
    if (!architectureIds.includes(id)) {
      problems.push({
        file: `content/architectures/${id}.md`,
        field: '(file)',
        message: `is missing: every architecture id in src/lib/vocabulary.ts needs an entry. Create the file, or remove "${id}" from ARCHITECTURE_IDS.`,
      });
    }
  }
  for (const id of architectureIds) {
    if (!isSlug(id) || !(ARCHITECTURE_IDS as readonly string[]).includes(id)) {
      problems.push({
        file: `content/architectures/${id}.md`,
        field: '(file name)',
        message: `"${id}" is not a known architecture id. Allowed: ${allowed(ARCHITECTURE_IDS)}. Rename the file or add the id to ARCHITECTURE_IDS in src/lib/vocabulary.ts.`,
      });
    }
  }

  const aliasOwners = new Map<string, string>();
  for (const feature of features) {
    const file = featureFile(feature);
    for (const slug of feature.data.related) {
      if (slug === feature.id) {
        problems.push({ file, field: 'related', message: `names the page itself ("${slug}"). Remove it.` });
      } else if (!slugSet.has(slug)) {
        problems.push({
          file,
          field: 'related',
          message: `"${slug}" is not a feature page. Allowed: ${allowed([...slugSet].sort())}.`,
        });
      }
    }
    for (const alias of feature.data.aliases) {
      if (slugSet.has(alias)) {
        problems.push({
          file,
          field: 'aliases',
          message: `"${alias}" is the slug of a real page (${fileOf.get(alias)}); an alias would hide it. Remove the alias or rename that page.`,
        });
      }
      const owner = aliasOwners.get(alias);
      if (owner && owner !== feature.id) {
        problems.push({
          file,
          field: 'aliases',
          message: `"${alias}" is already an alias of "${owner}". An old URL can redirect to one page only.`,
        });
      }
      aliasOwners.set(alias, feature.id);
    }
  }
  return problems;
}

/** Turns problems into one message: a line per problem, `file: field: message`. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((problem) => `  ${problem.file}: ${problem.field}: ${problem.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
