// The esbuild parts every self-contained build of dpa-lint shares: the committed builds
// (scripts/bundle-dist.mjs: the action and the standalone CLI) and the VS Code extension
// (scripts/build-vscode.mjs). One place for how the core is bundled, what stays out, and the
// files a build carries beside its scripts (the policies, the Wasm, the licences).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { copySharedPolicyParts } from "../packages/core/dist/policy/index.js";

export const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundleDir = join(repo, "packages", "core", "bundle");

/**
 * esbuild cannot follow `createRequire(import.meta.url)`, which core uses to load big CommonJS
 * libraries lazily. Dropping that line leaves a free `require("x")`, which esbuild does bundle, and
 * still lazily: the library's code runs at the first call, as before.
 */
export const lazyRequire = {
  name: "lazy-require",
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      return { contents: text.replace(/^const require = createRequire\(import\.meta\.url\);$/m, ""), loader: "ts" };
    });
  },
};

/** Imports of @dpa-lint/core (and its /policy entry) and @dpa-lint/authoring resolve to their compiled dist; bundle their source instead. */
export const coreFromSource = {
  name: "core-from-source",
  setup(b) {
    b.onResolve({ filter: /^@dpa-lint\/core$/ }, () => ({ path: join(repo, "packages", "core", "src", "index.ts") }));
    b.onResolve({ filter: /^@dpa-lint\/core\/policy$/ }, () => ({ path: join(repo, "packages", "core", "src", "policy", "index.ts") }));
    b.onResolve({ filter: /^@dpa-lint\/authoring$/ }, () => ({ path: join(repo, "packages", "authoring", "src", "index.ts") }));
    b.onResolve({ filter: /^@dpa-lint\/core\/user-dirs$/ }, () => ({
      path: join(repo, "packages", "core", "src", "files", "user-dirs.ts"),
    }));
  },
};

/**
 * opa-wasm carries JavaScript built-ins (sprintf, yaml.*) that our capabilities file keeps out of
 * every policy (scripts/gen-capabilities.mjs): a policy using them does not build. Their libraries
 * (its own copy of yaml 1, sprintf-js) are replaced by a stand-in that fails loudly if called, a
 * fifth of the code every start compiled.
 */
export const noOpaJsBuiltins = {
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
export const banner =
  'import { createRequire as __dpaLintCreateRequire } from "node:module";\nconst require = __dpaLintCreateRequire(import.meta.url);';

/**
 * The licences of the packages bundled into a build (esbuild's metafile lists every input): name,
 * version, licence, and the package's own licence text, in name order. The public-holiday table
 * is data from date-holidays (CC-BY-3.0), generated at build time: its terms travel with it.
 */
export const DATA_FROM = [
  "node_modules/date-holidays/package.json",
  "node_modules/web-tree-sitter/package.json",
  "node_modules/@tree-sitter-grammars/tree-sitter-hcl/package.json",
];

/**
 * What the Terraform reader loads on first use (packages/core/src/terraform/hcl.ts finds them in
 * wasm/): web-tree-sitter's CommonJS build and its Wasm, and the HCL grammar. Shipped as files,
 * not bundled: a YAML-only run never reads them.
 */
export const WASM = [
  "node_modules/web-tree-sitter/tree-sitter.cjs",
  "node_modules/web-tree-sitter/tree-sitter.wasm",
  "node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm",
];

export function thirdPartyNotices(inputs) {
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
export function commonOptions(plugins) {
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
    external: ["pdfjs-dist", "pdfjs-dist/*", "mammoth", "jszip", "ajv/dist/2020"],
    legalComments: "none",
    logLevel: "warning",
    charset: "utf8",
  };
}

/**
 * CommonJS options (the standalone CLI, the extension's server): import.meta.url, which the core
 * uses to find its files, becomes the script's own URL; whitespace and syntax minified only (a
 * fifth less to read at every start; names stay, so profiles and stack traces remain readable).
 */
export function cjsOptions(plugins) {
  return {
    ...commonOptions(plugins),
    format: "cjs",
    minifyWhitespace: true,
    minifySyntax: true,
    define: { "import.meta.url": "__dpaLintScriptUrl" },
    banner: { js: 'var __dpaLintScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
}

/**
 * The files a build carries beside its scripts: the licences (its own and the bundled packages'),
 * the compiled built-in policies, the Terraform reader's Wasm, the public-holiday table, and the policy parts custom packs
 * build on (`policies: "shared"`) or the whole policies directory (`"all"`: the editor opens the
 * packs' terms and the rules' sources from it).
 */
export function copyRuntimeFiles(out, inputs, { policies = "shared" } = {}) {
  writeFileSync(join(out, "THIRD-PARTY-NOTICES.txt"), thirdPartyNotices(inputs));
  cpSync(join(repo, "LICENSE"), join(out, "LICENSE"));
  cpSync(bundleDir, join(out, "bundle"), { recursive: true });
  mkdirSync(join(out, "wasm"), { recursive: true });
  for (const file of WASM) cpSync(join(repo, file), join(out, "wasm", file.split("/").pop()));
  // The public-holiday table, read beside the script on first use (normalize/working-days.ts).
  cpSync(join(repo, "packages", "core", "src", "normalize", "public-holidays.json"), join(out, "public-holidays.json"));
  if (policies === "shared") copySharedPolicyParts(join(repo, "policies"), join(out, "policies"));
  if (policies === "all")
    cpSync(join(repo, "policies"), join(out, "policies"), {
      recursive: true,
      filter: (src) => !src.endsWith("_test.rego") && !/[\\/](tests|\.bundle)$/.test(src),
    });
}
