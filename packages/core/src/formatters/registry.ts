import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** The one list of output formats: the CLI's --format choices and help come from it. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, markdown };

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
