// Every report names the packs that judged the run (source, packs, digest, signature), and SARIF
// carries a run category that is stable for a configuration and path set.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBundle, VERSION } from "@dpa-lint/core";
import { git } from "../../../test/support/git.js";
import { sarifProblems } from "../../../test/support/sarif.js";
import { repoRoot, runCli } from "./run-cli.js";

interface Source {
  kind: string;
  location: string;
  packs: string[];
  version?: string;
  digest: string;
  signature: string;
}

const OPA = { DPA_LINT_OPA: join(repoRoot, ".tools", "bin", "opa") };

/** A repository with one vendor file, a pack of terms, the same pack with Rego, and a built bundle of it. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-provenance-"));
  git(dir, "init", "-q", "-b", "main");
  mkdirSync(join(dir, "vendors"));
  writeFileSync(join(dir, "vendors", "eu.yaml"), readFileSync(join(repoRoot, "examples/gdpr/eu-hosting.yaml")));
  // A pack of terms (packs/acme/data.yaml) and a policy directory with Rego (packs/rego/dpa/rego).
  for (const pack of ["packs/acme", "packs/rego/dpa/rego"]) {
    mkdirSync(join(dir, pack), { recursive: true });
    cpSync(join(repoRoot, "policies/dpa/geniebelt/data.yaml"), join(dir, pack, "data.yaml"));
  }
  writeFileSync(join(dir, "packs/rego/dpa/rego/extra.rego"), "package dpa.rego\n");
  const built = runCli(["policy", "build", "packs/rego", "-o", "built"], { cwd: dir, env: OPA });
  expect(built.stderr).toBe("");
  return dir;
}

const sources = (stdout: string): Source[] => (JSON.parse(stdout) as { policies: Source[] }).policies;

describe("provenance in every report", () => {
  it("json lists each source: the built-in policies, a pack of terms, a policy directory built for the run, a built bundle", () => {
    const dir = project();
    const r = runCli(["lint", "-f", "json", "vendors", "--policy", "packs/acme", "--policy", "packs/rego"], { cwd: dir, env: OPA });
    expect(r.stderr).toBe("");
    const [builtin, terms, directory] = sources(r.stdout);
    expect(builtin).toEqual({
      kind: "builtin",
      location: "builtin",
      packs: readBundle().catalogue.packs.map((p) => p.id),
      version: VERSION,
      digest: `sha256:${readBundle().digest}`,
      signature: "unsigned",
    });
    expect(terms).toEqual({
      kind: "terms",
      location: "packs/acme",
      packs: ["acme"],
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown,
      signature: "unsigned",
    });
    expect(directory).toMatchObject({ kind: "directory", location: "packs/rego", packs: ["rego"], signature: "unsigned" });
    // The bundle built from that directory is the same policy: the same digest, read as a bundle.
    const bundle = sources(runCli(["lint", "-f", "json", "vendors", "--policy", "built"], { cwd: dir }).stdout)[1];
    expect(bundle).toEqual({ ...directory, kind: "bundle", location: "built" });
    // Another pack is another digest: a report names exactly what judged it.
    writeFileSync(
      join(dir, "packs", "acme", "data.yaml"),
      readFileSync(join(dir, "packs", "acme", "data.yaml"), "utf8").replace("title:", "title: x"),
    );
    expect(sources(runCli(["lint", "-f", "json", "vendors", "--policy", "packs/acme"], { cwd: dir }).stdout)[1]?.digest).not.toBe(
      terms?.digest,
    );
  });

  it("SARIF names each source as a tool extension and passes the SARIF multitool", () => {
    const dir = project();
    const out = join(dir, "out.sarif");
    runCli(["lint", "-f", "sarif", "-o", out, "vendors", "--policy", "packs/acme"], { cwd: dir });
    expect(sarifProblems(out)).toEqual([]);
    const run = (JSON.parse(readFileSync(out, "utf8")) as { runs: Array<{ tool: { extensions: Array<Record<string, unknown>> } }> })
      .runs[0];
    expect(run?.tool.extensions.map((e) => [e.name, (e.properties as Source).kind, (e.properties as Source).packs])).toEqual([
      ["dpa-lint built-in policies", "builtin", readBundle().catalogue.packs.map((p) => p.id)],
      ["packs/acme", "terms", ["acme"]],
    ]);
    expect(run?.tool.extensions[0]?.version).toBe(VERSION);
  });

  it("Markdown (the PR comment and job summary) says which packs judged the run", () => {
    const dir = project();
    const r = runCli(["lint", "-f", "markdown", "vendors", "--policy", "packs/acme"], { cwd: dir });
    // Markdown escapes the separator: the line may land in a table cell.
    expect(r.stdout).toMatch(
      /\n_Policies: the built-in policies [\d.]+: [a-z, ]+; sha256:[0-9a-f]{12}; unsigned \\\| packs\/acme \(terms\): acme; sha256:[0-9a-f]{12}; unsigned\._\n/,
    );
    expect(r.stdout).toContain(`built-in policies ${VERSION}:`);
  });
});

describe("the SARIF run category (automationDetails.id)", () => {
  const category = (dir: string, args: string[]): string =>
    (JSON.parse(runCli(["lint", "-f", "sarif", ...args], { cwd: dir }).stdout) as { runs: Array<{ automationDetails: { id: string } }> })
      .runs[0]?.automationDetails.id ?? "";

  it("is stable for a configuration and path set, wherever it runs from, and differs between path sets", () => {
    const dir = project();
    mkdirSync(join(dir, "infra"));
    const vendors = category(dir, ["vendors"]);
    expect(vendors).toMatch(/^dpa-lint\/[0-9a-f]{12}\/$/);
    expect(category(dir, ["vendors/"])).toBe(vendors);
    expect(category(join(dir, "infra"), ["../vendors"])).toBe(vendors);
    expect(category(dir, ["vendors/eu.yaml"])).not.toBe(vendors);
    writeFileSync(join(dir, ".dpa-lint.yaml"), "include: [vendors/**/*.yaml]\n");
    expect(category(dir, ["vendors"])).not.toBe(vendors);
  });

  it("--sarif-category sets it; a category with spaces is refused in one line", () => {
    const dir = project();
    expect(category(dir, ["vendors", "--sarif-category", "compliance/vendors"])).toBe("compliance/vendors/");
    const bad = runCli(["lint", "-f", "sarif", "vendors", "--sarif-category", "two words"], { cwd: dir });
    expect({ status: bad.status, stderr: bad.stderr }).toEqual({
      status: 2,
      stderr: 'dpa-lint: --sarif-category must be one word without spaces, not starting with /: "two words"; see --help\n',
    });
  });
});
