// lint --cache (src/lint-cache.ts): unchanged files keep an earlier run's result, nothing else does,
// and a cache that this user did not sign is never believed.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, type LintOptions } from "../src/index.js";

const vendor = (name: string, country: string): string =>
  `apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: ${name}}\nvendor: {name: Acme}\ndpa: mintt\nhosting:\n  - country: ${country}\n`;

function setup(): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = mkdtempSync(join(tmpdir(), "dpa-lint-cache-"));
  mkdirSync(join(cwd, "vendors"));
  for (const [name, country] of [
    ["a", "FR"],
    ["b", "US"],
    ["c", "DE"],
  ] as const)
    writeFileSync(join(cwd, "vendors", `${name}.yaml`), vendor(name, country));
  const home = mkdtempSync(join(tmpdir(), "dpa-lint-cache-home-"));
  return { cwd, env: { XDG_CACHE_HOME: join(home, "cache"), XDG_STATE_HOME: join(home, "state") } };
}

/** A cached run: the files it linted (not taken from the cache) and what it reported. */
async function run(cwd: string, options: LintOptions): Promise<{ linted: number; findings: string[] }> {
  let linted = 0;
  const result = await lint(["vendors"], { cwd, today: "2026-12-01", workers: 1, onProgress: (_, total) => (linted = total), ...options });
  return { linted, findings: result.results.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`) };
}

describe("lint --cache", () => {
  it("lints only files whose bytes changed, and reports the same findings as a run without it", async () => {
    const { cwd, env } = setup();
    const plain = await run(cwd, {});
    const first = await run(cwd, { cache: { env } });
    expect(first).toEqual({ linted: 3, findings: plain.findings });
    expect(plain.findings).toEqual(["vendors/b.yaml:7:14 gdpr/transfer-without-mechanism"]);
    expect(await run(cwd, { cache: { env } })).toEqual({ linted: 0, findings: plain.findings });
    writeFileSync(join(cwd, "vendors", "a.yaml"), vendor("a", "CN"));
    const changed = await run(cwd, { cache: { env } });
    expect(changed.linted).toBe(1);
    expect(changed.findings).toContain("vendors/a.yaml:7:14 gdpr/transfer-without-mechanism");
    // Another day judged, another key: everything is linted again.
    expect((await run(cwd, { cache: { env }, asOf: "2019-01-01" })).linted).toBe(3);
  });

  it("never believes a cache this user did not sign: edited, planted in the repository, or another user's", async () => {
    const { cwd, env } = setup();
    const location = ".dpa-lint-cache.json";
    await run(cwd, { cache: { env, location } });
    expect((await run(cwd, { cache: { env, location } })).linted).toBe(0);
    // Edited to drop b.yaml's finding: the signature no longer holds, so everything is linted.
    const path = join(cwd, location);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("gdpr/transfer-without-mechanism");
    writeFileSync(path, text.replace(/"findings":\[\{[^\]]*\]/, '"findings":[]'));
    const edited = await run(cwd, { cache: { env, location } });
    expect(edited).toEqual({ linted: 3, findings: ["vendors/b.yaml:7:14 gdpr/transfer-without-mechanism"] });
    // A cache signed by someone else (a file committed by a pull request's author) is not used.
    const stranger = { ...env, XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "dpa-lint-cache-other-")) };
    expect((await run(cwd, { cache: { env: stranger, location } })).linted).toBe(3);
  });
});
