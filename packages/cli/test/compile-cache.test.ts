// The standalone CLI's compile cache (src/standalone/compile-cache.ts): V8's bytecode saved after a
// run and used by the next, never trusted when it is not the user's own or not for this script,
// and never able to fail a run.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_ENV, cacheDirectory, type CacheOutcome } from "../src/standalone/compile-cache.js";

/**
 * Loads `file` through the compiled compile-cache module in a fresh Node process, then saves, as
 * the standalone CLI does: V8 also keeps compiled scripts in memory, so only a new process shows
 * whether the cache on disk was used.
 */
function requireCached(file: string, env: NodeJS.ProcessEnv): { cache: CacheOutcome; exports: Record<string, unknown>; error?: string } {
  const module = new URL("../dist/standalone/compile-cache.js", import.meta.url).href;
  const program = `
    import { requireCached } from ${JSON.stringify(module)};
    try {
      const r = requireCached(${JSON.stringify(file)}, process.env);
      const exports = { ...r.exports, imported: await r.exports.load() };
      delete exports.load;
      r.save();
      console.log(JSON.stringify({ cache: r.cache, exports }));
    } catch (error) {
      console.log(JSON.stringify({ error: String(error.stack) }));
    }`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", program], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { cache: CacheOutcome; exports: Record<string, unknown>; error?: string };
}

/**
 * A CommonJS script that uses what the CLI's bundle uses: require, module, __dirname, and the
 * import() the loader lends (the core's importModule), which must work from the cache as well.
 */
function script(body = "module.exports.answer = 42;", dir = mkdtempSync(join(tmpdir(), "dpa-lint-cc-script-"))): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "main.js");
  writeFileSync(
    file,
    `const { join } = require("node:path");\nmodule.exports.here = join(__dirname, "x");\n` +
      `module.exports.load = () => globalThis[Symbol.for("dpa-lint.import")]("node:path").then((m) => typeof m.join);\n${body}\n`,
  );
  return file;
}

/** A new cache directory, and a new state directory for the signing key (never the user's own). */
const cacheIn = (): { dir: string; env: NodeJS.ProcessEnv } => {
  const top = mkdtempSync(join(tmpdir(), "dpa-lint-cc-"));
  const dir = join(top, "cache");
  return { dir, env: { [CACHE_ENV]: dir, XDG_STATE_HOME: join(top, "state") } };
};
const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".v8cache"));

