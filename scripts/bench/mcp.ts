/**
 * How fast the MCP server answers an assistant: from spawning `scripts/mcp.ts` to its answer to
 * `initialize` (what a client waits for before the first tool call), and the round trip of a `search`
 * call over stdio, each query several times, as the SDK's own client sees it.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { median } from './stats.ts';

/** Start-up and search figures of the MCP server. */
export interface McpFigures {
  /** Milliseconds from spawn to the `initialize` answer, per start. */
  readonly startMs: readonly number[];
  readonly startMedianMs: number;
  /** Median search round trip per query, in milliseconds. */
  readonly searchMs: Readonly<Record<string, number>>;
  /** Median over queries. */
  readonly searchMedianMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Starts the server `starts` times and times `repeats` searches of each query on the last start. */
export async function measureMcp(
  root: string,
  dist: string,
  queries: readonly string[],
  starts = 3,
  repeats = 5,
): Promise<McpFigures> {
  const startMs: number[] = [];
  let client: Client | undefined;
  for (let i = 0; i < starts; i++) {
    await client?.close();
    client = new Client({ name: 'bench', version: '1.0.0' });
    const t0 = performance.now();
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(root, 'scripts', 'mcp.ts'), '--dist', dist],
        stderr: 'ignore',
      }),
    );
    startMs.push(round(performance.now() - t0));
  }
  const searchMs: Record<string, number> = {};
  for (const query of queries) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await client!.callTool({ name: 'search', arguments: { query, limit: 10 } });
      times.push(performance.now() - t0);
    }
    searchMs[query] = round(median(times));
  }
  await client!.close();
  return {
    startMs,
    startMedianMs: round(median(startMs)),
    searchMs,
    searchMedianMs: round(median(Object.values(searchMs))),
  };
}
