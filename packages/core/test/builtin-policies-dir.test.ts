// Where the core finds the built-in policies, in each layout it runs in. A run from the checkout
// reads the checkout's policies/ even while `npm pack` (its prepack) has put a copy inside
// packages/core: that copy comes and goes, and the tests that pack ran beside tests that build.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const root = mkdtempSync(join(tmpdir(), "dpa-lint-layout-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** BUILTIN_POLICIES_DIR as the core built into `root` computes it. */
function builtinDir(): string {
  const tools = pathToFileURL(join(root, "packages", "core", "dist", "policy", "tools.js")).href;
  const script = `import { BUILTIN_POLICIES_DIR } from ${JSON.stringify(tools)}; console.log(BUILTIN_POLICIES_DIR);`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim();
}

describe("the built-in policies' directory", () => {
  it("is the shipped copy in an installed core, and the checkout's policies/ in the checkout, a packed copy beside it or not", () => {
    const core = join(root, "packages", "core");
    cpSync(join(repoRoot, "packages", "core", "dist"), join(core, "dist"), { recursive: true });
    cpSync(join(repoRoot, "packages", "core", "package.json"), join(core, "package.json"));
    symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
    mkdirSync(join(root, "policies"));
    mkdirSync(join(core, "policies"));
    // No sources beside the build: an installed package, which ships its policies.
    expect(builtinDir()).toBe(join(core, "policies"));
    // The checkout: its own policies/, whatever `npm pack` has left in packages/core meanwhile.
    mkdirSync(join(core, "src", "policy"), { recursive: true });
    writeFileSync(join(core, "src", "policy", "tools.ts"), "");
    expect(builtinDir()).toBe(join(root, "policies"));
    rmSync(join(core, "policies"), { recursive: true });
    expect(builtinDir()).toBe(join(root, "policies"));
  });
});
