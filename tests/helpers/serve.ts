/** Serves a built site on 127.0.0.1 as a static host would: files, directory indexes, the 404 page. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  /** Origin plus base, ending in a slash: `http://127.0.0.1:41234/` or `…/docs/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<SiteServer> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false, extensions: ['html'] });
  const notFound = readFileSync(path.join(dir, '404.html'));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
