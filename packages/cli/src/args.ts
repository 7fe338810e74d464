import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "@dpa-lint/core";
import { UsageError } from "./usage-error.js";

/**
 * Node's parseArgs with the errors a user can make said in one line of dpa-lint's own: an unknown
 * option names the nearest known ones (`--frmat` -> `--format`), as ESLint and git do, instead of
 * Node's paragraph about positional arguments.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, command?: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw error;
    const given = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
    const flag = given.split("=")[0] ?? given;
    const known = Object.keys(config.options ?? {})
      .filter((name) => name !== "help")
      .map((name) => `--${name}`);
    const near = nearest(flag, known);
    // A command of several (policy draft) names itself and, when nothing is near, the options it takes.
    const hint =
      near.length > 0
        ? ` (did you mean ${near.join(", ")}?)`
        : command
          ? ` (${command} takes ${known.length > 0 ? known.join(", ") : "no options"})`
          : "";
    throw new UsageError(`unknown option ${flag}${command ? ` for ${command}` : ""}${hint}`);
  }
}