describe("the compile cache", () => {
  it("is missing on the first run, saved for the owner only, used by the next and then left alone", () => {
    const file = script();
    const { dir, env } = cacheIn();
    const first = requireCached(file, env);
    expect(first).toEqual({ cache: "missing", exports: { answer: 42, here: join(file, "..", "x"), imported: "function" } });
    const [saved] = cacheFiles(dir);
    expect(saved).toBeDefined();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, saved!)).mode & 0o777).toBe(0o600);
    const before = readFileSync(join(dir, saved!));
    expect(requireCached(file, env)).toEqual({ ...first, cache: "used" });
    expect(readFileSync(join(dir, saved!)).equals(before)).toBe(true);
  });

  it("is used for a script whose path is not ASCII (the key is compared as bytes)", () => {
    const file = script(undefined, join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-script-")), "Zürich Café 東京"));
    const { env } = cacheIn();
    expect(requireCached(file, env).cache).toBe("missing");
    expect(requireCached(file, env)).toMatchObject({ cache: "used", exports: { answer: 42 } });
  });

  it("is not used for a changed script, and another script gets its own file", () => {
    const file = script();
    const { dir, env } = cacheIn();
    requireCached(file, env);
    writeFileSync(file, `${readFileSync(file, "utf8")}module.exports.answer = 43;\n`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(requireCached(file, env)).toMatchObject({ cache: "missing", exports: { answer: 43 } });
    expect(requireCached(file, env)).toMatchObject({ cache: "used", exports: { answer: 43 } });
    requireCached(script(), env);
    expect(cacheFiles(dir)).toHaveLength(3);
  });

  it("ignores a corrupt file (its signature fails) and replaces it", () => {
    const file = script();
    const { dir, env } = cacheIn();
    requireCached(file, env);
    const [saved] = cacheFiles(dir);
    const bytes = readFileSync(join(dir, saved!));
    const header = bytes.indexOf("\n", bytes.indexOf("\n") + 1) + 1;
    writeFileSync(join(dir, saved!), Buffer.concat([bytes.subarray(0, header), Buffer.alloc(bytes.length - header, 7)]), { mode: 0o600 });
    expect(requireCached(file, env)).toMatchObject({ cache: "missing", exports: { answer: 42 } });
    expect(requireCached(file, env).cache).toBe("used");
    // Bytes without the header are not a cache file at all.
    writeFileSync(join(dir, saved!), "garbage", { mode: 0o600 });
    expect(requireCached(file, env)).toMatchObject({ cache: "missing", exports: { answer: 42 } });
  });

  it.skipIf(process.getuid === undefined)("trusts no file that others can write", () => {
    const file = script();
    const { dir, env } = cacheIn();
    requireCached(file, env);
    const [saved] = cacheFiles(dir);
    chmodSync(join(dir, saved!), 0o666);
    expect(requireCached(file, env).cache).toBe("missing");
  });

  it("can be switched off or moved, and defaults to the user's cache directory", () => {
    const file = script();
    for (const off of ["off", "0", "false", "no", "OFF"]) {
      expect(requireCached(file, { [CACHE_ENV]: off })).toMatchObject({ cache: "off", exports: { answer: 42 } });
    }
    expect(cacheDirectory({ [CACHE_ENV]: "/somewhere" })).toBe("/somewhere");
    expect(cacheDirectory({ XDG_CACHE_HOME: "/xdg" })).toBe(join("/xdg", "dpa-lint", "compile-cache"));
    expect(cacheDirectory({})).toMatch(/[\\/]\.cache[\\/]dpa-lint[\\/]compile-cache$/);
  });

  it("is never a relative path or inside the working directory (the repository being linted, where a pull request could commit one)", () => {
    const at = (dir: string, cwd = "/work/repo"): string | undefined => cacheDirectory({ [CACHE_ENV]: dir }, cwd);
    expect(at("/home/me/.cache/dpa")).toBe("/home/me/.cache/dpa");
    expect(at("/work/repo-cache")).toBe("/work/repo-cache");
    expect(at("cache")).toBeUndefined();
    expect(at("./.cache")).toBeUndefined();
    expect(at("/work/repo")).toBeUndefined();
    expect(at("/work/repo/.cache/dpa-lint")).toBeUndefined();
    expect(cacheDirectory({ XDG_CACHE_HOME: "/work/repo/.xdg" }, "/work/repo")).toBeUndefined();
    // And a run there simply has no cache.
    const file = script();
    expect(requireCached(file, { [CACHE_ENV]: "relative/cache" })).toMatchObject({ cache: "off", exports: { answer: 42 } });
  });

  it("never fails a run: an unusable directory only means no cache", () => {
    const file = script();
    const blocker = join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-")), "a-file");
    writeFileSync(blocker, "");
    const env = { ...cacheIn().env, [CACHE_ENV]: join(blocker, "cache") };
    expect(requireCached(file, env)).toMatchObject({ cache: "off", exports: { answer: 42 } });
    expect(requireCached(file, env).cache).toBe("off");
  });

  it("is never inside the repository around the working directory, the GitHub workspace, or a path through a link into them", () => {
    const repo = mkdtempSync(join(tmpdir(), "dpa-lint-cc-repo-"));
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "sub", "deeper"), { recursive: true });
    const from = join(repo, "sub", "deeper");
    // XDG_CACHE_HOME pointing into the checkout, the CLI run from a subdirectory: the attack.
    expect(cacheDirectory({ XDG_CACHE_HOME: join(repo, ".cache") }, from)).toBeUndefined();
    expect(cacheDirectory({ [CACHE_ENV]: join(repo, "cache") }, from)).toBeUndefined();
    expect(cacheDirectory({ [CACHE_ENV]: "/ws/.cache/dpa", GITHUB_WORKSPACE: "/ws" }, "/elsewhere")).toBeUndefined();
    const outside = mkdtempSync(join(tmpdir(), "dpa-lint-cc-out-"));
    symlinkSync(repo, join(outside, "into-repo"));
    expect(cacheDirectory({ [CACHE_ENV]: join(outside, "into-repo", "c") }, from)).toBeUndefined();
    expect(cacheDirectory({ [CACHE_ENV]: join(outside, "c") }, from)).toBe(join(outside, "c"));
  });

  it("a cache file planted in the repository is never run: the bytecode that would say 'no problems' is ignored", () => {
    // The script and a cache for it made by its own run, then copied into the repository the
    // CLI runs in, with XDG_CACHE_HOME pointing there: a later run from a subdirectory must not use it.
    const repo = mkdtempSync(join(tmpdir(), "dpa-lint-cc-repo-"));
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "sub"));
    const file = script();
    const planted = join(repo, ".xdg", "dpa-lint", "compile-cache");
    const state = join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-")), "state");
    expect(requireCached(file, { [CACHE_ENV]: planted, XDG_STATE_HOME: state }).cache).toBe("missing");
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { requireCached } from ${JSON.stringify(new URL("../dist/standalone/compile-cache.js", import.meta.url).href)}; console.log(requireCached(${JSON.stringify(file)}, process.env).cache);`,
      ],
      {
        cwd: join(repo, "sub"),
        env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: join(repo, ".xdg"), XDG_STATE_HOME: state },
        encoding: "utf8",
      },
    );
    expect(r.stdout.trim()).toBe("off");
  });

  it("a cache directory restored from elsewhere (another user's secret) is not trusted", () => {
    const file = script();
    const { dir, env } = cacheIn();
    requireCached(file, env);
    const other = { ...env, XDG_STATE_HOME: join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-")), "state") };
    expect(requireCached(file, other).cache).toBe("missing");
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(requireCached(file, other).cache).toBe("used");
    expect(requireCached(file, env).cache).toBe("missing");
  });

  it.skipIf(process.getuid === undefined)(
    "trusts no directory that others can write or that is a link, and writes through no planted link",
    () => {
      const file = script();
      const { dir, env } = cacheIn();
      requireCached(file, env);
      chmodSync(dir, 0o777);
      expect(requireCached(file, env).cache).toBe("off");
      chmodSync(dir, 0o700);
      const linked = join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-")), "cache");
      symlinkSync(dir, linked);
      expect(requireCached(file, { ...env, [CACHE_ENV]: linked }).cache).toBe("off");
      // A link at the cache file's own name, to a file outside: never read, and replaced rather than written through.
      const [saved] = cacheFiles(dir);
      const victim = join(mkdtempSync(join(tmpdir(), "dpa-lint-cc-")), "victim");
      writeFileSync(victim, "keep me\n");
      rmSync(join(dir, saved!));
      symlinkSync(victim, join(dir, saved!));
      expect(requireCached(file, env).cache).toBe("missing");
      expect(readFileSync(victim, "utf8")).toBe("keep me\n");
      expect(lstatSync(join(dir, saved!)).isSymbolicLink()).toBe(false);
      expect(requireCached(file, env).cache).toBe("used");
    },
  );

  it("lets the script's own errors through, with the script's file name", () => {
    const file = script('throw new Error("boom");');
    const { error } = requireCached(file, cacheIn().env);
    expect(error).toContain("boom");
    expect(error).toContain(file);
  });

  it("keeps the eight most recent files", () => {
    const { dir, env } = cacheIn();
    for (let i = 0; i < 10; i++) requireCached(script(), env);
    expect(cacheFiles(dir)).toHaveLength(8);
  });
});
