/**
 * The MCP server as an assistant's client sees it: started as `scripts/mcp.ts` over stdio and driven
 * with the SDK's own client, against the built site in dist/ (`npm test` builds it first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, type AssessModel } from '../../src/catalog/assess.ts';
import { searchQueries } from '../fixtures/search-queries.ts';
import { practitionerQueries } from '../fixtures/search-queries-practitioner.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const script = join(root, 'scripts', 'mcp.ts');
const catalog = JSON.parse(readFileSync(join(dist, 'catalog.json'), 'utf8')) as {
  site: string;
  version: string;
  buildDate: string;
  threats: { id: string }[];
  controls: { id: string }[];
};
const site = catalog.site.endsWith('/') ? catalog.site : `${catalog.site}/`;

let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [script, '--dist', dist],
      stderr: 'pipe',
    }),
  );
});

afterAll(async () => {
  await client.close();
});

const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult;
const textOf = (result: CallToolResult) =>
  result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
const jsonOf = <T>(result: CallToolResult): T => JSON.parse(textOf(result)) as T;

describe('tool listing', () => {
  it('offers search, get_entry, find_by_framework, assess and cite, each with a description and an input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'assess',
      'cite',
      'find_by_framework',
      'get_entry',
      'search',
    ]);
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(60);
      expect(Object.keys(tool.inputSchema.properties ?? {}).length, tool.name).toBeGreaterThan(0);
    }
  });
});

describe('search', () => {
  interface Hit {
    id: string;
    kind: string;
    title: string;
    summary: string;
    url: string;
    shortLink?: string;
  }
  const expected = [...searchQueries, ...practitionerQueries];

  it.each(expected.map((q) => [q.query, q.expect] as const))(
    'finds what the site\'s search finds for "%s" among the first five (%s)',
    async (query, expect_) => {
      const { results } = jsonOf<{ results: Hit[] }>(await call('search', { query, limit: 5 }));
      const found = results.findIndex(
        (h) => h.id === expect_ || new URL(h.url).pathname === expect_,
      );
      expect(found, results.map((h) => h.id).join(', ')).toBeGreaterThanOrEqual(0);
    },
  );

  it('gives each result its id, title, one-line summary, URL and, for an entry, its short link', async () => {
    const { results } = jsonOf<{ results: Hit[] }>(await call('search', { query: 'throttling' }));
    expect(results[0]).toMatchObject({
      id: 'RATELIMIT',
      kind: 'control',
      title: 'Rate limit',
      url: `${site}controls/ratelimit/`,
      shortLink: `${site}goto/ratelimit/`,
    });
    expect(results[0]!.summary.length).toBeGreaterThan(20);
  });

  it('answers words no page holds together with the pages that hold some of them, marked as partial', async () => {
    const answer = jsonOf<{ results: (Hit & { partial: boolean })[]; note?: string }>(
      await call('search', { query: 'throttling zebra' }),
    );
    expect(answer.results[0]).toMatchObject({ id: 'RATELIMIT', partial: true });
    expect(answer.note).toContain('No page has all of these words');
  });

  it('refuses an empty query as invalid input', async () => {
    const result = await call('search', { query: '' });
    expect(result.isError).toBe(true);
  });
});

describe('get_entry', () => {
  it('returns the Markdown twin of an entry, by id, slug or other name, in any case', async () => {
    const twin = readFileSync(join(dist, 'controls', 'ratelimit.md'), 'utf8');
    for (const id of ['RATELIMIT', 'ratelimit', 'Throttling', '#ratelimit'])
      expect(textOf(await call('get_entry', { id })), id).toBe(twin);
  });

  it('answers a retired id with its successor and says why', async () => {
    const text = textOf(await call('get_entry', { id: 'SPONGEEXAMPLE' }));
    expect(text).toMatch(
      /^> `SPONGEEXAMPLE` .* was retired on \d{4}-\d{2}-\d{2} and merged into `DENIALMODELSERVICE`/,
    );
    expect(text).toContain(readFileSync(join(dist, 'threats', 'denialmodelservice.md'), 'utf8'));
  });

  it('rejects an unknown id, naming it and suggesting the nearest ids', async () => {
    const result = await call('get_entry', { id: 'RATELIMT' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      /No entry has the id or name `RATELIMT`\. Nearest ids: RATELIMIT/,
    );
  });
});

describe('find_by_framework', () => {
  interface Match {
    framework: string;
    ref: string;
    entries: { id: string; relation: string }[];
  }

  it('finds the entries mapped to an ATLAS mitigation, with the framework named loosely', async () => {
    const match = jsonOf<Match>(
      await call('find_by_framework', { framework: 'atlas', ref: 'aml.m0004' }),
    );
    expect(match).toMatchObject({ framework: 'MITRE ATLAS', ref: 'AML.M0004' });
    expect(match.entries.map((e) => e.id)).toContain('RATELIMIT');
    expect(match.entries.every((e) => e.relation !== '')).toBe(true);
  });

  it('reads an OWASP LLM Top 10 item with or without its edition suffix', async () => {
    const withYear = jsonOf<Match>(
      await call('find_by_framework', { framework: 'LLM Top 10 2026', ref: 'LLM01:2026' }),
    );
    const without = jsonOf<Match>(
      await call('find_by_framework', { framework: 'OWASP LLM Top 10 2026', ref: 'llm01' }),
    );
    expect(withYear.entries.length).toBeGreaterThan(0);
    expect(without).toEqual(withYear);
  });

  it('rejects an unknown framework, listing the frameworks that exist', async () => {
    const result = await call('find_by_framework', { framework: 'COBIT', ref: 'APO13' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      /No framework is called `COBIT`\. Frameworks this catalog maps: .*MITRE ATLAS/,
    );
  });

  it('rejects an unknown item, listing the items of that framework', async () => {
    const result = await call('find_by_framework', { framework: 'MITRE ATLAS', ref: 'AML.T9999' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      /MITRE ATLAS has no item `AML\.T9999` .* Its mapped items: .*AML\.M0004/,
    );
  });
});

describe('assess', () => {
  const model = JSON.parse(
    readFileSync(join(dist, 'overview', 'assess', 'model.json'), 'utf8'),
  ) as AssessModel;
  // The builder's page runs `assess` on this same model.json: equal results mean the same answer.
  const profiles: Record<string, Record<string, string>> = {
    "a chatbot on a supplier's model": { genai: 'yes', text_output: 'yes', trained_by: 'supplier' },
    'a classifier we train': { genai: 'no', classification_task: 'yes', trained_by: 'self' },
    'only one answer': { genai: 'yes' },
  };

  it.each(Object.entries(profiles))(
    "gives exactly the builder's result for %s",
    async (_, answers) => {
      const expected = assess(
        model,
        Object.fromEntries(
          Object.entries(answers).map(([k, v]) => [k, v === 'yes' ? true : v === 'no' ? false : v]),
        ) as never,
      );
      expect(jsonOf(await call('assess', { answers }))).toEqual(
        JSON.parse(JSON.stringify(expected)),
      );
    },
  );

  it('lists threats with the rules that put them there', async () => {
    const result = jsonOf<{ threats: { id: string; reasons: { rule: string }[] }[] }>(
      await call('assess', { answers: profiles["a chatbot on a supplier's model"]! }),
    );
    expect(result.threats.length).toBeGreaterThan(0);
    expect(result.threats.every((t) => t.reasons.length > 0)).toBe(true);
  });

  it('rejects an unknown key and an invalid value, naming each', async () => {
    const unknown = await call('assess', { answers: { genai: 'yes', colour: 'blue' } });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain('`colour`');
    const invalid = await call('assess', { answers: { genai: 'maybe' } });
    expect(invalid.isError).toBe(true);
    expect(textOf(invalid)).toContain('`genai=maybe`');
  });
});

describe('cite', () => {
  it("gives the citation and permalink the entry page's cite box shows", async () => {
    const cite = jsonOf<{ citation: string; url: string; shortLink: string }>(
      await call('cite', { id: 'ratelimit' }),
    );
    const page = readFileSync(join(dist, 'controls', 'ratelimit', 'index.html'), 'utf8');
    expect(cite.url).toBe(`${site}controls/ratelimit/`);
    expect(cite.shortLink).toBe(`${site}goto/ratelimit/`);
    expect(page).toContain(cite.citation.replaceAll('“', '“').replaceAll('&', '&amp;'));
  });
});

describe('resources', () => {
  const listed = [
    ...readFileSync(join(dist, 'llms.txt'), 'utf8').matchAll(/^- \[(.+?)\]\((\S+\.md)\)/gm),
  ].map((m) => m[2]!);

  it('lists every Markdown twin of llms.txt, by its URL, with a title and a description', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual([...listed].sort());
    expect(resources.every((r) => (r.title ?? r.name) !== '' && (r.description ?? '') !== '')).toBe(
      true,
    );
  });

  it('reads a twin as Markdown, exactly as the site publishes it', async () => {
    const uri = `${site}threats/promptinjection.md`;
    const { contents } = await client.readResource({ uri });
    expect(contents[0]).toMatchObject({
      uri,
      mimeType: 'text/markdown',
      text: readFileSync(join(dist, 'threats', 'promptinjection.md'), 'utf8'),
    });
  });
});

describe('the process', () => {
  it('writes nothing but protocol messages to stdout', () => {
    const init = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 't', version: '1' },
      },
    };
    const list = { jsonrpc: '2.0', id: 2, method: 'tools/list' };
    const run = spawnSync(process.execPath, [script, '--dist', dist], {
      input: `${JSON.stringify(init)}\n${JSON.stringify(list)}\n`,
      encoding: 'utf8',
      timeout: 20_000,
    });
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
  });

  it('tells the user to build the site first when dist/ is missing, and exits with an error', () => {
    const run = spawnSync(process.execPath, [script, '--dist', join(root, 'no-such-dist')], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Fix: run `npm run build` first');
  });
});

describe('over Streamable HTTP', () => {
  it('serves the same tools on 127.0.0.1 and refuses a request for another host name', async () => {
    const child = spawn(process.execPath, [script, '--dist', dist, '--http', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const endpoint = await new Promise<string>((done, fail) => {
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const url = /at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(err)?.[1];
          if (url) done(url);
        });
        child.on('exit', () => fail(new Error(err)));
      });
      const http = new Client({ name: 'test', version: '1.0.0' });
      await http.connect(new StreamableHTTPClientTransport(new URL(endpoint)));
      const answer = (await http.callTool({
        name: 'search',
        arguments: { query: 'throttling', limit: 1 },
      })) as CallToolResult;
      expect(jsonOf<{ results: { id: string }[] }>(answer).results[0]!.id).toBe('RATELIMIT');
      await http.close();
      // fetch() may not set Host, so the rebinding attempt goes through node:http.
      const status = await new Promise<number>((done, fail) => {
        const req = request(
          endpoint,
          {
            method: 'POST',
            headers: {
              host: 'attacker.example',
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
            },
          },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on('error', fail);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
      });
      expect(status).toBe(403);
    } finally {
      child.kill();
    }
  });
});
