/**
 * The names of the components an MDX page may use, in a plain module so the build's content rules
 * (src/markdown/content-rules.ts, run from astro.config.mjs) can read them without loading `.astro`
 * files. ./index.ts fails the build when this list and the folder's `.astro` files differ.
 */
export const MDX_COMPONENT_NAMES = ['Aside', 'ColoDiagram', 'VsockDiagram'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
