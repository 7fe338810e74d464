import { checkstyle } from "./checkstyle.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { compact, stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** The one list of output formats: the CLI's --format choices and help come from it. */
const builtin = { stylish, compact, json, sarif, junit, github, markdown, gitlab, checkstyle } satisfies Record<string, Formatter>;
/** By name (for -f); the built-in ones are also typed by name (FORMATTERS.sarif) for the action. */
export const FORMATTERS: Readonly<Record<string, Formatter>> & typeof builtin = builtin;

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
