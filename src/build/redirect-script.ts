import { createHash } from 'node:crypto';

/**
 * The one script of a redirect page: go to the canonical URL, keeping the #section (which a meta
 * refresh would drop). It reads the target from the page's canonical link, so the text, and so its
 * CSP hash, is the same on every redirect page.
 */
export const REDIRECT_SCRIPT =
  "location.replace(new URL(document.querySelector('link[rel=\"canonical\"]').getAttribute('href'), location.href).pathname + location.hash);";

/** The script's hash in CSP form, for `security.csp.scriptDirective.hashes`. */
export const REDIRECT_SCRIPT_HASH = `sha256-${createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')}` as const;
