// Vitest's global setup: the whole run writes its temporary files under one directory of its own,
// removed at the end (failed runs included), and the run fails if anything it started left a
// dpa-lint-* entry in the system's temporary directory all the same.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const LEFTOVER = /^(dpa-lint|\.dpa-lint)/;

export default function setup(): () => void {
  const system = tmpdir();
  const before = new Set(readdirSync(system).filter((f) => LEFTOVER.test(f)));
  // os.tmpdir() reads TMPDIR on every call, and the test workers and every process they start
  // inherit it: mkdtemp(tmpdir()) anywhere in the suite lands here.
  const root = mkdtempSync(join(system, "vitest-dpa-lint-run-"));
  process.env.TMPDIR = root;
  return () => {
    process.env.TMPDIR = system;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    const left = readdirSync(system).filter((f) => LEFTOVER.test(f) && !before.has(f));
    if (left.length > 0) throw new Error(`the test run left ${left.length} entries in ${system}: ${left.slice(0, 5).join(", ")}`);
  };
}
