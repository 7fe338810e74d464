// dpa-lint policy draft, as a compliance officer runs it: a draft pack written beside the others,
// never over one, and once its TODOs are filled it passes policy check with every quote verified.
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { SHARED_DPAS, sharedDpas } from "../../../test/support/shared-dpas.js";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const DPAS = SHARED_DPAS;

describe("dpa-lint policy draft", () => {
  it("drafts a pack from a DPA's text that passes policy check once its TODOs are filled", () => {
    sharedDpas();
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-cli-"));
    const r = runCli(["policy", "draft", join(DPAS, "septeo-data-protection-addendum.txt"), "--id", "septeo-draft"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^drafted policies\/dpa\/septeo-draft\/data\.yaml from \S+: \d+ terms found \(.*subprocessors.*\), 0 ambiguous, \d+ not found \(.*\)\n/,
    );
    const file = join(dir, "policies", "dpa", "septeo-draft", "data.yaml");
    const draft = readFileSync(file, "utf8");
    expect(draft).toContain('- name: "OVHcloud" # table row (cells run together), line 94');
    expect(draft).toContain(
      "objectionWindow: {value: 15, unit: days} # sentence pattern: objection to a sub-processor, with a period, line 88",
    );
    // Unfilled, the draft fails the check: a TODO is never taken for a term, each said once.
    const unfilled = runCli(["policy", "check", "policies"], { cwd: dir });
    expect(unfilled.status).toBe(1);
    const lines = unfilled.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    writeFileSync(file, draft.replace(/: TODO.*$/gm, ": null"));
    const check = runCli(["policy", "check", "policies"], { cwd: dir });
    expect(check.stdout).toBe("1 pack checked (septeo-draft): terms valid, quotes verbatim\n");
    expect(check.status).toBe(0);
    // A draft whose citations are left null (Easi lists no sub-processors): each problem said once.
    const other = mkdtempSync(join(tmpdir(), "dpa-lint-draft-cli-"));
    expect(runCli(["policy", "draft", join(DPAS, "easi-general-conditions.txt")], { cwd: other }).status).toBe(0);
    const easi = join(other, "policies", "dpa", "easi-general-conditions", "data.yaml");
    writeFileSync(easi, readFileSync(easi, "utf8").replace(/: TODO.*$/gm, ": null"));
    const todos = runCli(["policy", "check", "policies"], { cwd: other }).stdout.trim().split("\n");
    expect(todos.filter((l) => l.includes("subprocessor-not-listed.clause"))).toHaveLength(1);
    expect(new Set(todos).size).toBe(todos.length);
    // A second draft never overwrites the first.
    const again = runCli(["policy", "draft", join(DPAS, "septeo-data-protection-addendum.txt"), "--id", "septeo-draft"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe("dpa-lint: policies/dpa/septeo-draft/data.yaml already exists; give another --id or move it; see --help\n");
  });

  it("drafts from a PDF, writing the text it read beside the pack; --format json writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-pdf-"));
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    page.drawText("Data Processing Agreement", { x: 40, y: 760, size: 12, font });
    page.drawText("The Processor shall notify the Controller of a personal data breach within 24 hours.", {
      x: 40,
      y: 720,
      size: 10,
      font,
    });
    writeFileSync(join(dir, "Acme DPA.pdf"), await doc.save());
    const json = runCli(["policy", "draft", "Acme DPA.pdf", "--format", "json"], { cwd: dir });
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { id: string; terms: { breachNotification: { value: unknown; line: number } } };
    expect(parsed.id).toBe("acme-dpa");
    expect(parsed.terms.breachNotification.value).toEqual({ value: 24, unit: "hours" });
    expect(existsSync(join(dir, "policies"))).toBe(false);
    const r = runCli(["policy", "draft", "Acme DPA.pdf"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "policies", "dpa", "acme-dpa", "Acme DPA.txt"), "utf8")).toContain("within 24 hours");
    expect(readFileSync(join(dir, "policies", "dpa", "acme-dpa", "data.yaml"), "utf8")).toContain('source: "Acme DPA.txt"');
  });

  it("a Latin-1 DPA is read as windows-1252, said on stderr, and shipped decoded so that quotes verify", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-latin-"));
    writeFileSync(join(dir, "dpa.txt"), Buffer.from("Le sous-traitant notifie la violation dans un d\xe9lai de 48 heures.\n", "latin1"));
    const r = runCli(["policy", "draft", "dpa.txt", "--id", "latin"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("dpa-lint: dpa.txt: read as windows-1252 (the bytes are not UTF-8)\n");
    expect(readFileSync(join(dir, "policies", "dpa", "latin", "dpa.utf8.txt"), "utf8")).toBe(
      "Le sous-traitant notifie la violation dans un délai de 48 heures.\n",
    );
    expect(readFileSync(join(dir, "policies", "dpa", "latin", "data.yaml"), "utf8")).toContain('source: "dpa.utf8.txt"');
  });

  it("a Markdown DPA with an HTML table is read with the table as rows, said on stderr, and shipped as read so that quotes verify", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-mdhtml-"));
    writeFileSync(
      join(dir, "dpa.md"),
      "# DPA\n\n## Sub-processors\n\n<table>\n  <tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr>\n  <tr><td>OVH SAS</td><td>Hosting</td><td>France</td></tr>\n</table>\n",
    );
    const r = runCli(["policy", "draft", "dpa.md", "--id", "mdhtml"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("dpa-lint: dpa.md: read with its HTML tables as rows of cells; the text read is kept beside the pack\n");
    const pack = join(dir, "policies", "dpa", "mdhtml");
    expect(readFileSync(join(pack, "dpa.read.md"), "utf8")).toContain("\nOVH SAS | Hosting | France\n");
    const data = readFileSync(join(pack, "data.yaml"), "utf8");
    expect(data).toContain('source: "dpa.read.md"');
    expect(data).toContain('- name: "OVH SAS" # table row, line 7; purpose: Hosting');
    // Filled, the pack checks: its quote is verbatim in the text read (it is not in dpa.md).
    writeFileSync(join(pack, "data.yaml"), data.replace(/: TODO.*$/gm, ": null"));
    const check = runCli(["policy", "check", "policies"], { cwd: dir });
    expect(check.stdout).toBe("1 pack checked (mdhtml): terms valid, quotes verbatim\n");
    expect(check.status).toBe(0);
    expect(readFileSync(join(dir, "dpa.md"), "utf8")).not.toContain("OVH SAS | Hosting | France");
  });

  it("--explain says for each sentence a term's words brought up whether it was taken, and why not", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-explain-"));
    writeFileSync(
      join(dir, "acme.txt"),
      "5. Sub-processors\n\nThe Processor shall notify the Customer of any new Sub-processor at least 30 days in advance. If the Customer objects, it may terminate the Agreement on 60 days notice.\n\n9. This Agreement is governed by the laws of Ireland.\n",
    );
    const r = runCli(["policy", "draft", "acme.txt", "--format", "json", "--explain"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "acme.txt:3  priorNotice  taken: 30 days  «The Processor shall notify the Customer of any new Sub-processor at least 30 days in advance.»",
      // "60 days notice" reads as a notice, which the termination makes no notice of a change.
      "acme.txt:3  priorNotice  skipped: no period of notice (none, in hours, or about termination, payment or an alternative)  «If the Customer objects, it may terminate the Agreement on 60 days notice.»",
      "acme.txt:3  objectionWindow  skipped: no window (no period, a notice before the change, or one about termination, payment or an alternative)  «If the Customer objects, it may terminate the Agreement on 60 days notice.»",
      "acme.txt:5  governingLaw  taken: IE  «9. This Agreement is governed by the laws of Ireland.»",
    ]);
    expect((JSON.parse(r.stdout) as { terms: Record<string, unknown> }).terms.objectionWindow).toBeUndefined();
  });

  it("bad input is one line naming the file, never a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-lint-draft-bad-"));
    writeFileSync(join(dir, "broken.pdf"), "not a pdf at all");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3]));
    // A sparse file: 60 MiB on paper, nothing on disk; refused before a byte is read.
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 60 * 2 ** 20);
    const cases: Array<[string[], RegExp]> = [
      [["policy", "draft"], /^dpa-lint: policy draft needs the DPA's file/],
      [["policy", "draft", "missing.txt"], /^dpa-lint: missing\.txt: no such file/],
      [["policy", "draft", "broken.pdf"], /^dpa-lint: broken\.pdf: is not a readable PDF file/],
      [["policy", "draft", "binary.txt"], /^dpa-lint: binary\.txt: is binary/],
      [["policy", "draft", "huge.txt"], /^dpa-lint: huge\.txt: is larger than 50 MiB; a DPA is never this big/],
      [["policy", "draft", "."], /^dpa-lint: \.: cannot be read/],
      [["policy", "draft", "binary.txt", "--id", "BAD"], /^dpa-lint: ID: "BAD" is not a pack id/],
      [["policy", "draft", "binary.txt", "--format", "xml"], /^dpa-lint: policy draft --format must be yaml or json/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, { cwd: dir });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});
