import { readFileSync } from "node:fs";

/** The commit a pull request (or merge queue entry) is judged against. */
export interface PullRequestBase {
  sha: string;
  /** For messages: "pull request #12" or "merge group". */
  label: string;
}

/**
 * The base commit from the event payload, for pull_request, pull_request_target and merge_group
 * events; undefined for any other event (a push has no base whose rules could be weakened).
 */
export function pullRequestBase(env: NodeJS.ProcessEnv): PullRequestBase | undefined {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!["pull_request", "pull_request_target", "merge_group"].includes(event) || !env.GITHUB_EVENT_PATH) return undefined;
  let payload: { pull_request?: { number?: number; base?: { sha?: string } }; merge_group?: { base_sha?: string } };
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as typeof payload;
  } catch (error) {
    throw new Error(`cannot read the ${event} event payload (${env.GITHUB_EVENT_PATH}): ${(error as Error).message}`);
  }
  const sha = event === "merge_group" ? payload.merge_group?.base_sha : payload.pull_request?.base?.sha;
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`the ${event} event payload has no base commit`);
  return { sha, label: event === "merge_group" ? "merge group" : `pull request #${payload.pull_request?.number ?? "?"}` };
}
