/**
 * Merges Content Security Policies (one per page, as Astro writes them in a <meta> tag) into one that
 * allows exactly what any page allows: per directive, the union of sources, in first-seen order.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // → "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Security headers that a <meta> policy cannot carry, or that only a header can set. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the site's policy plus `frame-ancestors`, which
 * only works as a header, the usual security headers, and long caching for fingerprinted assets.
 */
export function headersFile(base: string, policy: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [`${root}*`, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`${root}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}
