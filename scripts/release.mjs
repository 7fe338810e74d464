// npm run release: one command that versions everything together (CONTRIBUTING.md, "Releasing").
// 1. changeset version: consumes .changeset/*.md, bumps @dpa-lint/core, @dpa-lint/cli and the
//    GitHub Action (fixed together, .changeset/config.json) and writes their CHANGELOG.md;
// 2. the root package (what git installs and the hooks run) follows that version;
// 3. the lockfile is updated; 4. the committed builds are rebuilt (they embed the version), and the
//    VS Code extension is packaged (packages/vscode/build/*.vsix, for the Marketplace and Open VSX).
// It prints the commit and tags to make: vX.Y.Z, and the moving major tag vX the action's `uses:`
// and the README follow. --dry-run only says what would happen; --skip-dist skips step 4 (tests).
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean" }, "skip-dist": { type: "boolean" }, cwd: { type: "string" } } });
const root = values.cwd ?? join(new URL(".", import.meta.url).pathname, "..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const manifest = (dir) => join(root, dir, "package.json");
const versionOf = (dir) => JSON.parse(readFileSync(manifest(dir), "utf8")).version;

const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
if (pending.length === 0) {
  console.error("dpa-lint release: no changeset to release (.changeset/*.md)");
  process.exit(1);
}
if (values["dry-run"]) {
  console.log(`dpa-lint release: ${pending.length} changesets; current version ${versionOf("packages/core")}`);
  run(process.execPath, [join(root, "node_modules", "@changesets", "cli", "bin.js"), "status", "--verbose"]);
  process.exit(0);
}
run(process.execPath, [join(root, "node_modules", "@changesets", "cli", "bin.js"), "version"]);
const version = versionOf("packages/core");
const rootManifest = manifest(".");
writeFileSync(rootManifest, readFileSync(rootManifest, "utf8").replace(/"version": "[^"]+"/, `"version": "${version}"`));
run("npm", ["install", "--package-lock-only", "--no-audit", "--no-fund", "--ignore-scripts"]);
if (!values["skip-dist"]) {
  run("npm", ["run", "dist"]);
  run(process.execPath, [join(root, "scripts", "build-vscode.mjs")]);
}
const major = version.split(".")[0];
console.log(`dpa-lint release: every package is at ${version}. Now:
  git commit -am "Release v${version}" && git tag v${version} && git tag -f v${major}
  git push && git push origin v${version} && git push -f origin v${major}
and publish the editor extension (the same file to both registries):
  npx @vscode/vsce publish --packagePath packages/vscode/build/vscode-dpa-lint-${version}.vsix
  npx ovsx publish packages/vscode/build/vscode-dpa-lint-${version}.vsix`);
