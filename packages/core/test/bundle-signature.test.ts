// OPA's bundle signatures, both ways with the pinned OPA: what OPA signs, dpa-lint verifies, and
// what dpa-lint signs, OPA verifies; and every way a signed bundle can be tampered with is refused.
import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundleFileHash,
  SIGNATURES_FILE,
  signBundleFiles,
  verifyBundleFiles,
  type SigningAlgorithm,
} from "../src/engine/bundle-signature.js";
import { canonicalJson } from "../src/engine/canonical-json.js";
import { readTarGz, writeTarGz } from "../src/engine/tar.js";
import { opaBin } from "./helpers.js";

/** Data OPA's canonical hashing is picky about: number literals, HTML characters, key order beyond ASCII, escapes. */
const TRICKY = `{"z": 1.0, "b": "<&> \\u2028 \\u0001 \\t é 😀", "a": [1, 2e3, -0.5E+2, true, null, {}], "é": {"k": "v", "K": "w"}, "😀": 0, "ab": "\\ud800"}`;

function keys(): Record<string, { sign: string; verify: string }> {
  const pem = (pair: { privateKey: unknown; publicKey: unknown }) => ({
    sign: (pair.privateKey as { export: (o: object) => string }).export({ type: "pkcs8", format: "pem" }),
    verify: (pair.publicKey as { export: (o: object) => string }).export({ type: "spki", format: "pem" }),
  });
  return {
    rsa: pem(generateKeyPairSync("rsa", { modulusLength: 2048 })),
    ec: pem(generateKeyPairSync("ec", { namedCurve: "prime256v1" })),
    secret: { sign: "a-shared-hmac-secret", verify: "a-shared-hmac-secret" },
  };
}

const dir = (): string => mkdtempSync(join(tmpdir(), "dpa-lint-signature-"));

