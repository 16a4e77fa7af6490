import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.pagefind': 'application/wasm',
};
/** What a static host compresses on the fly; Pagefind's index files are gzip already. */
const compressible = /\.(html|js|css|json|svg|xml)$/;

export interface StaticSite {
  origin: string;
  /** Bytes sent per path (after compression), for budget measurements. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: `base` mapped to the
 * folder, `index.html` for directories, gzip for text when the browser asks.
 */
export async function serveSite(root: string, base = '/'): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (!pathname.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      let file = normalize(join(root, pathname.slice(base.length)));
      if (!file.startsWith(normalize(root))) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body = await readFile(file);
        const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
        if (compressible.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
        sent.set(pathname, (sent.get(pathname) ?? 0) + body.length);
        res.writeHead(200, headers).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
