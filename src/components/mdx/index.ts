/**
 * The components an MDX page may use without importing them: every `.astro` file in this folder,
 * under its file name (`ColoDiagram.astro` → `<ColoDiagram />`), listed in ./names.ts for the
 * build's content rules. An unknown name fails the build. Each `.astro` file wraps the HTML function
 * of ./html.ts, which the MDX fast path calls directly.
 */
import './components.css';
import { MDX_COMPONENT_NAMES } from './names.ts';

const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const mdxComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^\.\/(.*)\.astro$/, '$1'), module.default]),
);

const inFolder = Object.keys(mdxComponents).sort().join(', ');
if (inFolder !== [...MDX_COMPONENT_NAMES].sort().join(', ')) {
  throw new Error(`src/components/mdx/names.ts lists ${MDX_COMPONENT_NAMES.join(', ')}, but the folder has ${inFolder}. List every .astro file of src/components/mdx/ there.`);
}
