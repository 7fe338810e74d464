import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.mjs";

describe("the parse-only floor (bench/parse-floor.mjs)", () => {
  it("parses every file on one thread and on two, to the same positions", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-floor-"));
    generate(41, dir);
    const run = (threads: string): string => {
      const r = spawnSync(process.execPath, [fileURLToPath(new URL("./parse-floor.mjs", import.meta.url)), dir, threads], {
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const one = run("1");
    expect(Number(one)).toBeGreaterThan(0);
    expect(run("2")).toBe(one);
  });
});
