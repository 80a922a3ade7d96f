/**
 * Serves the built site the way a static host does: a directory answers with its `index.html`, a
 * directory without its trailing slash redirects to it, anything else missing answers `404.html` with
 * status 404, and every response carries the headers that `dist/_headers` gives its path (so the
 * end-to-end tests run under the real Content-Security-Policy). For the benchmark's page weights it
 * can serve as hosts do: `--brotli` compresses text responses at the highest quality, and a key and
 * certificate switch it to HTTPS with HTTP/2 (HTTP/1.1 still answered).
 *
 * Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--brotli] [--tls-key key.pem --tls-cert cert.pem] [dist]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { matchesPattern, parseNetlifyHeaders } from '../src/site/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};
/** Types worth compressing. Pagefind's index files (`.pf_*`, `.pagefind`) are gzipped by Pagefind itself. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

const { values, positionals } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    brotli: { type: 'boolean', default: false },
    'tls-key': { type: 'string' },
    'tls-cert': { type: 'string' },
  },
  allowPositionals: true,
});
const root = resolve(positionals[0] ?? join(import.meta.dirname, '..', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} holds no built site. Fix: run \`npm run build\` first.`);
  process.exit(1);
}
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseNetlifyHeaders(readFileSync(headersFile, 'utf8')) : [];
const compressed = new Map<string, Buffer>();

/** The file that answers a path, or a redirect to the path with its trailing slash. */
function resolvePath(pathname: string): { file: string } | { redirect: string } | null {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    return existsSync(join(path, 'index.html')) ? { file: join(path, 'index.html') } : null;
  }
  return { file: path };
}

/** What the handler needs of a request and a response, in HTTP/1.1 and HTTP/2 alike. */
interface Request {
  readonly url?: string | undefined;
  readonly method?: string | undefined;
  readonly headers: IncomingHttpHeaders;
}
interface Response {
  setHeader(name: string, value: string | number): unknown;
  writeHead(status: number, headers?: Record<string, string | number>): unknown;
  end(): unknown;
  end(body: Buffer): unknown;
}

/** Answers a request; an unexpected failure answers 500 and is logged, and the server keeps serving. */
function handle(req: Request, res: Response): void {
  try {
    serve(req, res);
  } catch (error) {
    console.error(`serve.ts: ${req.method} ${req.url} failed: ${(error as Error).stack}`);
    res.writeHead(500);
    res.end();
  }
}

function serve(req: Request, res: Response): void {
  const url = new URL(req.url ?? '/', 'http://site');
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, url.pathname))
      for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  let found: ReturnType<typeof resolvePath>;
  try {
    found = resolvePath(url.pathname);
  } catch {
    found = null; // a malformed %-escape
  }
  if (found && 'redirect' in found) {
    res.writeHead(301, { Location: found.redirect + url.search });
    res.end();
    return;
  }
  const status = found ? 200 : 404;
  const file = found?.file ?? join(root, '404.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  let body: Buffer = readFileSync(file);
  res.setHeader('Content-Type', type);
  res.setHeader('Vary', 'Accept-Encoding');
  if (
    values.brotli &&
    COMPRESSIBLE.test(type) &&
    /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))
  ) {
    let packed = compressed.get(file);
    if (!packed) {
      packed = brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      compressed.set(file, packed);
    }
    body = packed;
    res.setHeader('Content-Encoding', 'br');
  }
  res.writeHead(status, { 'Content-Length': body.length });
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

const tls =
  values['tls-key'] && values['tls-cert']
    ? { key: readFileSync(values['tls-key']), cert: readFileSync(values['tls-cert']) }
    : null;
const server = tls
  ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
  : createServer(handle);
server.listen(Number(values.port), values.host, () => {
  const what = [
    `${rules.length} header rules`,
    ...(values.brotli ? ['brotli'] : []),
    ...(tls ? ['HTTP/2'] : []),
  ].join(', ');
  console.log(
    `Serving ${root} at ${tls ? 'https' : 'http'}://${values.host}:${values.port}/ (${what})`,
  );
});
// Exit at once on a signal (open keep-alive connections would hold a graceful close), saying so, since
// a test run that loses its server should show why.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`serve.ts: stopping on ${signal}`);
    process.exit(0);
  });
}
