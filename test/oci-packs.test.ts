// Packs in OCI registries, end to end against a real registry on the loopback interface
// (go-containerregistry's, pinned in tools/versions.env and built by the set-up): `policy push`
// builds, signs and pushes a pack; OPA itself pulls the same artifact as a bundle and verifies its
// signature; `oci://...@sha256:` in .dpa-lint.yaml judges by it, from the cache once fetched, offline
// after that; credentials come from a Docker configuration or the environment; and every bad
// source is one line naming it, exit 2.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient, sha256Digest } from "../packages/core/src/files/oci-client.js";
import { parseOciRef } from "../packages/core/src/files/oci-ref.js";
import { pushPack } from "../packages/core/src/policy/oci-pack.js";
import { fixtureRepo, runAction } from "../packages/github-action/test/fixture-repo.js";
import { startRegistry } from "./support/oci-registry.js";
import { filledTerms } from "./support/packs.js";
import { repoRoot } from "./support/repo-root.js";

const CLI = join(repoRoot, "packages/cli/dist/bin.js");
const TOOLS = join(repoRoot, ".tools", "bin");

/** Proxies a request to the registry as it came. */
function forward(registryPort: number, req: IncomingMessage, res: ServerResponse): void {
  const upstream = request(
    {
      host: "127.0.0.1",
      port: registryPort,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: `127.0.0.1:${registryPort}` },
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  req.pipe(upstream);
}

/**
 * A front for the registry that asks for credentials as registries do: HTTP Basic, or a token
 * from a token service (Bearer) for which Basic credentials are exchanged. Blobs are redirected to
 * a storage host of another origin, as registries send them to object storage; what that host was
 * sent is in `storageSaw`.
 */
async function authFront(
  registryPort: number,
  scheme: "basic" | "bearer",
  user: string,
  password: string,
): Promise<Server & { port: number; storageSaw: string[]; storage: Server }> {
  const storageSaw: string[] = [];
  const storage = createServer((req, res) => {
    storageSaw.push(req.headers.authorization ?? "");
    forward(registryPort, req, res);
  });
  await new Promise<void>((resolve) => storage.listen(0, "127.0.0.1", resolve));
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (req.method === "GET" && /^\/v2\/.+\/blobs\/sha256:/.test(req.url ?? "") && req.headers.authorization) {
      req.resume();
      return void res.writeHead(307, { location: `http://127.0.0.1:${(storage.address() as AddressInfo).port}${req.url ?? ""}` }).end();
    }
    if (req.url?.startsWith("/token")) {
      if (req.headers.authorization !== basic) return void res.writeHead(401).end();
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ token: "t0ken" }));
    }
    const expected = scheme === "basic" ? basic : "Bearer t0ken";
    if (req.headers.authorization !== expected) {
      const challenge = scheme === "basic" ? 'Basic realm="test"' : `Bearer realm="http://127.0.0.1:${port}/token",service="test"`;
      req.resume();
      return void res.writeHead(401, { "www-authenticate": challenge }).end();
    }
    forward(registryPort, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(server, { port: (server.address() as AddressInfo).port, storageSaw, storage });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const VENDOR =
  "apiVersion: dpa-lint/v1\nkind: VendorSetup\nmetadata: {name: v}\nvendor: {name: V, country: FR}\ndpa: acme\nsubprocessors:\n  - {name: Unlisted SAS, country: FR}\n";

describe("packs in an OCI registry", () => {
  let registry: { port: number; process: ChildProcess };
  const work = mkdtempSync(join(tmpdir(), "dpa-lint-oci-"));
  const pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const publicKey = pair.publicKey.export({ type: "spki", format: "pem" }) as string;
  const baseEnv = {
    ...process.env,
    DPA_LINT_OPA: join(TOOLS, "opa"),
    XDG_CACHE_HOME: join(work, "cache"),
    DOCKER_CONFIG: join(work, "no-docker-config"),
  };
  const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = baseEnv) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: "utf8" });
  /** The CLI run without blocking this process, which serves the credentials front. */
  const cliAsync = (args: string[], cwd: string, env: NodeJS.ProcessEnv = baseEnv) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  /** A project judged by the configuration's policies entry. */
  const project = (policies: string): string => {
    const dir = mkdtempSync(join(work, "project-"));
    mkdirSync(join(dir, "vendors"));
    mkdirSync(join(dir, "keys"));
    writeFileSync(join(dir, "vendors", "v.yaml"), VENDOR);
    writeFileSync(join(dir, "keys", "acme.pem"), publicKey);
    writeFileSync(join(dir, ".dpa-lint.yaml"), `policies:\n${policies}`);
    return dir;
  };

  beforeAll(async () => {
    registry = await startRegistry();
    mkdirSync(join(work, "policies", "dpa", "acme"), { recursive: true });
    writeFileSync(join(work, "policies", "dpa", "acme", "data.yaml"), filledTerms("acme"));
    writeFileSync(join(work, "acme.key"), pair.privateKey.export({ type: "pkcs8", format: "pem" }));
  });
  afterAll(() => {
    registry.process.kill();
  });

  let pinned = "";
  it("policy push builds, signs and pushes; OPA pulls the same artifact as a bundle and verifies its signature", async () => {
    const ref = `oci://127.0.0.1:${registry.port}/acme/dpa-pack:1.0`;
    const push = cli(["policy", "push", ref, "policies", "--sign-key", "acme.key", "--sign-key-id", "acme"], work);
    expect(push.stderr).toBe("");
    expect(push.status).toBe(0);
    const m = /^pushed (oci:\/\/\S+@sha256:[0-9a-f]{64}) \(acme\)/.exec(push.stdout);
    expect(m, push.stdout).not.toBeNull();
    pinned = (m as RegExpExecArray)[1] as string;

    // OPA's own OCI downloader (services type oci) pulls the artifact as a bundle and verifies its
    // signature; a stock OPA has no Wasm engine (the opa_wasm build), so activation is as far as it
    // goes: "engine not found" is past the download, the unpacking and the verification.
    const opaRun = async (key: string): Promise<string> => {
      const opaPort = await freePort();
      const config = join(work, "opa.yaml");
      writeFileSync(
        config,
        [
          "services:",
          "  registry:",
          `    url: http://127.0.0.1:${registry.port}`,
          "    type: oci",
          "bundles:",
          "  acme:",
          "    service: registry",
          `    resource: 127.0.0.1:${registry.port}/acme/dpa-pack:1.0`,
          "    signing:",
          "      keyid: acme",
          "keys:",
          "  acme:",
          "    algorithm: ES256",
          "    key: |",
          ...key
            .trim()
            .split("\n")
            .map((l) => `      ${l}`),
          "",
        ].join("\n"),
      );
      const opa = spawn(join(TOOLS, "opa"), ["run", "--server", "--addr", `127.0.0.1:${opaPort}`, "--config-file", config], {
        stdio: ["ignore", "pipe", "pipe"],
        cwd: work,
      });
      let log = "";
      opa.stdout?.on("data", (c: Buffer) => (log += c.toString()));
      opa.stderr?.on("data", (c: Buffer) => (log += c.toString()));
      try {
        for (let i = 0; i < 150 && !/Bundle (activation|load) failed|Bundle loaded/.test(log); i++)
          await new Promise((r) => setTimeout(r, 200));
        return log;
      } finally {
        opa.kill();
      }
    };
    const verified = await opaRun(publicKey);
    expect(verified).toContain("engine not found");
    expect(verified).not.toContain("Bundle load failed");
    const other = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({ type: "spki", format: "pem" }) as string;
    expect(await opaRun(other)).toMatch(/Bundle load failed: .*(verif|signature)/i);
  }, 120_000);

  it("judges by oci://...@sha256: with its key, names it in the report, and runs offline once cached", () => {
    const dir = project(`  - path: ${pinned}\n    verify: keys/acme.pem\n`);
    const lint = () => cli(["lint", "-f", "json"], dir);
    const first = lint();
    expect(first.stderr).toBe("");
    const report = JSON.parse(first.stdout) as { results: Array<{ ruleId: string }>; policies: Array<Record<string, unknown>> };
    expect(report.results.map((r) => r.ruleId)).toContain("acme/subprocessor-not-listed");
    expect(report.policies[1]).toMatchObject({ kind: "oci", location: pinned, packs: ["acme"], signature: "verified", keyId: "acme" });
    // Cached by the manifest's digest, where policy pull and the next run find it.
    const cached = join(work, "cache", "dpa-lint", "oci", "sha256", pinned.slice(pinned.indexOf("@sha256:") + 8));
    expect(existsSync(join(cached, "bundle.tar.gz"))).toBe(true);

    // Another key: refused in one line naming the pack.
    writeFileSync(
      join(dir, "keys", "acme.pem"),
      generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({ type: "spki", format: "pem" }),
    );
    const wrongKey = lint();
    expect(wrongKey.status).toBe(2);
    expect(wrongKey.stderr.trim().split("\n")).toHaveLength(1);
    writeFileSync(join(dir, "keys", "acme.pem"), publicKey);

    // A tag alone: resolved now, a warning that a gate should pin it.
    const tagged = cli(["lint", "-f", "json"], project(`  - ${pinned.slice(0, pinned.indexOf("@"))}\n`));
    expect(tagged.status).toBe(1);
    expect(tagged.stderr).toContain(`is a tag, not pinned by a digest (it is ${pinned.slice(pinned.indexOf("@") + 1)} today)`);

    // policy pull writes a bundle directory that lint --policy reads as any other.
    const out = join(work, "pulled");
    const pull = cli(["policy", "pull", pinned, "-o", out, "--key", join(dir, "keys", "acme.pem")], work);
    expect(pull.stdout).toBe(`pulled ${pinned} (acme; signature verified) into pulled\n`);
    expect(existsSync(join(out, "catalogue.json"))).toBe(true);
  }, 120_000);

  it("bad sources are one line naming them, exit 2: unknown tag, unknown digest, not a pack, a newer engine's pack, no registry", async () => {
    const base = `oci://127.0.0.1:${registry.port}/acme/dpa-pack`;
    const expectOneLine = (policies: string, pattern: RegExp): void => {
      const r = cli(["lint"], project(policies));
      expect(r.status, r.stderr).toBe(2);
      // One line, beside the warning a tag alone gets.
      const lines = r.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("dpa-lint: warning:"));
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    };
    expectOneLine(`  - ${base}:nope\n`, /oci:\/\/127\.0\.0\.1:\d+\/acme\/dpa-pack:nope: the registry has no tag nope/);
    expectOneLine(`  - ${base}@sha256:${"0".repeat(64)}\n`, /the registry has no manifest of that digest/);
    expectOneLine(`  - oci://127.0.0.1:${await freePort()}/acme/dpa-pack:1.0\n`, /cannot reach the registry \(ECONNREFUSED\)/);
    expectOneLine(`  - "${base}:1.0@sha256:xyz"\n`, /is not an OCI reference \(the digest is not sha256/);

    // An artifact without a catalogue: OPA's bundle alone is no dpa-lint pack.
    const client = new RegistryClient(parseOciRef(`${base}:bare`, "test"), baseEnv);
    const bundle = readFileSync(join(work, "pulled", "bundle.tar.gz"));
    await client.pushBlob(bundle);
    await client.pushBlob(Buffer.from("{}"));
    await client.pushManifest(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: sha256Digest(Buffer.from("{}")), size: 2 },
          layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: sha256Digest(bundle), size: bundle.length }],
        }),
      ),
      "bare",
    );
    expectOneLine(`  - ${base}:bare\n`, /is not a dpa-lint pack: its manifest has no catalogue layer/);

    // A pack whose catalogue a newer dpa-lint wrote.
    const newer = join(work, "newer");
    mkdirSync(newer);
    writeFileSync(join(newer, "bundle.tar.gz"), bundle);
    const catalogue = JSON.parse(readFileSync(join(work, "pulled", "catalogue.json"), "utf8")) as { version?: number };
    writeFileSync(join(newer, "catalogue.json"), JSON.stringify({ ...catalogue, version: 999 }));
    await pushPack(newer, `${base}:newer`, baseEnv);
    expectOneLine(`  - ${base}:newer\n`, /built by a newer dpa-lint/);
  }, 120_000);

  it("credentials come from the Docker configuration or the environment, are never printed, nor sent where blobs are redirected", async () => {
    const password = "s3cret-pa55";
    for (const scheme of ["basic", "bearer"] as const) {
      const front = await authFront(registry.port, scheme, "acme", password);
      try {
        const ref = `oci://127.0.0.1:${front.port}/acme/dpa-pack:1.0`;
        // Anonymous: refused, saying how to give credentials.
        const anonymous = await cliAsync(["policy", "pull", ref], work);
        expect(anonymous.status).toBe(2);
        expect(anonymous.stderr).toMatch(scheme === "basic" ? /asks for credentials, and none are set/ : /answered 401/);
        // docker login's configuration.
        const docker = join(work, `docker-${scheme}`);
        mkdirSync(docker, { recursive: true });
        writeFileSync(
          join(docker, "config.json"),
          JSON.stringify({ auths: { [`127.0.0.1:${front.port}`]: { auth: Buffer.from(`acme:${password}`).toString("base64") } } }),
        );
        const viaDocker = await cliAsync(["policy", "pull", ref], work, {
          ...baseEnv,
          DOCKER_CONFIG: docker,
          XDG_CACHE_HOME: join(work, `cache-${scheme}`),
        });
        expect(viaDocker.stderr).toBe("");
        expect(viaDocker.stdout).toMatch(/^pulled oci:\/\/127\.0\.0\.1:\d+\/acme\/dpa-pack:1\.0@sha256:/);
        // The environment, for CI secrets; a wrong password is refused without printing it.
        const env = { ...baseEnv, DPA_LINT_REGISTRY_USERNAME: "acme", XDG_CACHE_HOME: join(work, `cache-env-${scheme}`) };
        expect((await cliAsync(["policy", "pull", ref], work, { ...env, DPA_LINT_REGISTRY_PASSWORD: password })).status).toBe(0);
        const wrong = await cliAsync(["policy", "pull", ref], work, { ...env, DPA_LINT_REGISTRY_PASSWORD: "wrong-pass" });
        expect(wrong.status).toBe(2);
        expect(wrong.stderr).toMatch(/401/);
        for (const r of [anonymous, viaDocker, wrong]) expect(r.stdout + r.stderr).not.toMatch(/s3cret|wrong-pass|YWNtZT/);
        // Blobs came from the storage host, which was sent no credential of the registry's.
        expect(front.storageSaw.length).toBeGreaterThan(0);
        expect(front.storageSaw.every((a) => a === "")).toBe(true);
      } finally {
        front.close();
        front.storage.close();
      }
    }
  }, 120_000);

  let actionRun: () => ReturnType<typeof runAction> = () => {
    throw new Error("the action test did not run");
  };
  it("the action judges a pull request by the base commit's pinned pack, fetched into the runner's cache", () => {
    const config = `policies:\n  - path: ${pinned}\n    verify: keys/acme.pem\n`;
    const repo = fixtureRepo(
      { ".dpa-lint.yaml": config, "keys/acme.pem": publicKey, "vendors/v.yaml": VENDOR },
      // The pull request swaps the pack for a tag it could move, and the key for its own.
      {
        ".dpa-lint.yaml": `policies:\n  - ${pinned.slice(0, pinned.indexOf("@"))}\n`,
        "keys/acme.pem": generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({
          type: "spki",
          format: "pem",
        }),
      },
    );
    const cache = join(work, "runner-cache");
    actionRun = () => runAction(repo, {}, { env: { XDG_CACHE_HOME: cache } });
    const run = actionRun();
    expect(run.annotations.map((a) => a.props.title)).toEqual(["acme/subprocessor-not-listed"]);
    // The summary names the pack the base commit pins, verified with the base commit's key.
    expect(run.summary).toMatch(new RegExp(`${pinned.slice(pinned.indexOf("@sha256:") + 8)} \\(oci\\): acme; sha256:[0-9a-f]+; verified`));
    // Kept by digest in the runner's cache (what actions/cache saves), checked on every use.
    expect(existsSync(join(cache, "dpa-lint", "oci", "sha256", pinned.slice(pinned.indexOf("@sha256:") + 8), "manifest.json"))).toBe(true);
  }, 120_000);

  it("a cached pack is used with the registry gone, and a changed cache file is refused in one line", () => {
    registry.process.kill();
    const dir = project(`  - path: ${pinned}\n    verify: keys/acme.pem\n`);
    const offline = cli(["lint", "-f", "json"], dir);
    expect(offline.stderr).toBe("");
    expect(offline.status).toBe(1);
    // The action too, from the runner's cache (restored by actions/cache on the next run).
    expect(actionRun().annotations.map((a) => a.props.title)).toEqual(["acme/subprocessor-not-listed"]);
    const cached = join(work, "cache", "dpa-lint", "oci", "sha256", pinned.slice(pinned.indexOf("@sha256:") + 8));
    const catalogue = join(cached, "catalogue.json");
    writeFileSync(catalogue, readFileSync(catalogue, "utf8").replace("acme data", "acne data"));
    const tampered = cli(["lint"], dir);
    expect(tampered.status).toBe(2);
    expect(tampered.stderr.trim().split("\n")).toHaveLength(1);
    expect(tampered.stderr).toContain("catalogue.json does not have its layer's digest");
    rmSync(cached, { recursive: true });
    // Not cached, and the registry is gone: never another version in its place.
    const gone = cli(["lint"], dir);
    expect(gone.status).toBe(2);
    expect(gone.stderr).toMatch(/cannot reach the registry/);
  });
});
