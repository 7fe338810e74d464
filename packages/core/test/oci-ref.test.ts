// OCI references as `policies:` entries and `policy push/pull` arguments write them.
import { describe, expect, it } from "vitest";
import { formatOciRef, parseOciRef, registryUrl } from "../src/files/oci-ref.js";
import { registryCredentials } from "../src/files/registry-credentials.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DIGEST = `sha256:${"ab".repeat(32)}`;

describe("OCI references", () => {
  it("read a registry (with a port), a nested repository, a tag and a digest", () => {
    expect(parseOciRef(`oci://ghcr.io/acme/packs/dpa:1.4@${DIGEST}`, "f")).toEqual({
      registry: "ghcr.io",
      repository: "acme/packs/dpa",
      tag: "1.4",
      digest: DIGEST,
    });
    expect(parseOciRef("oci://127.0.0.1:5000/dpa:latest", "f")).toEqual({ registry: "127.0.0.1:5000", repository: "dpa", tag: "latest" });
    expect(parseOciRef(`oci://localhost:5000/a/b@${DIGEST}`, "f")).toEqual({
      registry: "localhost:5000",
      repository: "a/b",
      digest: DIGEST,
    });
    expect(formatOciRef(parseOciRef("oci://ghcr.io/acme/dpa:1.4", "f"), DIGEST)).toBe(`oci://ghcr.io/acme/dpa:1.4@${DIGEST}`);
  });

  it("refuse what is not one in one line naming the field", () => {
    for (const [entry, why] of [
      ["oci://ghcr.io", "no repository after the registry"],
      ["oci://ghcr.io/acme/dpa", "neither a tag nor a digest"],
      ["oci://ghcr.io/Acme/dpa:1", "is not a repository name"],
      ["oci://ghcr.io/acme/dpa:-bad", "is not a tag"],
      ["oci://ghcr.io/acme/dpa:1@sha256:abc", "the digest is not sha256"],
      ["oci://gh cr.io/acme/dpa:1", "is not a registry host"],
    ]) {
      expect(() => parseOciRef(entry as string, ".dpa-lint.yaml: policies"), entry).toThrow(why);
    }
  });

  it("speak HTTP to the loopback interface only, HTTPS to every other registry", () => {
    expect(registryUrl("127.0.0.1:5000")).toBe("http://127.0.0.1:5000");
    expect(registryUrl("localhost:5000")).toBe("http://localhost:5000");
    expect(registryUrl("[::1]:5000")).toBe("http://[::1]:5000");
    expect(registryUrl("ghcr.io")).toBe("https://ghcr.io");
    expect(registryUrl("127.0.0.1.example.com")).toBe("https://127.0.0.1.example.com");
  });
});

describe("registry credentials", () => {
  it("come from the environment first, then the Docker configuration's auths by host or URL", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-docker-"));
    writeFileSync(
      join(dir, "config.json"),
      JSON.stringify({
        auths: {
          "ghcr.io": { auth: Buffer.from("me:pa:ss").toString("base64") },
          "https://registry.example.com/v1/": { username: "u", password: "p" },
        },
        credsStore: "desktop",
      }),
    );
    const env = { DOCKER_CONFIG: dir };
    expect(registryCredentials("ghcr.io", env)).toEqual({ username: "me", password: "pa:ss" });
    expect(registryCredentials("registry.example.com", env)).toEqual({ username: "u", password: "p" });
    expect(registryCredentials("other.io", env)).toBeUndefined();
    expect(registryCredentials("ghcr.io", { ...env, DPA_LINT_REGISTRY_USERNAME: "ci", DPA_LINT_REGISTRY_PASSWORD: "t" })).toEqual({
      username: "ci",
      password: "t",
    });
    writeFileSync(join(dir, "config.json"), "not json");
    expect(registryCredentials("ghcr.io", env)).toBeUndefined();
  });
});
