// `policy check` (checkPacks): every built-in pack's terms against the schema and its quotes
// against the DPA texts, and the quote checks' own findings.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBundle } from "@dpa-lint/core";
import { repoRoot } from "../../../test/support/repo-root.js";
import { sharedDpas } from "../../../test/support/shared-dpas.js";
import { checkPacks } from "../src/index.js";

const policiesDir = join(repoRoot, "policies");

describe("the built-in packs against the pack-terms contract", () => {
  it("pass the schema, and every quote is verbatim in its DPA text (shared/dpas, beside the repository)", () => {
    const shared = (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);
    expect(shared.length).toBeGreaterThan(10);
    const report = checkPacks(policiesDir, repoRoot, shared, sharedDpas());
    expect(report.problems).toEqual([]);
    expect(report.unverified).toEqual([]);
    expect(report.packs).toEqual(
      readBundle()
        .catalogue.packs.filter((p) => p.kind === "dpa")
        .map((p) => p.id),
    );
  });

  it("a quote that is not in the text is reported at the quote, with its clause", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-quotes-"));
    const text = readFileSync(join(policiesDir, "dpa", "geniebelt", "data.yaml"), "utf8").replace(
      "no later than 30 days before application",
      "no later than 31 days before application",
    );
    writeFileSync(join(dir, "data.yaml"), text);
    const report = checkPacks(dir, dir, [], sharedDpas());
    expect(report.problems).toEqual([
      expect.stringMatching(/^data\.yaml:\d+:14: the quote for 2\.3 \(L65\) is not in the DPA text verbatim$/),
    ]);
  });
});

describe("quotes lie on the lines their clause cites", () => {
  it("a verbatim quote outside its cited lines is reported with the line it is on; several ranges are each tried", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-quote-lines-"));
    const original = readFileSync(join(policiesDir, "dpa", "geniebelt", "data.yaml"), "utf8");
    // Moved one line off: 2.3 is on L65 of the GenieBelt text.
    writeFileSync(
      join(dir, "data.yaml"),
      original.replace('clause: "2.3 (L65)"', 'clause: "2.3 (L66)"').replace("clause: 2.3 (L65)", "clause: 2.3 (L66)"),
    );
    const report = checkPacks(dir, dir, [], sharedDpas());
    expect(report.problems).toEqual([
      expect.stringMatching(/^data\.yaml:\d+:14: the quote for 2\.3 \(L66\) is not on the lines it cites \(it is on L65\)$/),
    ]);
    // The built-in packs, some citing several ranges ("2.5 (L87), 2.12 (L132)"), all pass.
    expect(checkPacks(policiesDir, repoRoot, [], sharedDpas()).problems).toEqual([]);
  });
});
