// Packs as npm packages, end to end with the real npm: `policy new --npm` scaffolds the package,
// its own scripts test, build and sign it and `npm pack` makes the tarball, a project installs it
// with `npm install`, and `npm:<package>` in .dpa-lint.yaml judges by it, verified by its key,
// named with its version in every report.
import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { filledTerms } from "./support/packs.js";
import { repoRoot } from "./support/repo-root.js";

const CLI = join(repoRoot, "packages/cli/dist/bin.js");

describe("a pack as an npm package", () => {
  it("is scaffolded, tested, signed and packed by its own scripts, installed with npm, and judges by npm:<package>", () => {
    const work = mkdtempSync(join(tmpdir(), "dpa-lint-npm-pack-"));
    // `dpa-lint` on the PATH, as the package's devDependency would put it in node_modules/.bin.
    const bin = join(work, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "dpa-lint"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, "dpa-lint"), 0o755);
    const pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    writeFileSync(join(work, "acme.key"), pair.privateKey.export({ type: "pkcs8", format: "pem" }));
    const env = {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`,
      DPA_LINT_OPA: join(repoRoot, ".tools", "bin", "opa"),
      DPA_LINT_SIGN_KEY: join(work, "acme.key"),
      npm_config_audit: "false",
      npm_config_fund: "false",
    };
    const run = (cmd: string, args: string[], cwd: string): string =>
      execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

    expect(run("dpa-lint", ["policy", "new", "acme", "--npm"], work)).toContain("created dpa-pack-acme/package.json");
    const pkg = join(work, "dpa-pack-acme");
    const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { "dpa-lint": { pack: string }; files: string[] };
    expect(manifest["dpa-lint"]).toEqual({ pack: "bundle" });
    // The scaffold's TODOs fail its own test until the terms are written.
    expect(spawnSync("npm", ["test"], { cwd: pkg, env, encoding: "utf8" }).status).not.toBe(0);
    writeFileSync(join(pkg, "policies/dpa/acme/data.yaml"), filledTerms("acme"));
    run("npm", ["pack", "--pack-destination", work], pkg);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "";
    expect(tarball).toBe("dpa-pack-acme-0.1.0.tgz");
    const listing = execFileSync("tar", ["tzf", join(work, tarball)], { encoding: "utf8" });
    expect(listing).toContain("package/bundle/bundle.tar.gz");
    expect(listing).not.toContain("package/policies/");

    const project = join(work, "project");
    mkdirSync(join(project, "vendors"), { recursive: true });
    mkdirSync(join(project, "keys"));
    writeFileSync(join(project, "package.json"), '{ "name": "project", "private": true }\n');
    run("npm", ["install", "--offline", "--save-dev", join(work, tarball)], project);
    writeFileSync(join(project, "keys", "acme.pem"), pair.publicKey.export({ type: "spki", format: "pem" }));
    writeFileSync(
      join(project, "vendors", "v.yaml"),
      "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: v}\nvendor: {name: V, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Unlisted SAS, country: FR}\n",
    );
    writeFileSync(join(project, ".dpa-lint.yaml"), "policies:\n  - path: npm:dpa-pack-acme\n    verify: keys/acme.pem\n");
    const lint = (): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [CLI, "lint", "-f", "json", "."], { cwd: join(project, "vendors"), env, encoding: "utf8" });
    // Found from the configuration's directory, though the run starts in vendors/.
    const judged = lint();
    expect(judged.stderr).toBe("");
    const report = JSON.parse(judged.stdout) as { results: Array<{ ruleId: string }>; policies: Array<Record<string, unknown>> };
    expect(report.results.map((r) => r.ruleId)).toContain("acme/subprocessor-not-listed");
    expect(report.policies[1]).toMatchObject({
      kind: "npm",
      location: "npm:dpa-pack-acme",
      version: "0.1.0",
      packs: ["acme"],
      signature: "verified",
    });

    // Pinned by digest: the same digest passes, another is refused in one line.
    const digest = report.policies[1]?.digest as string;
    writeFileSync(join(project, ".dpa-lint.yaml"), `policies: [npm:dpa-pack-acme@${digest}]\n`);
    expect(lint().status).toBe(1);
    writeFileSync(join(project, ".dpa-lint.yaml"), `policies: [npm:dpa-pack-acme@sha256:${"0".repeat(64)}]\n`);
    const pinned = lint();
    expect({ status: pinned.status, stderr: pinned.stderr }).toEqual({
      status: 2,
      stderr: expect.stringMatching(
        /^dpa-lint: .*npm package dpa-pack-acme@0\.1\.0 is sha256:[0-9a-f]{64}, not the pinned sha256:0{64}\n$/,
      ) as unknown,
    });
    // Not installed, or not an npm entry: one line each.
    writeFileSync(join(project, ".dpa-lint.yaml"), "policies: [npm:@acme/missing]\n");
    expect(lint().stderr).toMatch(/^dpa-lint: .*npm package @acme\/missing is not installed/);
    writeFileSync(join(project, ".dpa-lint.yaml"), "policies: [npm:Not A Name]\n");
    expect(lint().stderr).toMatch(/^dpa-lint: .*"npm:Not A Name" is not an npm pack/);
  }, 240_000);
});
