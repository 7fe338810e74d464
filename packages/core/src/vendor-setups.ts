import { relative, resolve } from "node:path";
import { DEFAULT_INCLUDE, type ResolvedConfig } from "./config/config.js";
import { parseYamlText } from "./document/parse.js";
import { collectFiles } from "./files/collect.js";
import { readVendorFile } from "./files/read.js";
import type { PathSegment } from "./findings/finding.js";
import type { Linter } from "./lint.js";

/**
 * The vendor setups the configuration includes (else vendors/): what deployments are judged
 * against, and what the record of processing and the calendar are built from.
 */
export function vendorSetupsOf(config: ResolvedConfig, cwd: string, repository: string | undefined): string[] {
  const [include, root] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const files: string[] = [];
  for (const g of include) {
    try {
      files.push(
        ...collectFiles([relative(cwd, resolve(root, g)) || "."], cwd, {
          exclude: config.exclude,
          root: config.root,
          repository: repository ?? cwd,
        }).files,
      );
    } catch {
      // No vendor setup there: the deployments are judged against none.
    }
  }
  return files;
}

/** A vendor setup as read for judging deployments and for the reports: its value, and where each of its fields is written. */
export interface SetupDoc {
  /** The file as findings name it (relative to the linter's directory). */
  file: string;
  value: Record<string, unknown>;
  /** The 1-based line of a path (of its closest existing parent when it is absent). */
  lineOf(path: readonly PathSegment[]): number;
}

/**
 * The vendor setups of files, every document of each. A file that cannot be read or parsed is
 * named in `unreadable` (the report says so; `dpa-lint lint` says why): a record built from the
 * rest is never presented as complete.
 */
export function readSetups(linter: Linter, files: readonly string[]): { setups: SetupDoc[]; unreadable: string[] } {
  const setups: SetupDoc[] = [];
  const unreadable: string[] = [];
  for (const path of files) {
    const file = linter.displayName(path);
    const read = readVendorFile(resolve(linter.cwd, path));
    if (!("text" in read)) {
      unreadable.push(file);
      continue;
    }
    const parsed = parseYamlText(file, read.text, { budget: true });
    if (parsed.problems.length > 0) unreadable.push(file);
    for (const doc of parsed.documents) {
      const value = doc.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      setups.push({
        file,
        value: value as Record<string, unknown>,
        lineOf: (p) => doc.position(p).line,
      });
    }
  }
  return { setups, unreadable };
}
