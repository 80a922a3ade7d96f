/**
 * `npm run --silent mcp`: the knowledge base as an MCP server over stdio, answering from the built
 * site in `dist/` (or `--dist DIR`). `--http PORT` serves the same over Streamable HTTP on
 * 127.0.0.1 instead. Only the protocol goes to stdout; everything else goes to stderr.
 */
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { siteSearchFor } from '../src/mcp/search.ts';
import { createServer } from '../src/mcp/server.ts';
import { loadSiteData, MissingBuildError } from '../src/mcp/site-data.ts';

const { values } = parseArgs({ options: { http: { type: 'string' }, dist: { type: 'string' } } });
const dist = resolve(values.dist ?? resolve(import.meta.dirname, '..', 'dist'));

let data;
try {
  data = loadSiteData(dist);
} catch (error) {
  if (error instanceof MissingBuildError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

if (values.http === undefined) {
  await createServer(data).connect(new StdioServerTransport());
  process.stderr.write(
    `AI Security Exchange MCP server ${data.version} (built ${data.buildDate}) on stdio, ${data.pages.length} pages\n`,
  );
  // Answer `initialize` first; index the pages right after, before the first search is likely to come.
  setImmediate(() => siteSearchFor(data));
} else {
  const port = Number(values.http);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `--http ${values.http} is not a port. Fix: give a number, e.g. --http 3333.\n`,
    );
    process.exit(1);
  }
  const site = data;
  // Stateless (no session id generator): a fresh server and transport per request, so no session outlives its request.
  const http = createHttpServer(async (req, res) => {
    if (req.url?.split('?')[0] !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('The MCP endpoint is /mcp.\n');
      return;
    }
    const server = createServer(site);
    // Only local clients: a web page elsewhere must not reach the server through DNS rebinding.
    const bound = (http.address() as { port: number }).port;
    const transport = new StreamableHTTPServerTransport({
      enableJsonResponse: true,
      enableDnsRebindingProtection: true,
      allowedHosts: [`127.0.0.1:${bound}`, `localhost:${bound}`],
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  });
  http.listen(port, '127.0.0.1', () => {
    const address = http.address();
    process.stderr.write(
      `AI Security Exchange MCP server ${data.version} at http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/mcp\n`,
    );
  });
}
