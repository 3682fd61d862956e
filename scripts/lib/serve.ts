/** Serves a built site on 127.0.0.1 as a static host would: files, directory indexes, the 404 page. */
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  /** Origin plus base, ending in a slash: `http://127.0.0.1:41234/` or `…/docs/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * `compress` gzips text responses on the fly, as static hosts (Netlify, Cloudflare Pages) do: for
 * Lighthouse, whose simulated network times what the page transfers. Tests and the search benchmark
 * leave it off; they count the bytes of the files themselves.
 */
export async function serveSite(dir: string, base = '/', { compress = false } = {}): Promise<SiteServer> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false, extensions: ['html'] });
  const gzip = compress ? compression() : undefined;
  const notFound = readFileSync(path.join(dir, '404.html'));
  const headerRules = existsSync(path.join(dir, '_headers')) ? parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    if (gzip) gzip(request as Parameters<typeof gzip>[0], response as Parameters<typeof gzip>[1], () => serve(request, response));
    else serve(request, response);
  });
  function serve(request: IncomingMessage, response: ServerResponse): void {
    const url = request.url ?? '/';
    // Serve the _headers file the way Netlify and Cloudflare Pages do, so tests see the real policy.
    for (const rule of headerRules) {
      if (url.split('?')[0]!.startsWith(rule.prefix)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads a `_headers` file: a path pattern (`/prefix/*`) a line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): { prefix: string; headers: [string, string][] }[] {
  const rules: { prefix: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: [] });
    else if (line.trim() && rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
