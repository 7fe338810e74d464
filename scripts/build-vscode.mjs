// npm run vsix: the VS Code extension as a .vsix (docs/editors.md). It bundles the extension
// (packages/vscode/src/extension.ts, the language client) and the language server with the core
// (dist/server.js, CommonJS like the standalone CLI, with the compiled policies, the Wasm, the
// whole policies/ directory for go to definition, and the schemas for yamlValidation), stages
// them beside the extension's manifest, README and licences, and packages that with @vscode/vsce,
// offline. The same .vsix goes to the Visual Studio Marketplace (vsce publish --packagePath) and
// Open VSX (ovsx publish): the manifest carries what both require (publisher, licence, repository).
//
// node scripts/build-vscode.mjs [--out <dir>]   (default: packages/vscode/build)
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { cjsOptions, commonOptions, copyRuntimeFiles, repo } from "./esbuild-parts.mjs";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? join(repo, "packages", "vscode", "build");
const source = join(repo, "packages", "vscode");
const stage = join(out, "extension");

/** The client's imports of the server's protocol file resolve to its source (it imports nothing). */
const protocolFromSource = {
  name: "protocol-from-source",
  setup(b) {
    b.onResolve({ filter: /^@dpa-lint\/language-server(\/protocol)?$/ }, (args) => ({
      path: join(repo, "packages", "language-server", "src", args.path.endsWith("/protocol") ? "protocol.ts" : "index.ts"),
    }));
  },
};

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, "dist"), { recursive: true });
// The extension: the language client, with `vscode` left to the editor that loads it.
const client = await build({
  ...commonOptions([protocolFromSource]),
  format: "cjs",
  entryPoints: { extension: join(source, "src", "extension.ts") },
  outdir: join(stage, "dist"),
  external: ["vscode"],
  metafile: true,
});
// The server: the language server and the core, as `dpa-lint lsp` runs them.
const server = await build({
  ...cjsOptions([protocolFromSource]),
  entryPoints: { server: join(source, "src", "server.ts") },
  outdir: join(stage, "dist"),
  metafile: true,
});
copyRuntimeFiles(join(stage, "dist"), [...Object.keys(client.metafile.inputs), ...Object.keys(server.metafile.inputs)], {
  policies: "all",
});
writeFileSync(join(stage, "dist", "package.json"), `${JSON.stringify({ type: "commonjs", private: true }, null, 2)}\n`);
cpSync(join(repo, "schemas"), join(stage, "schemas"), { recursive: true });
for (const file of ["package.json", "README.md", "LICENSE"]) cpSync(join(source, file), join(stage, file));
cpSync(join(stage, "dist", "THIRD-PARTY-NOTICES.txt"), join(stage, "THIRD-PARTY-NOTICES.txt"));

const { name, version } = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));
const vsix = join(out, `${name}-${version}.vsix`);
execFileSync(
  process.execPath,
  [join(repo, "node_modules", "@vscode", "vsce", "vsce"), "package", "--no-dependencies", "--allow-missing-repository", "--out", vsix],
  { cwd: stage, stdio: ["ignore", "ignore", "inherit"] },
);
console.log(`dpa-lint: built ${vsix}`);
