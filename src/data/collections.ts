/**
 * Shared collection queries, in one module so every route sees the same, checked content.
 * This is the one place besides routes that touches `astro:content`; the logic it calls is pure.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { validateContentGraph, formatContentProblems } from '../lib/content-graph.ts';

export type Feature = CollectionEntry<'features'>;
export type Architecture = CollectionEntry<'architectures'>;

let checked: Promise<{ features: Feature[]; architectures: Architecture[] }> | undefined;

async function loadAndCheck() {
  const [features, architectures] = await Promise.all([getCollection('features'), getCollection('architectures')]);
  const problems = validateContentGraph(features, architectures.map((entry) => entry.id));
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  architectures.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'));
  return { features, architectures };
}

/** All content, checked once per build: a broken cross-reference fails the build here. */
export function getContent() {
  checked ??= loadAndCheck();
  return checked;
}
