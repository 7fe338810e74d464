// The release command on a copy of this commit: every package at the new version together, the
// lockfile following, changelogs written, the changesets consumed (the committed builds are
// rebuilt by the real command; --skip-dist leaves that out here).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const versionOf = (dir: string, pkg: string): string =>
  (JSON.parse(readFileSync(join(dir, pkg, "package.json"), "utf8")) as { version: string }).version;

describe("npm run release", () => {
  it("versions every package, the root and the lockfile together, and prints the tags", () => {
    const pending = readdirSync(join(repoRoot, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    if (pending.length === 0) return; // right after a release there is nothing to release
    const copy = join(mkdtempSync(join(tmpdir(), "dpa-lint-release-")), "repo");
    execFileSync("git", ["clone", "-q", "--no-local", repoRoot, copy]);
    symlinkSync(join(repoRoot, "node_modules"), join(copy, "node_modules"));
    const dry = spawnSync(process.execPath, ["scripts/release.mjs", "--dry-run"], { cwd: copy, encoding: "utf8" });
    expect(dry.status, dry.stdout + dry.stderr).toBe(0);
    const r = spawnSync(process.execPath, ["scripts/release.mjs", "--skip-dist"], { cwd: copy, encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const version = versionOf(copy, "packages/core");
    expect(version).not.toBe(versionOf(repoRoot, "packages/core"));
    // The packages changesets versions, from the one list of them (lerna.json).
    const packages = (JSON.parse(readFileSync(join(repoRoot, "lerna.json"), "utf8")) as { packages: string[] }).packages;
    expect(packages).toContain("packages/language-server");
    for (const pkg of [".", ...packages]) expect(versionOf(copy, pkg), pkg).toBe(version);
    const lock = JSON.parse(readFileSync(join(copy, "package-lock.json"), "utf8")) as {
      version: string;
      packages: Record<string, { version?: string }>;
    };
    expect(lock.version).toBe(version);
    for (const pkg of packages) expect(lock.packages[pkg]?.version, pkg).toBe(version);
    expect(existsSync(join(copy, "packages", "core", "CHANGELOG.md"))).toBe(true);
    expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
    expect(r.stdout).toContain(`git tag v${version} && git tag -f v${version.split(".")[0]}`);
  }, 180_000);
});
