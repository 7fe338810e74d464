import { sep } from "node:path";

/** A path with forward slashes: findings, globs and the spec's `file` field all use them. */
export function toPosix(path: string): string {
  return path.split(sep).join("/");
}
