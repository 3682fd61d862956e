// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { finishSite } from './src/integrations/finish-site.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import { REDIRECT_SCRIPT_HASH } from './src/build/redirect-script.ts';
import { codeHighlight } from './src/markdown/code-highlight.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { typography } from './src/markdown/typography.ts';
import { releaseBundlerMemory } from './src/integrations/release-bundler-memory.ts';
import { contentCache } from './src/integrations/content-cache.ts';
import { projectEnv } from './src/config/env.ts';
import { CONTENT_FEATURES } from './src/markdown/content-ast.ts';
import { contentGuard } from './src/markdown/content-guard.ts';
import { componentLocale } from './src/markdown/content-locale.ts';
import { MDX_COMPONENT_NAMES } from './src/components/mdx/names.ts';
import { isRedirectPage } from './src/lib/redirects.ts';
import { readRedirectPaths } from './src/markdown/redirect-paths.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n.ts';

// Where the site is deployed. SITE_URL gives canonical and Open Graph URLs their host; BASE_PATH is
// the sub-path for hosts like GitHub Pages project sites ("/qemu-docs/"). Both default to a root deploy.
const { site, base, contentDir } = projectEnv();
const redirectPaths = readRedirectPaths(contentDir, base);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English at the root, every other edition under /<locale>/ (src/lib/i18n.ts): Astro.currentLocale
  // and astro:i18n's URL helpers give each page its edition (src/data/edition.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  scopedStyleStrategy: 'class',
  // `npm run build` prints a line per phase and a progress line instead of Astro's line per route
  // (src/build/build-log.ts, with BUILD_LOG=compact); otherwise (`--verbose`, dev, a bare `astro build`)
  // it prints what Astro's own logger prints. Always set, so the config, which Astro's incremental
  // build hashes, is the same whichever way a build logs.
  logger: { entrypoint: new URL('./src/build/build-log.ts', import.meta.url) },
  // Stylesheets as files, not inlined: they are cached across pages, and each page's HTML stays lean.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  server: { host: '127.0.0.1' },
  markdown: {
    // Sätteri's native heading attributes (CONTENT_FEATURES) let an author pin a section id,
    // `## Title {#pinned-id}`, and keep earlier ids landing on it: `{#pinned-id data-aliases="old-id"}`.
    // The content guard refuses code in pages (MDX import/export and expressions, scripts in raw
    // HTML) before anything is compiled; MDX pages use this processor too.
    processor: satteri({
      features: CONTENT_FEATURES,
      // componentLocale after the guard, which checks the props the author wrote.
      mdastPlugins: [contentGuard(import.meta.dirname, MDX_COMPONENT_NAMES), componentLocale(MDX_COMPONENT_NAMES)],
      // typography last: it typesets the prose of Russian pages (src/markdown/typography.ts) after the
      // section ids and labels are made from the text as written.
      hastPlugins: [codeHighlight(), headingAnchors, typography()],
    }),
    // Code blocks are highlighted by the codeHighlight plugin (Shiki with its JavaScript regex engine, one theme
    // of CSS variables coloured per scheme in global.css), not by Astro's main-thread Shiki.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [releaseBundlerMemory()],
    // Under `astro dev`, a save is read once it has settled. The file watcher (chokidar) drops a
    // second change to a file within 50 ms of the first, so an editor that empties a file and then
    // writes it (as VS Code does) could have the content store read the empty file, fail the page's
    // schema, and never see the text that followed: the page stayed stale until the next save
    // (tests/site/dev-edit.test.ts). Waiting until the file's size holds for 100 ms costs each save
    // that much and gives one change with the whole text.
    server: { watch: { awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 } } },
    // The search bundles (`?worker&url` in src/scripts/search-loader.ts; none runs as a worker) as
    // ES modules, so one can keep code that only some searches need in a chunk it imports when
    // needed: the corrections (src/scripts/search-core.ts, loadSpeller). Vite's default, IIFE,
    // cannot split.
    worker: { format: 'es' },
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
  // buildPhases first, to mark when Astro's start-up ends (src/integrations/build-phases.ts).
  // contentCache next: it decides whether Astro's content store may be reused before anything reads it.
  // The sitemap lists real pages only: short links and earlier slugs are redirect pages (noindex).
  integrations: [buildPhases(), contentCache(), mdx(), sitemap({
      filter: (page) => !isRedirectPage(page, redirectPaths),
      // Each page lists its other editions (xhtml:link hreflang), as Base.astro's alternates do.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
    }), finishSite()],
  // Pages whose cacheKey (src/data/static-paths.ts) and code are unchanged are copied from the last
  // build (kept in node_modules/.astro/) instead of rendered.
  experimental: { incrementalBuild: true },
  security: {
    // Astro hashes every script and style it renders into a CSP <meta> tag. Pagefind adds two needs:
    // compiling its WebAssembly ('wasm-unsafe-eval') and fetching its index files ('self').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // No worker: search runs Pagefind on the page's thread (src/scripts/search-core.ts).
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [REDIRECT_SCRIPT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
