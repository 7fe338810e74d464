import { existsSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readBundle } from "../engine/policy.js";
import { PolicyError } from "../errors.js";
import { childProcess } from "../builtins.js";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository (or installed package) root: packages/core/dist/policy -> ../../../.. */
const repoRoot = join(here, "..", "..", "..", "..");

/** Running from the dpa-lint checkout (its sources beside the build), not from an installed package. */
const inCheckout = existsSync(join(repoRoot, "packages", "core", "src", "policy", "tools.ts"));

/**
 * The built-in policies: beside the running script in a standalone build, the checkout's policies/
 * when running from the checkout, else the copy shipped inside the core package. The checkout
 * never reads packages/core/policies: `npm pack` (its prepack) writes that copy and removes it
 * after, and a run beside a pack must not see it come and go.
 */
export const BUILTIN_POLICIES_DIR =
  [join(here, "policies"), ...(inCheckout ? [] : [join(here, "..", "..", "policies")])].find((d) => existsSync(d)) ??
  join(repoRoot, "policies");

/**
 * Files in a policy directory that are not policy: opa would load them as data. `tests` holds the
 * packs' fixture vendor files; `.bundle` is where `policy build` writes by default.
 */
export const NOT_DATA = ["capabilities.json", "catalogue.json", "*.md", "tests", ".bundle"];

export function ignoreArgs(extra: string[] = []): string[] {
  return [...NOT_DATA, ...extra].flatMap((p) => ["--ignore", p]);
}

/**
 * The OPA binary: $DPA_LINT_OPA, the checkout's pinned .tools/bin/opa, or opa on the PATH.
 * Only the policy commands need it; linting runs the compiled Wasm.
 */
export function findOpa(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.DPA_LINT_OPA,
    join(repoRoot, ".tools", "bin", "opa"),
    ...(env.PATH ?? "").split(delimiter).map((d) => join(d, "opa")),
  ];
  const found = candidates.find((c): c is string => typeof c === "string" && c !== "" && existsSync(c));
  if (found) return found;
  // The release the built-in bundle was compiled with (tools/versions.env pins it): the one to install.
  const v = readBundle().catalogue.opaVersion;
  throw new PolicyError(
    `OPA is needed for policy commands on packs with Rego (packs of terms only need none): install OPA ${v} (go install github.com/open-policy-agent/opa@${v}, or its release binary) and set DPA_LINT_OPA to it or put opa on the PATH; in a checkout, npm run tools`,
  );
}

export function opaVersion(opa: string): string {
  return /^Version: (.*)$/m.exec(childProcess().execFileSync(opa, ["version"], { encoding: "utf8" }))?.[1] ?? "unknown";
}
