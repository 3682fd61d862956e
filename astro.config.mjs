// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';

// Where the site is deployed. SITE_URL gives canonical and Open Graph URLs their host; BASE_PATH is
// the sub-path for hosts like GitHub Pages project sites ("/qemu-docs/"). Both default to a root deploy.
const site = process.env.SITE_URL ?? 'https://qemu-2-8.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  build: { format: 'directory' },
  server: { host: '127.0.0.1' },
  markdown: {
    // Sätteri's native heading attributes let an author pin a section id: `## Title {#pinned-id}`.
    processor: satteri({ features: { headingAttributes: true } }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // No default colour: both themes become CSS variables and src/styles picks one with
      // prefers-color-scheme, so code follows the reader's scheme without JavaScript.
      defaultColor: false,
      // Shiki loads each bundled grammar the first time a page uses it (sh, json, c, ini, …),
      // from one highlighter that Astro caches for the whole build.
      langAlias: { console: 'shellsession' },
    },
  },
  integrations: [mdx(), sitemap(), pagefindIndex(), linkCheck()],
});
