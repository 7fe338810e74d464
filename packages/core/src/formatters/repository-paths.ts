import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { LintResult } from "../result.js";

/**
 * Paths from the repository's top, for the reports a code host places in the repository (SARIF,
 * GitLab Code Quality): `path` is the plain relative path, `uri` its URI-encoded form.
 * %SRCROOT% is the repository's top (LintResult.location.root) and each URI is relative to it, so
 * code scanning places findings right even when dpa-lint ran in a subdirectory. Without a location
 * (a result built by hand), file names are taken as relative to the root.
 */
export function locator(result: LintResult): { root: string; path: (file: string) => string; uri: (file: string) => string } {
  const loc = result.location;
  if (!loc) return { root: "file:///", path: (file) => file, uri: (file) => encodeURI(file) };
  const root = pathToFileURL(loc.root).href.replace(/\/?$/, "/");
  const path = (file: string): string => relative(loc.root, resolve(loc.cwd, file)).split(sep).join("/");
  return { root, path, uri: (file) => encodeURI(path(file)) };
}
