import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/neo4j/**', '**/node_modules/**'] },
      },
      {
        // The Neo4j tests share one server (see test/neo4j/global-setup.ts) and clear its database: one file at a time.
        extends: true,
        test: { name: 'neo4j', include: ['test/neo4j/**/*.test.ts'], globalSetup: ['test/neo4j/global-setup.ts'], fileParallelism: false },
      },
    ],
  },
});
