import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { transformerStyleToClass } from '@shikijs/transformers';

/** Where the token colours are published, relative to the deploy base. */
export const CODE_TOKEN_CSS = 'code-tokens.css';

/**
 * Turns Shiki's per-token `style` attributes into classes in production builds, and writes their
 * rules to one stylesheet. Why: the Content Security Policy then needs no 'unsafe-inline' for
 * style attributes, and the HTML shrinks (a short class instead of two colour variables per token).
 * In `astro dev` the inline styles stay, so the preview needs no build step.
 */
export function codeTokenCss(): AstroIntegration {
  const transformer = transformerStyleToClass({ classPrefix: 'tk-' });
  return {
    name: 'qemu-docs:code-token-css',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ markdown: { shikiConfig: { transformers: [transformer] } } });
      },
      'astro:build:done': async ({ dir }) => {
        // Sorted, so two builds of the same content write the same bytes whatever the page order.
        const rules = transformer
          .getCSS()
          .split('}')
          .map((rule) => rule.trim())
          .filter(Boolean)
          .sort()
          .map((rule) => `${rule}}`)
          .join('\n');
        await writeFile(new URL(CODE_TOKEN_CSS, dir), `${rules}\n`);
        transformer.clearRegistry();
      },
    },
  };
}
