import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyEngine, PolicyError, readBundle } from "../src/index.js";
import { opaBin, policiesDir } from "./helpers.js";

/** Builds a one-package bundle with the real OPA and the project's capabilities file. */
function buildBundle(rego: string, catalogueRules: Array<{ id: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-contract-"));
  mkdirSync(join(dir, "src", "main"), { recursive: true });
  writeFileSync(join(dir, "src", "main", "main.rego"), rego);
  execFileSync(opaBin, [
    "build",
    "-t",
    "wasm",
    "-e",
    "main/findings",
    "--capabilities",
    join(policiesDir, "capabilities.json"),
    "-o",
    join(dir, "bundle.tar.gz"),
    join(dir, "src"),
  ]);
  const rules = catalogueRules.map((r) => ({
    ...r,
    pack: "gdpr",
    name: r.id.split("/")[1],
    title: "t",
    description: "",
    severity: "error",
  }));
  writeFileSync(join(dir, "catalogue.json"), JSON.stringify({ version: 1, opaVersion: "test", packs: [], rules }));
  return dir;
}

const evaluate = async (rego: string, rules: Array<{ id: string }> = [{ id: "gdpr/x" }]): Promise<unknown> => {
  const engine = await PolicyEngine.create(readBundle(buildBundle(rego, rules)));
  return engine.evaluate({});
};

describe("the rule contract is checked on the way out of the Wasm", () => {
  it("accepts a well-formed finding", async () => {
    await expect(
      evaluate('package main\n\nfindings contains {"rule": "gdpr/x", "msg": "m", "path": ["a", 0], "severity": "error"}\n'),
    ).resolves.toEqual([{ rule: "gdpr/x", msg: "m", path: ["a", 0], severity: "error" }]);
  });

  it.each([
    [
      '{"rule": "gdpr/x", "msg": "", "path": [], "severity": "error"}',
      /rule gdpr\/x returned a malformed finding: "msg" must be a non-empty string/,
    ],
    ['{"rule": "gdpr/x", "msg": "m", "path": "a.b", "severity": "error"}', /rule gdpr\/x .*"path" must be an array/],
    ['{"rule": "gdpr/x", "msg": "m", "path": [], "severity": "fatal"}', /rule gdpr\/x .*"severity"/],
    ['{"rule": "gdpr/unknown", "msg": "m", "path": [], "severity": "error"}', /rule gdpr\/unknown .*not in the rule catalogue/],
    ['{"rule": "Not An Id", "msg": "m", "path": [], "severity": "error"}', /kebab-case/],
    ['{"rule": "gdpr/x", "msg": "m", "path": [], "severity": "error", "sevrity": 1}', /unknown keys sevrity/],
    ['"just a string"', /a finding must be an object/],
  ])("rejects %s", async (finding, message) => {
    const error = await evaluate(`package main\n\nfindings contains ${finding}\n`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toMatch(message);
  });

  it("a bundle without the entrypoint is a clear error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-contract-"));
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "src", "p.rego"), "package other\n\nallow := true\n");
    execFileSync(opaBin, ["build", "-t", "wasm", "-e", "other/allow", "-o", join(dir, "bundle.tar.gz"), join(dir, "src")]);
    writeFileSync(join(dir, "catalogue.json"), JSON.stringify({ version: 1, opaVersion: "test", packs: [], rules: [] }));
    await expect(PolicyEngine.create(readBundle(dir))).rejects.toThrow(/no main\/findings entrypoint/);
  });

  it("the capabilities file stops built-ins that opa-wasm cannot run", () => {
    expect(() =>
      buildBundle('package main\n\nfindings contains {"rule": "gdpr/x", "msg": time.format(0), "path": [], "severity": "error"}\n', []),
    ).toThrow();
  });

  it("a missing bundle directory names the directory", () => {
    expect(() => readBundle("/nonexistent/bundle")).toThrow(PolicyError);
  });
});
