import { relative, resolve } from "node:path";
import { DEFAULT_INCLUDE, type ResolvedConfig } from "./config/config.js";
import { collectFiles } from "./files/collect.js";

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
