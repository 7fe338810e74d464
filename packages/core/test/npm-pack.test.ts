// npm:<package> entries (files/npm-pack.ts): whatever an installed package.json holds, a pack is
// found or the run gets one line naming the manifest, never a crash.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseNpmPack, resolveNpmPack } from "../src/index.js";

function installed(manifest: string, dirs: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), "dpa-lint-npm-"));
  const pkg = join(root, "node_modules", "@acme", "pack");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), manifest);
  for (const d of dirs) mkdirSync(join(pkg, d), { recursive: true });
  mkdirSync(join(root, "deep", "er"), { recursive: true });
  return root;
}

describe("npm packs", () => {
  it("are found from a directory upwards and named by package.json's dpa-lint.pack", () => {
    const root = installed('{"version": "2.0.1", "dpa-lint": {"pack": "bundle"}}', ["bundle"]);
    expect(resolveNpmPack(parseNpmPack("npm:@acme/pack", "x"), join(root, "deep", "er"), "x")).toMatchObject({
      version: "2.0.1",
      location: join(root, "node_modules", "@acme", "pack", "bundle"),
    });
  });

  it("refuse in one line a manifest that names no pack, a path out of the package, a missing pack, a bad entry", () => {
    const problem = (manifest: string, dirs: string[] = []): string => {
      try {
        resolveNpmPack(parseNpmPack("npm:@acme/pack", "policies"), installed(manifest, dirs), "policies");
        return "found";
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (const manifest of ["null", "[]", '"x"', "{}", '{"dpa-lint": "bundle"}', '{"dpa-lint": {"pack": ""}}'])
      expect(problem(manifest), manifest).toMatch(/names no pack/);
    expect(problem('{"dpa-lint": {"pack": "../../x"}}')).toMatch(/names no pack/);
    expect(problem('{"dpa-lint": {"pack": "/etc"}}')).toMatch(/names no pack/);
    expect(problem('{"dpa-lint": {"pack": "bundle"}}')).toMatch(/has no bundle/);
    expect(problem("{not json")).toMatch(/package\.json is not JSON/);
    expect(() => parseNpmPack("npm:../evil", "policies")).toThrow(/is not an npm pack/);
    expect(() => parseNpmPack("npm:@acme/pack@1.2.3", "policies")).toThrow(/is not an npm pack/);
  });
});
