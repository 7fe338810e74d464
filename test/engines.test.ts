// The development install runs on the Node the suite runs on (Node 20 in CI): no package in the
// lockfile may declare engines that exclude it, or `npm ci` prints EBADENGINE warnings and the
// package may use what this Node lacks. The overrides in package.json pin the last versions of
// the dev tools' dependencies (local-action's Azure and Octokit, docx's nanoid) that support it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("engines in the lockfile", () => {
  it(`every installed package supports this Node (${process.versions.node})`, () => {
    const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    };
    const refused = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== "" && !pkg.optional)
      .map(([path, pkg]) => [path, Array.isArray(pkg.engines) ? undefined : pkg.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(process.versions.node, range))
      .map(([path, range]) => `${path} (${range})`);
    expect(refused).toEqual([]);
  });
});
