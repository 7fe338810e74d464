import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two files at a time on the project's 2-core machines (vitest's default leaves one core idle):
    // most files wait on processes they spawn (the CLI, git, npm, OPA, local-action), and the
    // suite took 433 s one file at a time, 289 s two at a time. The linearity checks measure
    // ratios within one run, and test/loaded-machine.test.ts shows they hold on a loaded machine.
    maxWorkers: 2,
    // One temporary directory for the whole run, removed at the end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
  },
});
