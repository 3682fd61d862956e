/**
 * The props each MDX component accepts, as zod schemas beside their HTML functions: the content
 * rules (src/markdown/content-rules.ts) check a page's props against them before anything renders,
 * with the page's file and line, and the HTML functions parse their props with the same schema.
 * Strict: an unknown prop (a typo, `slot`, `key`, a directive) is refused, never silently dropped.
 */
import type { z } from 'astro/zod';
import type { MdxComponentName } from './names.ts';
import { asideProps } from './aside.ts';
import { coloDiagramProps } from './colo-diagram.ts';
import { vsockDiagramProps } from './vsock-diagram.ts';

export { propsProblem } from './parse-props.ts';

export const MDX_COMPONENT_PROPS: Record<MdxComponentName, z.ZodObject> = {
  Aside: asideProps,
  ColoDiagram: coloDiagramProps,
  VsockDiagram: vsockDiagramProps,
};
