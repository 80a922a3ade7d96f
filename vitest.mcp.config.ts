import { defineConfig } from 'vitest/config';

/**
 * The MCP server's tests: they drive `npm run mcp` with the SDK's own client over stdio, against the
 * built site, so `npm test` runs them after the build.
 */
export default defineConfig({
  test: {
    include: ['tests/mcp/**/*.test.ts'],
  },
});
