// npm run dist: the self-contained builds that are committed, because the people who run them do
// not build dpa-lint (there is no npm install and no OPA where they run):
//   packages/github-action/dist   the GitHub Action (action.yml runs dist/index.js)
//   packages/cli/standalone       the CLI that the pre-commit hooks and git installs run
// Each holds the entry script, worker.js (worker threads for large runs), bundle/ (the compiled
// built-in policies), a package.json that says whether the scripts are ES modules (the action) or
// CommonJS (the CLI, see cjsBuild), and the Rego helpers that custom policy directories build on
// (both: a policies input may name one).
//
// node scripts/bundle-dist.mjs [--out <dir>] writes under <dir> (default: the repository) with the
// same relative paths: the test suite builds into a temporary directory and compares.
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { banner, cjsOptions, commonOptions, copyRuntimeFiles, repo } from "./esbuild-parts.mjs";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const outRoot = values.out ?? repo;

if (!existsSync(join(repo, "packages", "core", "bundle", "bundle.tar.gz"))) {
  console.error("dpa-lint: build the policies first (npm run compile)");
  process.exit(2);
}

/**
 * The language server (`dpa-lint lsp`) is a script of its own, lsp.js, loaded by the command:
 * the protocol library is a third of the CLI's size, and a hook's lint never needs it.
 */
const languageServerOutside = {
  name: "language-server-outside",
  setup(b) {
    b.onResolve({ filter: /^@dpa-lint\/language-server$/ }, () => ({ path: "lsp", namespace: "language-server-outside" }));
    b.onLoad({ filter: /.*/, namespace: "language-server-outside" }, () => ({
      contents: 'module.exports = require(require("node:path").join(__dirname, "lsp.js"));',
      loader: "js",
    }));
  },
};

/**
 * @actions/core imports its HTTP client (undici, tunnel: most of the action's bundle) only for
 * getIDToken, the OIDC token request, which the action never makes. The action build resolves the
 * client to a stand-in that fails loudly if anything ever calls it, so the bundle carries no
 * network code at all.
 */
const noHttpClient = {
  name: "no-http-client",
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/.*)?$/ }, (args) => ({ path: args.path, namespace: "no-http-client" }));
    b.onLoad({ filter: /.*/, namespace: "no-http-client" }, () => ({
      contents:
        'const refuse = () => { throw new Error("dpa-lint\'s action makes no HTTP requests; @actions/http-client is not bundled"); };\n' +
        "export class HttpClient { constructor() { refuse(); } }\n" +
        "export class BearerCredentialHandler { constructor() { refuse(); } }\n",
      loader: "js",
    }));
  },
};

/**
 * The action's build: ES modules with code splitting, so that the entry and the worker share one
 * chunk of the common code instead of carrying a copy each.
 */
async function esmBuild(out, entry, entryName, plugins) {
  return build({
    ...commonOptions(plugins),
    format: "esm",
    entryPoints: { [entryName]: join(repo, entry), worker: join(repo, "packages/core/src/parallel/worker.ts") },
    splitting: true,
    chunkNames: "[name]-[hash]",
    outdir: out,
    banner: { js: banner },
    metafile: true,
  });
}

/**
 * The CLI's build: one CommonJS script, main.js, holding the CLI and the worker's body, lsp.js
 * the language server, and two
 * small scripts that load it through V8's code cache (packages/cli/src/standalone/): dpa-lint.js
 * runs the CLI, worker.js a worker thread. A code cache exists on Node 20 for CommonJS scripts
 * only, and start-up is the hooks' whole cost.
 */
async function cjsBuild(out, plugins) {
  // import.meta.url, which the core uses to find its files, becomes the script's own URL.
  const cjs = cjsOptions(plugins);
  const src = join(repo, "packages/cli/src/standalone");
  const main = await build({
    ...cjs,
    plugins: [languageServerOutside, ...cjs.plugins],
    entryPoints: { main: join(src, "main.ts") },
    outdir: out,
    metafile: true,
  });
  const lsp = await build({
    ...cjs,
    entryPoints: { lsp: join(repo, "packages/language-server/src/index.ts") },
    outdir: out,
    metafile: true,
  });
  await build({
    ...cjs,
    entryPoints: { "dpa-lint": join(src, "cli.ts"), worker: join(src, "worker.ts") },
    outdir: out,
    banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` },
  });
  return { metafile: { inputs: { ...main.metafile.inputs, ...lsp.metafile.inputs } } };
}

async function standalone(dir, { policies = false, write }) {
  const out = join(outRoot, dir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { built, type } = await write(out);
  copyRuntimeFiles(out, Object.keys(built.metafile.inputs), { policies: policies ? "shared" : "none" });
  writeFileSync(join(out, "package.json"), `${JSON.stringify({ type, private: true }, null, 2)}\n`);
  console.log(`dpa-lint: built ${relative(process.cwd(), out) || "."}`);
}

await standalone("packages/github-action/dist", {
  policies: true,
  write: async (out) => ({ built: await esmBuild(out, "packages/github-action/src/index.ts", "index", [noHttpClient]), type: "module" }),
});
await standalone("packages/cli/standalone", {
  policies: true,
  write: async (out) => {
    const built = await cjsBuild(out, []);
    chmodSync(join(out, "dpa-lint.js"), 0o755);
    return { built, type: "commonjs" };
  },
});
