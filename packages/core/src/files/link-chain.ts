import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, parse, resolve, sep } from "node:path";

/** Symbolic links followed at most, as the kernel's own limit (ELOOP) does. */
const MAX_LINKS = 40;

/**
 * Every path a file is reached through: the path itself (under its real parent), each symbolic
 * link resolved on the way (a link to a file, or a link to a directory above it), and the real
 * path at the end. git names a change by the path it was made at, which is the link target's when
 * a pull request edits `store/m.yaml` behind `vendors/m.yaml -> ../store/m.yaml`, and the link's
 * own when it is retargeted: a linted file whose content changed is changed if git names any of
 * these. Paths are absolute, with real parent directories, so they compare with git's.
 */
export function resolutionChain(path: string): string[] {
  const chain = new Set<string>();
  let pending = resolve(path);
  for (let links = 0; links <= MAX_LINKS;) {
    const { root } = parse(pending);
    const parts = pending.slice(root.length).split(sep).filter(Boolean);
    let current = root;
    let followed = false;
    for (let i = 0; i < parts.length; i++) {
      const next = join(current, parts[i] as string);
      let target: string | undefined;
      try {
        target = lstatSync(next).isSymbolicLink() ? readlinkSync(next) : undefined;
      } catch {
        // Missing: what follows cannot be resolved further.
        current = join(next, ...parts.slice(i + 1));
        break;
      }
      if (target === undefined) {
        current = next;
        continue;
      }
      // A link: the path up to it (real parent) is one name git may use; go on from its target.
      chain.add(join(next, ...parts.slice(i + 1)));
      chain.add(next);
      pending = join(isAbsolute(target) ? target : resolve(dirname(next), target), ...parts.slice(i + 1));
      followed = true;
      links++;
      break;
    }
    if (!followed) {
      chain.add(current);
      break;
    }
  }
  try {
    chain.add(realpathSync(path));
  } catch {
    // A dangling link: the names above are all there is.
  }
  return [...chain];
}
