import { relative, resolve } from "node:path";
import * as core from "@actions/core";
import {
  changedLines,
  DpaLintError,
  fetchOciPacks,
  fails,
  formatContext,
  lint,
  loadPolicyPacks,
  plural,
  readBaseline,
  resolveConfig,
  VERSION,
  withBuiltinBundle,
  writeFileSafely,
  type ChangedLines,
  type LintResult,
} from "@dpa-lint/core";
import { planAnnotations } from "./annotations.js";
import { BaseCommit, rulesFromBase, type Rules } from "./base-branch.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { pullRequestBase } from "./pull-request.js";
import { SARIF_RESULT_LIMIT, sarifForUpload } from "./sarif.js";
import { jobSummary } from "./summary.js";

/**
 * The action: lint, annotate, summarise, write SARIF, set outputs, and fail when findings reach
 * the fail severity. Any error fails the step with one line: it never reports success when
 * linting did not complete.
 */
export async function run(): Promise<void> {
  try {
    await gate(readInputs((name) => core.getInput(name)));
  } catch (error) {
    const message = error instanceof DpaLintError ? error.oneLine() : error instanceof Error ? error.message : String(error);
    // The trace only in the step's debug log (ACTIONS_STEP_DEBUG), never in the failure line.
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`dpa-lint: ${message}`);
  }
}

async function gate(inputs: ActionInputs): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const pr = pullRequestBase(process.env);
  let rules: Rules;
  let changed: ChangedLines | undefined;
  let diffRef: string | undefined;
  if (pr) {
    const base = new BaseCommit(pr.sha, workspace);
    base.ensurePresent();
    diffRef = base.diffRef();
    changed = changedLines(diffRef, workspace, "base branch");
    rules = inputs.usePullRequestConfig
      ? {
          ...(await rulesFromWorkspace(workspace, inputs)),
          notes: [`Configuration: the pull request's own (use-pull-request-config is on).`],
        }
      : await rulesFromBase(base, inputs);
  } else {
    rules = await rulesFromWorkspace(workspace, inputs);
    if (inputs.changedFilesOnly) core.info("changed-files-only: this is not a pull request, so every selected file is linted");
  }

  const bundles = withBuiltinBundle(rules.packs);
  const result = await lint(inputs.paths, {
    cwd: workspace,
    config: rules.config,
    bundles,
    ...(rules.baseline ? { baseline: rules.baseline } : {}),
    ...(inputs.changedFilesOnly && diffRef ? { changedSince: diffRef } : {}),
    inlineSuppressions: inputs.inlineSuppressions,
    ...(inputs.asOf ? { asOf: inputs.asOf } : {}),
    ...(inputs.terraformPlans.length > 0 ? { terraformPlans: inputs.terraformPlans } : {}),
  });
  // The step fails (exit 1) when a finding reaches the fail severity; SARIF records it.
  const failed = fails(result.results, inputs.failSeverity);
  const context = { ...formatContext(bundles, VERSION, false, rules.config.docsBase), exitCode: failed ? 1 : 0 };

  const plan = planAnnotations(result.results, changed, workspace, inputs.maxAnnotations);
  for (const { kind, message, properties } of plan.shown) {
    const annotate = kind === "error" ? core.error : kind === "warning" ? core.warning : core.notice;
    annotate(message, properties);
  }
  if (plan.overflow) core.notice(plan.overflow, { title: "dpa-lint" });

  let sarifPath: string | undefined;
  const sarifNote: string[] = [];
  if (inputs.sarifFile) {
    sarifPath = resolve(workspace, inputs.sarifFile);
    const sarif = sarifForUpload(result, context);
    writeFileSafely(sarifPath, sarif.text, { display: inputs.sarifFile, cwd: workspace });
    if (sarif.omitted > 0)
      sarifNote.push(
        `SARIF: the first ${SARIF_RESULT_LIMIT} findings; ${sarif.omitted} more are left out, as code scanning takes no more per run.`,
      );
  }
  const scope = [
    ...sarifNote,
    ...(inputs.changedFilesOnly && diffRef
      ? [`Files: only those changed by the ${pr?.label ?? "pull request"} (changed-files-only).`]
      : []),
    ...(inputs.inlineSuppressions ? [] : ["Inline suppressions: ignored (inline-suppressions is off)."]),
  ];
  const summary = jobSummary(result, context, [...rules.notes, ...scope]);
  // The runner always sets GITHUB_STEP_SUMMARY; elsewhere (a local run) the log gets the summary.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  else core.info(summary);
  setOutputs(result, sarifPath ? inputs.sarifFile : undefined);

  if (failed) core.setFailed(`dpa-lint: ${failureLine(result, inputs)}`);
  else core.info(`dpa-lint: ${plural(result.summary.files, "file")} checked, nothing at or above ${inputs.failSeverity}`);
}

/** Outside a pull request (or when asked), the checked-out files are the rules. */
async function rulesFromWorkspace(workspace: string, inputs: ActionInputs): Promise<Rules> {
  const config = resolveConfig(workspace, inputs.config ? resolve(workspace, inputs.config) : undefined);
  await fetchOciPacks([...config.policies, ...inputs.policies], "policies");
  const baselinePath = inputs.baseline ?? (config.baseline === undefined ? undefined : relative(workspace, config.baseline));
  const baseline = baselinePath
    ? { baseline: readBaseline(resolve(workspace, baselinePath), baselinePath), file: baselinePath }
    : undefined;
  const packs = [
    ...loadPolicyPacks(config.policies, config.root, "configuration policies", process.env, config.policyKeys),
    ...loadPolicyPacks(inputs.policies, workspace, "policies"),
  ];
  return { config, ...(baseline ? { baseline } : {}), packs, notes: [] };
}

function setOutputs(result: LintResult, sarifFile: string | undefined): void {
  const { summary } = result;
  core.setOutput("errors", summary.errors);
  core.setOutput("warnings", summary.warnings);
  core.setOutput("infos", summary.infos);
  core.setOutput("suppressed", summary.suppressed);
  core.setOutput("files", summary.files);
  core.setOutput("sarif-file", sarifFile ?? "");
}

function failureLine(result: LintResult, inputs: ActionInputs): string {
  const { errors, warnings, infos } = result.summary;
  const counts = [plural(errors, "error"), plural(warnings, "warning"), ...(infos > 0 ? [`${infos} info`] : [])];
  return `${counts.join(", ")} in ${plural(result.summary.files, "file")} (fail-severity: ${inputs.failSeverity}); see the annotations and the job summary`;
}