describe("bundle signatures in OPA's format", () => {
  const k = keys();

  it("verifies what OPA signed: file hashes equal OPA's, canonical JSON included", () => {
    const d = dir();
    mkdirSync(join(d, "src", "a"), { recursive: true });
    writeFileSync(join(d, "src", "a", "data.json"), TRICKY);
    writeFileSync(join(d, "src", "a", "p.rego"), "package a\n\nx := 1\n");
    writeFileSync(join(d, "rsa.pem"), k.rsa?.sign ?? "");
    execFileSync(opaBin, ["build", "-b", "src", "--signing-key", "rsa.pem", "-o", "b.tar.gz"], {
      cwd: d,
    });
    const files = readTarGz(readFileSync(join(d, "b.tar.gz")));
    expect(verifyBundleFiles(files, k.rsa?.verify ?? "")).toMatchObject({ keyId: "default" });
    // The structured file's hash is over canonical JSON with the literals as written.
    expect(canonicalJson(TRICKY, "data.json").toString()).toContain('"z":1.0');
  });

  for (const [alg, key] of [
    ["RS256", "rsa"],
    ["PS256", "rsa"],
    ["ES256", "ec"],
    ["HS256", "secret"],
  ] as const) {
    it(`signs with ${alg} what OPA verifies`, () => {
      const d = dir();
      const files = new Map([
        ["/data.json", Buffer.from(TRICKY)],
        ["/a/p.rego", Buffer.from("package a\n")],
      ]);
      files.set(
        SIGNATURES_FILE,
        Buffer.from(signBundleFiles(files, k[key]?.sign ?? "", { algorithm: alg as SigningAlgorithm, keyId: "ci" })),
      );
      writeFileSync(join(d, "signed.tar.gz"), writeTarGz(files));
      const verification = key === "secret" ? (k.secret?.verify ?? "") : join(d, "key.pem");
      if (key !== "secret") writeFileSync(verification, k[key]?.verify ?? "");
      const opa = spawnSync(
        opaBin,
        [
          "build",
          "-b",
          "signed.tar.gz",
          "--verification-key",
          verification,
          "--verification-key-id",
          "ci",
          "--signing-alg",
          alg,
          "-o",
          "out.tar.gz",
        ],
        { cwd: d, encoding: "utf8" },
      );
      expect(opa.stderr).toBe("");
      expect(opa.status).toBe(0);
      expect(verifyBundleFiles(readTarGz(readFileSync(join(d, "signed.tar.gz"))), k[key]?.verify ?? "")).toMatchObject({ keyId: "ci" });
    });
  }

  it("refuses a changed, added or removed file, another key, another algorithm, and no signature", () => {
    const base = new Map([
      ["/data.json", Buffer.from('{"a": 1}')],
      ["/policy.wasm", Buffer.from([0, 97, 115, 109])],
    ]);
    const signed = (): Map<string, Buffer> => {
      const files = new Map(base);
      files.set(SIGNATURES_FILE, Buffer.from(signBundleFiles(files, k.rsa?.sign ?? "", { claims: { dpa_lint_catalogue: { hash: "x" } } })));
      return files;
    };
    const verify = (files: Map<string, Buffer>, key = k.rsa?.verify ?? ""): string => {
      try {
        verifyBundleFiles(files, key);
        return "verified";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(verify(signed())).toBe("verified");
    // Whitespace in a structured file is not a change (OPA hashes its canonical form); a value is.
    expect(verify(new Map([...signed(), ["/data.json", Buffer.from('{ "a" : 1 }\n')]]))).toBe("verified");
    expect(verify(new Map([...signed(), ["/data.json", Buffer.from('{"a": 2}')]]))).toBe(
      "/data.json does not match its signed hash (the bundle was changed after signing)",
    );
    expect(verify(new Map([...signed(), ["/extra.rego", Buffer.from("package x")]]))).toBe("/extra.rego is not covered by the signature");
    const removed = signed();
    removed.delete("/policy.wasm");
    expect(verify(removed)).toBe("policy.wasm is signed but missing from the bundle");
    expect(verify(signed(), k.ec?.verify)).toBe("the bundle is signed with RS256, which this key cannot verify");
    const other = keys();
    expect(verify(signed(), other.rsa?.verify)).toBe("the signature does not verify with this key");
    expect(verify(new Map(base))).toBe("the bundle is not signed (no .signatures.json)");
    // alg "none", and HMAC keyed with the public key (the algorithm-confusion attack), are refused.
    const token = (header: object, sig = ""): Map<string, Buffer> => {
      const payload = {
        files: [...base].map(([name, bytes]) => ({ name: name.slice(1), hash: bundleFileHash(name, bytes), algorithm: "SHA-256" })),
      };
      const jwt = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${sig}`;
      return new Map([...base, [SIGNATURES_FILE, Buffer.from(JSON.stringify({ signatures: [jwt] }))]]);
    };
    expect(verify(token({ alg: "none" }))).toBe(".signatures.json: algorithm none is not accepted");
    const raw = (jwt: string): Map<string, Buffer> =>
      new Map([...base, [SIGNATURES_FILE, Buffer.from(JSON.stringify({ signatures: [jwt] }))]]);
    expect(verify(raw(`${Buffer.from("null").toString("base64url")}.${Buffer.from("null").toString("base64url")}.x`))).toBe(
      ".signatures.json: the JWT's header or payload is not a JSON object",
    );
    expect(verify(raw("not-a-jwt"))).toBe(".signatures.json: the JWT is not header.payload.signature");
    expect(verify(new Map([...base, [SIGNATURES_FILE, Buffer.from('{"signatures": []}')]]))).toBe(
      ".signatures.json must hold exactly one JWT",
    );
    expect(verify(token({ alg: "HS256" }, "AAAA"))).toBe("the bundle is signed with HS256, which this key cannot verify");
  });

  it("reads a long string and deep nesting without a stack overflow, and refuses what is not JSON", () => {
    expect(canonicalJson(`{"s": "${"x".repeat(5_000_000)}"}`, "data.json").length).toBe(5_000_008);
    expect(canonicalJson(`${"[".repeat(500)}${"]".repeat(500)}`, "data.json").length).toBe(1000);
    expect(() => canonicalJson(`${"[".repeat(600)}${"]".repeat(600)}`, "data.json")).toThrow(/nested too deeply/);
    expect(() => canonicalJson('{"a": 1,}', "data.json")).toThrow(/is not JSON/);
    expect(() => canonicalJson('{"a": 1} x', "data.json")).toThrow(/text after its JSON value/);
  });
});
