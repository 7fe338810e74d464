// Signed packs through the CLI: `policy build --sign-key`, `policy verify`, and `policies:` entries
// that name the key a bundle must verify with. OPA itself verifies what the CLI signed.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const OPA = join(repoRoot, ".tools", "bin", "opa");
const ENV = { DPA_LINT_OPA: OPA };

/** A repository with a pack with Rego, a key pair, another key, and one vendor file. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-signed-"));
  mkdirSync(join(dir, "packs", "dpa", "acme"), { recursive: true });
  cpSync(join(repoRoot, "policies/dpa/geniebelt/data.yaml"), join(dir, "packs/dpa/acme/data.yaml"));
  writeFileSync(join(dir, "packs/dpa/acme/extra.rego"), "package dpa.acme\n");
  mkdirSync(join(dir, "keys"));
  for (const name of ["compliance", "other"]) {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(join(dir, "keys", `${name}.key`), pair.privateKey.export({ type: "pkcs8", format: "pem" }));
    writeFileSync(join(dir, "keys", `${name}.pem`), pair.publicKey.export({ type: "spki", format: "pem" }));
  }
  mkdirSync(join(dir, "vendors"));
  writeFileSync(join(dir, "vendors", "eu.yaml"), readFileSync(join(repoRoot, "examples/gdpr/eu-hosting.yaml")));
  return dir;
}

const configVerifying = (dir: string, bundle: string, key: string): void =>
  writeFileSync(join(dir, ".dpa-lint.yaml"), `policies:\n  - path: ${bundle}\n    verify: ${key}\n`);

describe("signed packs", () => {
  it("builds a signed bundle that OPA and policy verify accept, and a lint that requires the key reports it verified", () => {
    const dir = project();
    const built = runCli(["policy", "build", "packs", "-o", "built", "--sign-key", "keys/compliance.key", "--sign-key-id", "compliance"], {
      cwd: dir,
      env: ENV,
    });
    expect(built.stderr).toBe("");
    expect(built.stdout).toMatch(/^built built: \d+ rules in 1 packs \(acme\), signed\n$/);
    const opa = spawnSync(
      OPA,
      [
        "build",
        "-b",
        "built/bundle.tar.gz",
        "--verification-key",
        "keys/compliance.pem",
        "--verification-key-id",
        "compliance",
        "-o",
        "opa.tar.gz",
      ],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(opa.stderr).toBe("");
    const verified = runCli(["policy", "verify", "built", "--key", "keys/compliance.pem"], { cwd: dir });
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(
      /^built: signature verified with compliance\.pem \(key id compliance\): every file and the catalogue; packs acme; sha256:[0-9a-f]{64}\n$/,
    );
    configVerifying(dir, "built", "keys/compliance.pem");
    const lint = runCli(["lint", "-f", "json", "vendors"], { cwd: dir });
    expect(lint.stderr).toBe("");
    expect((JSON.parse(lint.stdout) as { policies: Array<Record<string, unknown>> }).policies[1]).toMatchObject({
      kind: "bundle",
      location: "built",
      packs: ["acme"],
      signature: "verified",
      keyId: "compliance",
    });
    // Without a key named, the signature is reported, not vouched for.
    writeFileSync(join(dir, ".dpa-lint.yaml"), "policies: [built]\n");
    expect(
      (JSON.parse(runCli(["lint", "-f", "json", "vendors"], { cwd: dir }).stdout) as { policies: Array<{ signature: string }> }).policies[1]
        ?.signature,
    ).toBe("unverified");
  });

  it("refuses, in one line and exit 2, a tampered bundle or catalogue, another key, an unsigned bundle and a pack that is no bundle", () => {
    const dir = project();
    runCli(["policy", "build", "packs", "-o", "built", "--sign-key", "keys/compliance.key"], { cwd: dir, env: ENV });
    runCli(["policy", "build", "packs", "-o", "unsigned"], { cwd: dir, env: ENV });
    const lint = (): { status: number | null; stderr: string } => {
      const r = runCli(["lint", "vendors"], { cwd: dir });
      return { status: r.status, stderr: r.stderr };
    };
    configVerifying(dir, "built", "keys/other.pem");
    expect(lint()).toEqual({
      status: 2,
      stderr: expect.stringMatching(
        /^dpa-lint: .*built\/bundle\.tar\.gz: the signature does not verify with this key \(key other\.pem\)\n$/,
      ) as unknown,
    });
    configVerifying(dir, "unsigned", "keys/compliance.pem");
    expect(lint()).toEqual({
      status: 2,
      stderr: expect.stringMatching(
        /^dpa-lint: .*unsigned\/bundle\.tar\.gz: is not signed, and the configuration requires a signature verified with compliance\.pem\n$/,
      ) as unknown,
    });
    configVerifying(dir, "packs", "keys/compliance.pem");
    expect(lint()).toEqual({
      status: 2,
      stderr: expect.stringMatching(
        /^dpa-lint: .*packs: is not a built bundle, so it has no signature to verify with compliance\.pem/,
      ) as unknown,
    });
    configVerifying(dir, "built", "keys/missing.pem");
    expect(lint()).toEqual({ status: 2, stderr: expect.stringMatching(/missing\.pem.*cannot read the verification key/) as unknown });
    // A key that is a device or a directory is refused before it is read (/dev/zero never ends).
    configVerifying(dir, "built", "/dev/zero");
    expect(lint()).toEqual({ status: 2, stderr: expect.stringMatching(/\/dev\/zero.*must be a file of at most 64 KiB/) as unknown });
    configVerifying(dir, "built", "keys");
    expect(lint().stderr).toMatch(/keys.*must be a file of at most 64 KiB/);
    // The catalogue beside the tarball is signed too: a rule's severity edited there is refused.
    configVerifying(dir, "built", "keys/compliance.pem");
    const catalogue = join(dir, "built", "catalogue.json");
    writeFileSync(catalogue, readFileSync(catalogue, "utf8").replace('"severity": "error"', '"severity": "info"'));
    expect(lint()).toEqual({ status: 2, stderr: expect.stringMatching(/catalogue\.json does not match its signed digest/) as unknown });
    const audit = runCli(["policy", "verify", "built", "--key", "keys/compliance.pem"], { cwd: dir });
    expect({ status: audit.status, stdout: audit.stdout }).toEqual({ status: 1, stdout: "" });
    expect(audit.stderr).toMatch(/^dpa-lint: built: catalogue\.json does not match its signed digest/);
  });

  it("refuses by name a bundle built by a newer dpa-lint, and one that is no dpa-lint bundle", () => {
    const dir = project();
    runCli(["policy", "build", "packs", "-o", "built"], { cwd: dir, env: ENV });
    const catalogue = join(dir, "built", "catalogue.json");
    const text = readFileSync(catalogue, "utf8");
    writeFileSync(catalogue, text.replace('"version": 1', '"version": 2'));
    const newer = runCli(["lint", "--policy", "built", "vendors"], { cwd: dir });
    expect({ status: newer.status, stderr: newer.stderr }).toEqual({
      status: 2,
      stderr: expect.stringMatching(
        /^dpa-lint: .*catalogue\.json: was built by a newer dpa-lint \(catalogue format 2; this dpa-lint [\d.]+ reads format 1\): update dpa-lint or rebuild the pack with this version\n$/,
      ) as unknown,
    });
    writeFileSync(catalogue, '{"name": "something else"}\n');
    expect(runCli(["lint", "--policy", "built", "vendors"], { cwd: dir }).stderr).toMatch(
      /catalogue\.json is not a dpa-lint rule catalogue/,
    );
  });

  it("says what is wrong with the signing options in one line", () => {
    const dir = project();
    const badAlg = runCli(["policy", "build", "packs", "--sign-key", "keys/compliance.key", "--sign-alg", "none"], { cwd: dir, env: ENV });
    expect(badAlg.status).toBe(2);
    expect(badAlg.stderr).toMatch(/^dpa-lint: --sign-alg must be one of RS256, .*, not "none"/);
    const mismatch = runCli(["policy", "build", "packs", "-o", "b", "--sign-key", "keys/compliance.key", "--sign-alg", "ES256"], {
      cwd: dir,
      env: ENV,
    });
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(/^dpa-lint: .*ES256 needs an EC key, not this RSA key/);
    expect(runCli(["lint", "--policy", "b", "vendors"], { cwd: dir }).status).toBe(2);
  });
});
