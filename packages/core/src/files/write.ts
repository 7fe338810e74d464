import { lstatSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describeThrown, InputError } from "../errors.js";

/**
 * Writes a report or a baseline without following symbolic links: the repository under review
 * may have committed `dpa-lint.sarif -> ~/.bashrc`. A symlink at the target is refused; otherwise
 * the text goes to a new file beside it (created exclusively, so no link can be planted there
 * either) that is then renamed over the target. `display` names the file in errors.
 */
export function writeFileSafely(path: string, text: string, display = path): void {
  try {
    if (lstatSync(path).isSymbolicLink()) throw new InputError("refusing to write through a symbolic link", { file: display });
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Missing: a new file, which is fine.
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(`cannot write: ${describeThrown(error)}`, { file: display });
  }
}
