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
 * Packages built as scripts of their own and loaded by the commands that need them: the language
 * server (`dpa-lint lsp`, lsp.js: the protocol library is a third of the CLI's size) and the policy
 * author's toolchain (`dpa-lint policy`, authoring.js: the DPA reader's words, formats and
 * scorer). A hook's lint never needs either, and never parses them.
 */
function outside(pkg, file) {
  const namespace = `${file}-outside`;
  return {
    name: namespace,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${pkg.replace(/[/@]/g, "\\$&")}$`) }, () => ({ path: file, namespace }));
      b.onLoad({ filter: /.*/, namespace }, () => ({
        contents: `module.exports = require(require("node:path").join(__dirname, "${file}.js"));`,
        loader: "js",
      }));
    },
  };
}
const OUTSIDE = { "@dpa-lint/language-server": "lsp", "@dpa-lint/authoring": "authoring" };

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
 * the language server, authoring.js the policy author's toolchain, and two
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
    plugins: [...Object.entries(OUTSIDE).map(([pkg, file]) => outside(pkg, file)), ...cjs.plugins],
    entryPoints: { main: join(src, "main.ts") },
    outdir: out,
    metafile: true,
  });
  // Each package left outside main.js, built as the script main.js requires in its place.
  const scripts = [];
  for (const [pkg, file] of Object.entries(OUTSIDE))
    scripts.push(
      await build({
        ...cjs,
        entryPoints: { [file]: join(repo, "packages", pkg.replace("@dpa-lint/", ""), "src/index.ts") },
        outdir: out,
        metafile: true,
      }),
    );
  await build({
    ...cjs,
    entryPoints: { "dpa-lint": join(src, "cli.ts"), worker: join(src, "worker.ts") },
    outdir: out,
    banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` },
  });
  return { metafile: { inputs: Object.assign({}, main.metafile.inputs, ...scripts.map((s) => s.metafile.inputs)) } };
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
