/**
 * Lighthouse on a built site, served on 127.0.0.1, in Debian's Chromium. Chromium is started here
 * with a DevTools port and Lighthouse attaches to it, so nothing is downloaded and no launcher
 * package has to be a dependency.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../lib/browser.ts';
import { serveSite } from '../lib/serve.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  /** The audit's weight in the category score; 0 for diagnostics that do not move the score. */
  weight: number;
  displayValue?: string;
  /** The first elements or URLs the audit blames, so the reason is visible without the full report. */
  culprits?: string[];
}

/** Elements (selector or HTML snippet) or URLs from an audit's details table or list. */
function culpritsOf(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  // Some audits keep an object, not a list, under `items` (the network dependency tree).
  if (!Array.isArray(items)) return [];
  const found: string[] = [];
  for (const item of items) {
    const record = item as { node?: { selector?: string; snippet?: string }; url?: string; source?: { url?: string }; items?: unknown[] };
    const text = record.node?.selector || record.node?.snippet || record.url || record.source?.url;
    if (text) found.push(text.length > 120 ? `${text.slice(0, 117)}…` : text);
    // Some audits (layout shift culprits) nest a table per item.
    else if (record.items) found.push(...culpritsOf(record));
    if (found.length >= 3) break;
  }
  return found.slice(0, 3);
}

export interface LighthousePage {
  name: string;
  url: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  /** Audits below a full score in categories below 100: the reason a score is not 100. */
  failing: FailingAudit[];
  runtimeError?: string;
  warnings: string[];
}

/** Starts Chromium headless with a DevTools port and returns the port and a way to stop it. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'qemu-docs-lighthouse-'));
  const child = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Chromium would outlive the benchmark if it stopped early (Ctrl+C, an error): end it on exit.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port within 30 s:\n${output}`)), 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it opened a DevTools port:\n${output}`)));
  });
  return {
    port,
    async stop() {
      process.off('exit', killOnExit);
      child.kill('SIGTERM');
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const ATTEMPTS = 3;

/**
 * One Lighthouse run. A run that could not record the page (a runtime error such as NO_NAVSTART,
 * which a busy machine provokes now and then) is tried again; the last attempt is kept either way.
 */
async function audit(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!result.lhr.runtimeError || attempt === ATTEMPTS) return result.lhr;
  }
}

/** Runs Lighthouse (default mobile settings) on each page of `distDir` in turn. */
export async function runLighthouse(distDir: string, base: string, pages: readonly { name: string; path: string }[], onPage: (name: string) => void): Promise<LighthousePage[]> {
  const server = await serveSite(distDir, base);
  const chromium = await startChromium();
  const results: LighthousePage[] = [];
  try {
    for (const page of pages) {
      onPage(page.name);
      const url = `${server.url}${page.path}`;
      const lhr = await audit(url, chromium.port);
      const scores: Record<string, number | null> = {};
      const failing: FailingAudit[] = [];
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
        if (!category || category.score === 1) continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          // Audits that cannot pass or fail (manual, informative, not applicable) have a null score.
          if (!audit || audit.score === null || audit.score >= 1) continue;
          const culprits = culpritsOf(audit.details);
          failing.push({
            category: id,
            id: audit.id,
            title: audit.title,
            score: audit.score,
            weight: ref.weight,
            ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
            ...(culprits.length > 0 ? { culprits } : {}),
          });
        }
      }
      results.push({
        name: page.name,
        url: page.path,
        scores,
        failing,
        ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
        warnings: lhr.runWarnings.map(String),
      });
    }
  } finally {
    await chromium.stop();
    await server.close();
  }
  return results;
}
