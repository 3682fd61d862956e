/**
 * The components an MDX page may use without importing them: every `.astro` file in this folder,
 * under its file name (`ColoDiagram.astro` → `<ColoDiagram />`). An unknown name fails the build.
 */
const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const mdxComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), module.default]),
);
