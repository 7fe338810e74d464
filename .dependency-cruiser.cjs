// The direction of dependencies in packages/core/src, checked by `npm run lint` (depcruise).
// Layers, lowest first; a module may import its own layer and the ones below, never above:
//   base       errors.ts, findings/finding.ts (the Finding and Problem shapes), files/posix.ts,
//              builtins.ts (Node's modules loaded on first use), thousands.ts
//   input      document/, normalize/, schema/, files/, terraform/ (reading, parsing, the format, facts)
//   engine     engine/ (the compiled policies and their catalogue)
//   findings   findings/ but finding.ts (settings, suppressions, baseline, finalize)
//   config     config/
//   top        lint.ts, lint-cache.ts, infrastructure.ts, vendor-setups.ts, reports/, parallel/, api.ts, result.ts, formatters/,
//              policy/ (loading packs: a pack directory with Rego is built with OPA when a lint names it), then index.ts
// Between packages, lowest first: core; authoring (the policy author's toolchain: test, fmt, scaffold,
// check, the DPA reader of `policy draft`) and language-server on core; cli on all three; github-action
// on core alone. Each uses @dpa-lint/core's public entries only: the index, policy/, and
// files/user-dirs (the user's directories and secret, for the standalone's loader); core imports none of them.
const src = "^packages/core/src/";
const base = `${src}(errors\\.ts|findings/finding\\.ts|files/posix\\.ts|builtins\\.ts|thousands\\.ts)$`;
const input = `${src}(document|normalize|schema|files|terraform)/`;
const engine = `${src}engine/`;
const findings = `${src}findings/(?!finding\\.ts$)`;
const config = `${src}config/`;
const top = `${src}(lint\\.ts|lint-cache\\.ts|infrastructure\\.ts|vendor-setups\\.ts|reports/|api\\.ts|result\\.ts|index\\.ts|parallel/|formatters/|policy/)`;

/** A rule forbidding `from` to import any of `to`. */
const layer = (name, from, to, comment) => ({ name, severity: "error", comment, from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "A cycle makes two modules one: merge them or move the shared part down.", from: {}, to: { circular: true } },
    layer("base-imports-nothing", base, `${src}(?!errors\\.ts$|findings/finding\\.ts$|files/posix\\.ts$|builtins\\.ts$|thousands\\.ts$)`, "The base shapes depend on no other module of the core."),
    layer("input-below-engine", input, [engine, findings, config, top], "Reading and normalising input knows nothing of policies, post-processing or configuration."),
    layer("engine-below-findings", engine, [findings, config, top], "The policy engine returns raw results; what happens to them is decided above it."),
    layer("findings-below-config", findings, [config, top], "Post-processing takes plain settings, not the configuration loader."),
    layer("config-below-top", config, top, "The configuration is read by the pipeline, never the other way round."),
    layer("formatters-are-leaves", `${src}formatters/`, `${src}(lint\\.ts|api\\.ts|index\\.ts|parallel/|policy/|config/)`, "A formatter turns a LintResult into text; it runs no lint."),
    layer("only-index-imports-api", `${src}(?!index\\.ts$)`, `${src}(api|index)\\.ts$`, "api.ts and index.ts are the public surface, not internals."),
    {
      name: "core-imports-no-other-package",
      severity: "error",
      comment: "The lint engine stands alone: authoring, the editor and the adapters build on it, never the other way round.",
      from: { path: "^packages/core/src/" },
      to: { path: "^packages/(?!core/)[^/]+/|node_modules/@dpa-lint/(?!core/)" },
    },
    {
      name: "action-lints-only",
      severity: "error",
      comment: "The GitHub Action lints: it needs neither the authoring toolchain (PDF and DOCX readers) nor the editor.",
      from: { path: "^packages/github-action/src/" },
      to: { path: "^packages/(authoring|language-server|cli)/|node_modules/@dpa-lint/(authoring|language-server|cli)/" },
    },
    {
      name: "cli-loads-authoring-for-policy-only",
      severity: "error",
      comment: "`dpa-lint lint` and the hooks never load the authoring toolchain: only the policy commands (imported on demand) use it.",
      from: { path: "^packages/cli/src/", pathNot: "^packages/cli/src/commands/policy(-draft)?\\.ts$" },
      to: { path: "^packages/authoring/|node_modules/@dpa-lint/authoring/" },
    },
    {
      name: "adapters-use-the-public-entry",
      severity: "error",
      comment: "The CLI, the action, authoring and the editor import @dpa-lint/core, never its files: the core's internals may move.",
      from: { path: "^packages/(authoring|cli|github-action|language-server|vscode)/src/" },
      to: { path: "^packages/core/(src|dist)/", pathNot: "^packages/core/dist/(index|policy/index|files/user-dirs)\\.(js|d\\.ts)$" },
    },
  ],
  options: {
    // Built output is a dependency's target (an import of @dpa-lint/core resolves to its dist), so
    // it is seen, for the rules between packages, but never walked.
    doNotFollow: { path: ["node_modules", "(^|/)dist/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    exclude: { path: "(^|/)(generated|standalone|build)/" },
  },
};
