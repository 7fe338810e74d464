import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One temporary directory for the whole run, removed at the end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
  },
});
