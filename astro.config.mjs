// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { finishSite } from './src/integrations/finish-site.ts';
import { REDIRECT_SCRIPT_HASH } from './src/lib/redirect-script.ts';
import { exampleLabel } from './src/lib/shiki-example-label.ts';
import { codeTokenCss } from './src/integrations/code-token-css.ts';
import { headingAnchors } from './src/integrations/heading-anchors.ts';

// Where the site is deployed. SITE_URL gives canonical and Open Graph URLs their host; BASE_PATH is
// the sub-path for hosts like GitHub Pages project sites ("/qemu-docs/"). Both default to a root deploy.
const site = process.env.SITE_URL ?? 'https://qemu-2-8.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  // Stylesheets as files, not inlined: they are cached across pages, and each page's HTML stays lean.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  server: { host: '127.0.0.1' },
  markdown: {
    // Sätteri's native heading attributes let an author pin a section id, `## Title {#pinned-id}`,
    // and keep earlier ids landing on it: `## Title {#pinned-id data-aliases="old-id"}`.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingAnchors] }),
    // `npm run bench` builds once with BENCH_NO_HIGHLIGHT=1 to measure what Shiki costs at scale.
    syntaxHighlight: process.env.BENCH_NO_HIGHLIGHT ? false : 'shiki',
    shikiConfig: {
      // One theme made of CSS variables (--astro-code-token-*), so Shiki tokenizes each block once;
      // two named themes (light + dark) tokenize it twice, which doubled Shiki's share of a build.
      // src/styles/global.css gives the variables AA-contrast colours for each colour scheme, and
      // code follows the reader's prefers-color-scheme without JavaScript.
      theme: 'css-variables',
      // Shiki loads each bundled grammar the first time a page uses it (sh, json, c, ini, …),
      // from one highlighter that Astro caches for the whole build.
      langAlias: { console: 'shellsession' },
      // Labels each ```sh run / norun example with what the examples suite proves (src/lib/example-meta.ts).
      transformers: [exampleLabel()],
    },
  },
  // codeTokenCss comes before mdx() because it adds a Shiki transformer that mdx() must see.
  vite: {
    // One stylesheet for the whole site (a few KB): one request, cached for every page after the first.
    build: {
      cssCodeSplit: false,
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive and the bundler warns
        // about each one (a known Astro issue, withastro/astro#18087): thousands of lines that would
        // bury a real warning. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [codeTokenCss(), mdx(), sitemap({ filter: (page) => !page.includes('/f/') }), finishSite()],
  security: {
    // Astro hashes every script and style it renders into a CSP <meta> tag. Pagefind adds two needs:
    // compiling its WebAssembly ('wasm-unsafe-eval') and fetching its index files ('self').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [REDIRECT_SCRIPT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
