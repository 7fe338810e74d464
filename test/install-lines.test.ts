// Every install line the READMEs give must be one the repository can satisfy today: a release tag
// it cites is a release of this repository (its changelog has it, and the tag exists wherever the
// clone carries tags), and a line for the npm registry says it applies once the packages are
// published (they are not yet).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const READMES = [
  "README.md",
  "packages/cli/README.md",
  "packages/core/README.md",
  "packages/github-action/README.md",
  "docs/configuration.md",
];
const version = (JSON.parse(readFileSync(join(repoRoot, "packages", "core", "package.json"), "utf8")) as { version: string }).version;
const changelog = readFileSync(join(repoRoot, "packages", "core", "CHANGELOG.md"), "utf8");
const released = new Set([...changelog.matchAll(/^## (\d+\.\d+\.\d+)$/gm)].map((m) => m[1]));
const tags = execFileSync("git", ["tag", "-l"], { cwd: repoRoot, encoding: "utf8" }).split("\n").filter(Boolean);

describe("install lines in the READMEs", () => {
  for (const readme of READMES) {
    const text = readFileSync(join(repoRoot, readme), "utf8");
    it(`${readme}: every release tag it cites is a release of this repository`, () => {
      // dpa-lint's own tags: git installs (#v..), the action's uses: (@v..), pre-commit's rev:, docs links (blob/v..).
      const cited = [...text.matchAll(/dpa-lint\/dpa-lint[^\s"'`]*?(?:#|@|blob\/)(v\d+(?:\.\d+\.\d+)?)\b|\brev: (v\d+\.\d+\.\d+)/g)].map(
        (m) => (m[1] ?? m[2]) as string,
      );
      for (const tag of cited) {
        const full = /^v\d+\.\d+\.\d+$/.test(tag);
        // A full tag is a release in the changelog; the moving major tag follows the current version.
        if (full) expect(released.has(tag.slice(1)), `${tag} is not in packages/core/CHANGELOG.md`).toBe(true);
        else expect(tag, `${tag}: the moving major tag of ${version}`).toBe(`v${version.split(".")[0]}`);
        if (tags.length > 0) expect(tags, `git tag ${tag} is missing`).toContain(tag);
      }
    });

    it(`${readme}: a line installing from the npm registry says it applies once published`, () => {
      for (const line of text.split("\n")) {
        if (!/(npx|npm install[^\n]*) @dpa-lint\//.test(line) && !/npm install --save-dev @dpa-lint\//.test(line)) continue;
        expect(line, `${readme}: ${line}`).toMatch(/once published/i);
      }
    });
  }

  it("the README installs dpa-lint before it runs `npx dpa-lint`", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const install = readme.indexOf("npm install --save-dev github:dpa-lint/dpa-lint#");
    const firstRun = readme.indexOf("npx dpa-lint ");
    expect(install).toBeGreaterThan(0);
    expect(install).toBeLessThan(firstRun);
  });
});
