import type { z } from 'astro/zod';

/**
 * A component's props parsed with its schema (./props.ts), `children` aside. The content rules have
 * refused bad props with the page's line before rendering; this fails loudly if one gets here anyway.
 */
export function parseProps<Schema extends z.ZodObject>(name: string, schema: Schema, props: Readonly<Record<string, unknown>>): z.infer<Schema> {
  const given = Object.fromEntries(Object.entries(props).filter(([key]) => key !== 'children'));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const problem = propsProblem(name, schema, given);
  throw new Error(`${problem?.field ?? `<${name}>`} ${problem?.message ?? result.error.message}`);
}

/**
 * What a component's schema refuses of the props a page gives it, worded for the page's author
 * with the props and values it accepts; `undefined` when the props are fine.
 * @example propsProblem('Aside', asideProps, { type: 'warning' }) // → { field: '<Aside type>', message: '"warning" is not allowed: use type="note", … ' }
 */
export function propsProblem(name: string, schema: z.ZodObject, props: Readonly<Record<string, unknown>>): { field: string; message: string } | undefined {
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  const accepted = Object.keys(schema.shape);
  const takes = accepted.length === 0 ? `<${name}> takes no props.` : `<${name}> takes ${accepted.map((key) => `${key}=…`).join(', ')}.`;
  const [issue] = result.error.issues;
  if (issue?.code === 'unrecognized_keys') return { field: `<${name} ${issue.keys.join(' ')}>`, message: `is not a prop of this component. ${takes} Remove it.` };
  const key = String(issue?.path[0] ?? '');
  const options = issue?.code === 'invalid_value' ? ` Use ${issue.values.map((value) => `${key}="${String(value)}"`).join(', ')}.` : '';
  return { field: `<${name} ${key}>`, message: `"${String(props[key])}" is not a value it accepts.${options} ${takes}` };
}
