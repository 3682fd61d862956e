/**
 * A mistake in the content, worded for its author: the message names the file, line and fix, so a
 * stack trace of the site's code would only bury it. Astro prints the `stack` of every error that
 * stops a build (its CLI always asks for the full trace), so a content error has none, unless the
 * environment sets `DEBUG` (any value) for whoever debugs the site's code itself.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The 1-based line of the first problem, when one page is at fault: Astro shows it as the location. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, at: { line?: number | undefined } = {}) {
    super(message);
    this.line = at.line;
    this.column = at.line === undefined ? undefined : 1;
    // `globalThis.process`: this module may ship to the browser, where there is no environment.
    if (!globalThis.process?.env['DEBUG']) this.stack = '';
  }
}
