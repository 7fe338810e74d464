import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "@dpa-lint/core";
import { UsageError } from "./usage-error.js";

/**
 * Node's parseArgs with the errors a user can make said in one line of dpa-lint's own: an unknown
 * option names the nearest known ones (`--frmat` -> `--format`), as ESLint and git do, instead of
 * Node's paragraph about positional arguments.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw error;
    const given = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
    const flag = given.split("=")[0] ?? given;
    const known = Object.keys(config.options ?? {}).map((name) => `--${name}`);
    const near = nearest(flag, known);
    throw new UsageError(`unknown option ${flag}${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}`);
  }
}
