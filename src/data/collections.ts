/**
 * Shared collection queries, in one module so every route sees the same, checked content.
 * This is the one place besides routes that touches `astro:content`; the logic it calls is pure.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { validateContentGraph, formatContentProblems, type ContentProblem } from '../lib/content-graph.ts';
import { ContentError } from '../lib/content-error.ts';
import { checkContentSource } from '../markdown/content-rules.ts';
import { groupFeaturesByCategory, neighboursInCategory } from '../lib/features.ts';
import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { projectEnv } from '../config/env.ts';

export type Feature = CollectionEntry<'features'>;
export type Architecture = CollectionEntry<'architectures'>;

let checked: ReturnType<typeof loadAndCheck> | undefined;

/**
 * Astro renders a Markdown page, and the MDX fast path an MDX page (src/markdown/mdx-loader.ts),
 * while it syncs content and, if rendering throws (a code block in a language Shiki lacks, a
 * malformed example meta), only logs the error and keeps the page without a body. That must fail
 * the build, not publish an empty page. (With MDX_PATH=standard, @astrojs/mdx renders MDX later.)
 */
function unrendered(entry: Feature | Architecture): ContentProblem[] {
  const file = entry.filePath;
  if (!file || entry.rendered) return [];
  const renderedWhileSyncing = file.endsWith('.md') || (file.endsWith('.mdx') && projectEnv().mdxPath === 'fast');
  if (!renderedWhileSyncing) return [];
  const name = file.replace(/.*\//, '');
  return [{ file, field: '(body)', message: `could not be rendered; the reason is logged above as "Error rendering ${name}". Fix the page there.` }];
}

async function loadAndCheck() {
  const [features, architectures] = await Promise.all([getCollection('features'), getCollection('architectures')]);
  const problems = [
    ...validateContentGraph(features, architectures.map((entry) => entry.id)),
    ...[...features, ...architectures].flatMap((entry) => (entry.filePath ? checkContentSource(entry.filePath, readFileSync(entry.filePath, 'utf8'), MDX_COMPONENT_NAMES) : [])),
    ...[...features, ...architectures].flatMap((entry) => unrendered(entry)),
  ];
  if (problems.length > 0) throw new ContentError(formatContentProblems(problems));
  architectures.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'));
  // Lookups every feature page needs, computed once per build rather than once per page.
  const featuresById = new Map(features.map((entry) => [entry.id, entry]));
  const neighbours = neighboursInCategory(features);
  const groups = groupFeaturesByCategory(features);
  return { features, architectures, featuresById, neighbours, groups };
}

/**
 * All content, checked once per build: a broken cross-reference fails the build here. A failed
 * check is not remembered, so under `astro dev` the next request checks the fixed content again.
 */
export function getContent() {
  checked ??= loadAndCheck().catch((error: unknown) => {
    checked = undefined;
    throw error;
  });
  return checked;
}
