// The hostile files the bound "every file under 2 MiB in under 1 s and 300 MB" is measured on
// (node bench/hostile.mjs, bench/HOSTILE.md): they must be what they claim, under the cap and
// linted to findings inside the file. Their time is measured by the script, not here.
import { describe, expect, it } from "vitest";
import { Linter, PARSE_LIMITS } from "../packages/core/src/index.js";
import { HOSTILE_BYTES, hostileFiles } from "./hostile.mjs";

describe("the hostile files of bench/hostile.mjs", () => {
  it("each is under the size cap and lints to findings inside the file, never a throw", async () => {
    const linter = await Linter.create({ today: "2026-11-22" });
    const files = Object.entries(hostileFiles());
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const [name, text] of files) {
      expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(PARSE_LIMITS.maxBytes);
      const lines = text.split("\n").length;
      const r = linter.lintText("vendors/hostile.yaml", text);
      expect(r.findings.length, name).toBeGreaterThan(0);
      for (const f of r.findings) expect(f.endLine, name).toBeLessThanOrEqual(lines);
    }
    // All but the last fill the cap: the last is bounded by the evaluation budget instead.
    expect(files.filter(([, text]) => Buffer.byteLength(text) > HOSTILE_BYTES - 1024).length).toBe(files.length - 1);
  }, 60_000);
});
