// A small static server for the demo and the browser tests: serves www/ and
// pkg/ of this repository on loopback only, with correct MIME types (wasm
// must be application/wasm for streaming compilation). No dependencies.
//
//   node scripts/serve.mjs [--port 8080]      (PORT=... also works)

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PUBLIC = ['www', 'pkg', 'dist'];
/** Content types by file extension (also used by the benchmark's server). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to the http.Server once listening. */
export function startServer({ port = 8080, host = '127.0.0.1', root = ROOT, quiet = false } = {}) {
  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'Bad request\n');
    }
    if (pathname === '/') return send(302, '', 'text/plain', { Location: '/www/' });
    if (pathname.endsWith('/')) pathname += 'index.html';
    const rel = normalize(pathname).replace(/^[/\\]+/, '');
    const top = rel.split(sep)[0];
    const file = join(root, rel);
    if (!PUBLIC.includes(top) || !file.startsWith(join(root, top) + sep)) return send(404, 'Not found\n');
    try {
      const info = await stat(file);
      if (info.isDirectory()) return send(302, '', 'text/plain', { Location: `${pathname}/` });
      const body = await readFile(file);
      // Module scripts and wasm loaded by pages of other origins need CORS,
      // as they would from a CDN.
      send(200, body, TYPES[extname(file)] || 'application/octet-stream', {
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      });
    } catch {
      send(404, 'Not found\n');
    }
    if (!quiet) console.log(`${req.method} ${pathname} ${res.statusCode}`);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT || 8080);
  startServer({ port, quiet: true }).then(
    () => console.log(`Serving the demo at http://127.0.0.1:${port}/  (Ctrl-C to stop)`),
    (e) => {
      console.error(`Cannot listen on 127.0.0.1:${port}: ${e.message}. Try PORT=8081 make run.`);
      process.exit(1);
    },
  );
}
