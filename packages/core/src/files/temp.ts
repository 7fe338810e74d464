import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/**
 * A new directory in the system's temporary directory (or `base`), removed when the process
 * exits: a policy pack built on the fly, a copy of one. Whatever is read from it must be read
 * during the run (a bundle's docs are, by explain).
 */
export function temporaryDirectory(prefix: string, base: string = tmpdir()): string {
  const dir = mkdtempSync(join(base, prefix));
  if (made.length === 0) process.once("exit", removeAll);
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Already gone, or busy: the system cleans its temporary directory.
    }
  }
}
