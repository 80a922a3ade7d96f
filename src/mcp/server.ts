/**
 * The MCP server of the knowledge base: the tools of `tools.ts` and every page's Markdown twin as a
 * resource, wired to the official TypeScript SDK. It holds no state beyond the site data read at
 * start, so one instance serves any number of requests, over stdio or Streamable HTTP.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { LookupError } from './lookup.ts';
import { siteSearchFor } from './search.ts';
import type { SiteData } from './site-data.ts';
import { assessTool, citeTool, findByFrameworkTool, getEntryTool, searchTool } from './tools.ts';

/** The server's name as clients show it. */
export const SERVER_NAME = 'ai-security-exchange';

const json = (value: unknown): CallToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
});
const text = (value: string): CallToolResult => ({ content: [{ type: 'text', text: value }] });

/** Runs a tool body; a lookup error becomes a tool error the assistant can read and act on. */
function answer(body: () => CallToolResult): CallToolResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof LookupError)
      return { content: [{ type: 'text', text: error.message }], isError: true };
    throw error;
  }
}

/** A server answering from `data`. */
export function createServer(data: SiteData): McpServer {
  const server = new McpServer(
    { name: SERVER_NAME, title: 'AI Security Exchange', version: data.version },
    {
      instructions: `${data.title} ${data.version} (built ${data.buildDate}, ${data.site}): a knowledge base of AI security threats and the controls against them. Search it, read an entry with get_entry, map other frameworks' items with find_by_framework, run the threat-model builder with assess, and cite with cite. Quote ids and permanent URLs; they never change.`,
    },
  );

  server.registerTool(
    'search',
    {
      title: 'Search the knowledge base',
      description:
        'Ranked threats, controls and pages for the words a practitioner types: ids (RATELIMIT), names, other names (jailbreak, throttling, model stealing), outside framework ids (AML.T0051, LLM01:2025) and words of the prose. Each result has its id, title, one-line summary, URL and short link.',
      inputSchema: {
        query: z.string().min(1).describe('Words, an id or a framework id.'),
        limit: z
          .number()
          .int()
          .min(1)
          .max(50)
          .optional()
          .describe('How many results, 10 by default.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query, limit }) => answer(() => json(searchTool(siteSearchFor(data), query, limit ?? 10))),
  );

  server.registerTool(
    'get_entry',
    {
      title: 'Read a threat or control',
      description:
        'The full page of one threat or control as Markdown: summary, facts, prose, related threats and controls, and standards references. Accepts the id, slug, an alias or another name, in any case; a retired id answers with the entry that took it over.',
      inputSchema: {
        id: z
          .string()
          .min(1)
          .describe('For example PROMPTINJECTION, ratelimit or "model stealing".'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ id }) => answer(() => text(getEntryTool(data, id))),
  );

  server.registerTool(
    'find_by_framework',
    {
      title: "Entries mapped to another framework's item",
      description:
        'The threats and controls this knowledge base maps to one item of an outside framework (MITRE ATLAS, OWASP LLM Top 10 of each edition, OWASP Top 10 for Agentic Applications, AISVS, ISO/IEC, NIST, ENISA, ETSI, OpenCRE...), with the relation and where the mapping comes from. Framework names are matched loosely ("ATLAS", "LLM Top 10 2026").',
      inputSchema: {
        framework: z
          .string()
          .min(1)
          .describe(
            'For example "MITRE ATLAS", "ATLAS", "OWASP LLM Top 10 2026", "ISO/IEC 27002".',
          ),
        ref: z
          .string()
          .describe(
            'The item, for example AML.T0051, LLM01:2026, ASI06, 8.16; empty for mappings of the framework as a whole.',
          ),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ framework, ref }) => answer(() => json(findByFrameworkTool(data, framework, ref))),
  );

  const keys = data.model.questions.map((q) => q.key);
  server.registerTool(
    'assess',
    {
      title: 'Threat-model builder',
      description: `Which threats apply to an AI system, the rule that put each there, the controls against them and who is responsible, from answers about the system. Keys and values are those of the builder's link (${data.site}overview/assess/): yes/no questions take "yes" or "no", who-does questions take "self" or "supplier"; leave out what is not known. Keys: ${keys.join(', ')}.`,
      inputSchema: {
        answers: z
          .record(z.string(), z.union([z.string(), z.boolean()]))
          .describe('For example { "genai": "yes", "trained_by": "supplier" }.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ answers }) => answer(() => json(assessTool(data, answers))),
  );

  server.registerTool(
    'cite',
    {
      title: 'Cite an entry',
      description:
        "The suggested citation of a threat or control, with its permanent URL and short link, as the page's cite box shows them.",
      inputSchema: { id: z.string().min(1).describe('The entry id or any of its names.') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ id }) => answer(() => json(citeTool(data, id))),
  );

  for (const page of data.pages) {
    server.registerResource(
      page.markdownUrl,
      page.markdownUrl,
      { title: page.title, description: page.description, mimeType: 'text/markdown' },
      (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: page.markdown }] }),
    );
  }
  return server;
}
