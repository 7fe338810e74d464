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
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { copySharedPolicyParts } from "../packages/core/dist/policy/index.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { out: { type: "string" } } });
const outRoot = values.out ?? repo;

const bundleDir = join(repo, "packages", "core", "bundle");
if (!existsSync(join(bundleDir, "bundle.tar.gz"))) {
  console.error("dpa-lint: build the policies first (npm run compile)");
  process.exit(2);
}

/**
 * esbuild cannot follow `createRequire(import.meta.url)`, which core uses to load big CommonJS
 * libraries lazily. Dropping that line leaves a free `require("x")`, which esbuild does bundle, and
 * still lazily: the library's code runs at the first call, as before.
 */
const lazyRequire = {
  name: "lazy-require",
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      return { contents: text.replace(/^const require = createRequire\(import\.meta\.url\);$/m, ""), loader: "ts" };
    });
  },
};

/** Imports of @dpa-lint/core (and its /policy entry) resolve to its compiled dist; bundle its source instead. */
const coreFromSource = {
  name: "core-from-source",
  setup(b) {
    b.onResolve({ filter: /^@dpa-lint\/core$/ }, () => ({ path: join(repo, "packages", "core", "src", "index.ts") }));
    b.onResolve({ filter: /^@dpa-lint\/core\/policy$/ }, () => ({ path: join(repo, "packages", "core", "src", "policy", "index.ts") }));
    b.onResolve({ filter: /^@dpa-lint\/core\/user-dirs$/ }, () => ({
      path: join(repo, "packages", "core", "src", "files", "user-dirs.ts"),
    }));
  },
};

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
 * opa-wasm carries JavaScript built-ins (sprintf, yaml.*) that our capabilities file keeps out of
 * every policy (scripts/gen-capabilities.mjs): a policy using them does not build. Their libraries
 * (its own copy of yaml 1, sprintf-js) are replaced by a stand-in that fails loudly if called, a
 * fifth of the code every start compiled.
 */
const noOpaJsBuiltins = {
  name: "no-opa-js-builtins",
  setup(b) {
    b.onResolve({ filter: /^(yaml|sprintf-js)$/ }, (args) =>
      /opa-wasm[\\/]src[\\/]builtins/.test(args.importer) ? { path: args.path, namespace: "no-opa-js-builtins" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "no-opa-js-builtins" }, (args) => ({
      contents: `const refuse = () => { throw new Error("${args.path} is not bundled: the policies cannot use this built-in (policies/capabilities.json)"); };\nmodule.exports = { parse: refuse, stringify: refuse, vsprintf: refuse, sprintf: refuse };\n`,
      loader: "js",
    }));
  },
};

// Node's own modules are required by the bundled CommonJS libraries; an ES module has no require.
const banner =
  'import { createRequire as __dpaLintCreateRequire } from "node:module";\nconst require = __dpaLintCreateRequire(import.meta.url);';

/**
 * The licences of the packages bundled into a build (esbuild's metafile lists every input): name,
 * version, licence, and the package's own licence text, in name order. The public-holiday table
 * is data from date-holidays (CC-BY-3.0), generated at build time: its terms travel with it.
 */
const DATA_FROM = [
  "node_modules/date-holidays/package.json",
  "node_modules/web-tree-sitter/package.json",
  "node_modules/@tree-sitter-grammars/tree-sitter-hcl/package.json",
];

/**
 * What the Terraform reader loads on first use (packages/core/src/terraform/hcl.ts finds them in
 * wasm/): web-tree-sitter's CommonJS build and its Wasm, and the HCL grammar. Shipped as files,
 * not bundled: a YAML-only run never reads them.
 */
const WASM = [
  "node_modules/web-tree-sitter/tree-sitter.cjs",
  "node_modules/web-tree-sitter/tree-sitter.wasm",
  "node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm",
];

function thirdPartyNotices(inputs) {
  const packages = new Map();
  for (const input of [...inputs, ...DATA_FROM]) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || packages.has(m[1])) continue;
    const manifest = JSON.parse(readFileSync(join(repo, m[1], "package.json"), "utf8"));
    const licenceFile = readdirSync(join(repo, m[1])).find((f) => /^(licen[cs]e|copying)(\..*)?$/i.test(f));
    packages.set(m[1], {
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? "see its files",
      text: licenceFile ? readFileSync(join(repo, m[1], licenceFile), "utf8").trim() : "",
    });
  }
  const sections = [...packages.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter((p, i, all) => i === 0 || all[i - 1].name !== p.name || all[i - 1].version !== p.version)
    .map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text}`.trim());
  return `This build of dpa-lint (Apache-2.0, see LICENSE) bundles the following packages.\n\n${sections.join(`\n\n${"-".repeat(72)}\n\n`)}\n`;
}

/** The esbuild options every build shares. */
function commonOptions(plugins) {
  return {
    absWorkingDir: repo,
    bundle: true,
    platform: "node",
    target: "node20",
    plugins: [lazyRequire, coreFromSource, noOpaJsBuiltins, ...plugins],
    // The DPA reader's PDF and DOCX libraries (megabytes, for \`policy draft\` only) stay out of the
    // committed builds: they load from node_modules when present, else the command says so. So
    // does ajv's schema compiler: every schema of ours is precompiled (scripts/compile-schemas.mjs)
    // and only ajv's small runtime helpers are bundled.
    external: ["pdfjs-dist", "pdfjs-dist/*", "mammoth", "ajv/dist/2020"],
    legalComments: "none",
    logLevel: "warning",
    charset: "utf8",
  };
}

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
  const cjs = {
    ...commonOptions(plugins),
    format: "cjs",
    // Whitespace and syntax only: a fifth less to read at every start; names stay, so profiles and
    // stack traces remain readable.
    minifyWhitespace: true,
    minifySyntax: true,
    define: { "import.meta.url": "__dpaLintScriptUrl" },
    banner: { js: 'var __dpaLintScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
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
  writeFileSync(join(out, "THIRD-PARTY-NOTICES.txt"), thirdPartyNotices(Object.keys(built.metafile.inputs)));
  cpSync(join(repo, "LICENSE"), join(out, "LICENSE"));
  cpSync(bundleDir, join(out, "bundle"), { recursive: true });
  mkdirSync(join(out, "wasm"));
  for (const file of WASM) cpSync(join(repo, file), join(out, "wasm", file.split("/").pop()));
  if (policies) {
    copySharedPolicyParts(join(repo, "policies"), join(out, "policies"));
  }
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
