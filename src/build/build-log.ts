import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import astroNodeLogger from 'astro/logger/node';
import { compactAction, progressDue, progressLine, PROGRESS_INTERVAL_MS, REUSED_PAGES, reusedRoute } from '../lib/build-report.ts';

/**
 * The logger of `astro build` and `astro dev` (Astro's `logger.entrypoint`, set in astro.config.mjs).
 * Astro's own, unless scripts/build.ts asks for the compact log with BUILD_LOG=compact: warnings and errors in
 * full, as Astro's own logger prints them; the site's phase lines; and instead of a line per route
 * written (about 40,000 at 10,000 feature pages), a progress line, rewritten in place when stdout is
 * a terminal and written as a plain line every few seconds when it is not (a CI log). What is shown
 * and dropped: src/lib/build-report.ts. `npm run build -- --verbose` leaves Astro's logger as it is.
 * Astro imports this file with Node itself, not through Vite, so it imports with `.ts` extensions only.
 */
export default function buildLog(): AstroLoggerDestination {
  // Astro's logger has already left out what is below its level (--verbose: debug; --silent: all).
  const astro = astroNodeLogger({ level: 'debug' });
  if (process.env['BUILD_LOG'] !== 'compact') return astro;
  const terminal = process.stdout.isTTY === true;
  const interval = terminal ? PROGRESS_INTERVAL_MS.terminal : PROGRESS_INTERVAL_MS.log;
  let written = 0;
  let renderingSince: number | undefined;
  let progressShown = false;
  const throttle = { last: 0 };
  // A progress line written in place is cleared before anything else is printed.
  const clearProgress = () => {
    if (progressShown) process.stdout.write('\r\x1b[K');
    progressShown = false;
  };
  const endRendering = () => {
    renderingSince = undefined;
    written = 0;
  };
  return {
    write(event: AstroLoggerMessage) {
      if (reusedRoute(event)) (globalThis as Record<symbol, number>)[REUSED_PAGES] = ((globalThis as Record<symbol, number>)[REUSED_PAGES] ?? 0) + 1;
      const action = compactAction(event);
      if (action === 'route') {
        const now = Date.now();
        if (renderingSince === undefined) {
          renderingSince = now;
          throttle.last = now;
        }
        written += 1;
        if (!progressDue(throttle, now, interval)) return;
        const line = progressLine(written, (now - renderingSince) / 1000);
        if (terminal) {
          process.stdout.write(`\r\x1b[K${line}`);
          progressShown = true;
        } else process.stdout.write(`${line}\n`);
        return;
      }
      if (action === 'drop') return;
      clearProgress();
      if (action === 'phase') {
        // The page-rendering line comes after the last route: the progress count starts again.
        endRendering();
        process.stdout.write(`${event.message}\n`);
      } else astro.write(event);
    },
  };
}
