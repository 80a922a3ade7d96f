/**
 * Starts scripts/serve.ts as a child process, with brotli as a host would serve the site, over plain
 * HTTP/1.1 or over HTTPS with HTTP/2 (with a throwaway self-signed certificate), and stops it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A running server and how to stop it. */
export interface RunningServer {
  /** e.g. `http://localhost:4321`. */
  readonly origin: string;
  stop(): Promise<void>;
}

/** Key and certificate files for HTTPS. */
export interface Tls {
  readonly key: string;
  readonly cert: string;
}

/** Makes a self-signed certificate for `localhost` in `dir` with openssl; null when openssl is missing. */
export function selfSignedCertificate(dir: string): Tls | null {
  mkdirSync(dir, { recursive: true });
  const tls = { key: join(dir, 'key.pem'), cert: join(dir, 'cert.pem') };
  if (existsSync(tls.key) && existsSync(tls.cert)) return tls;
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=localhost',
        '-keyout',
        tls.key,
        '-out',
        tls.cert,
      ],
      { stdio: 'ignore' },
    );
    return tls;
  } catch {
    return null;
  }
}

/** Serves `dist` at `localhost:<port>` (HTTPS and HTTP/2 when `tls` is given); resolves once it listens. */
export function startServer(
  root: string,
  dist: string,
  port: number,
  tls?: Tls,
): Promise<RunningServer> {
  const args = [
    join(root, 'scripts/serve.ts'),
    '--brotli',
    '--host',
    'localhost',
    '--port',
    String(port),
    ...(tls ? ['--tls-key', tls.key, '--tls-cert', tls.cert] : []),
    dist,
  ];
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (!output.includes('Serving ')) return;
      resolve({
        origin: `${tls ? 'https' : 'http'}://localhost:${port}`,
        stop: () =>
          new Promise((done) => {
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('close', (code) =>
      reject(new Error(`scripts/serve.ts stopped (exit ${code}) before it listened:\n${output}`)),
    );
  });
}
