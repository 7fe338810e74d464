import { parseCommandArgs } from "../args.js";
import { durationText, type Duration, type PolicyBundle } from "@dpa-lint/core";
import { loadBundles, POLICY_OPTION } from "../bundles.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const termsHelp = `Usage: dpa-lint terms PACK [--format text|json] [--policy DIR]

Show a DPA pack's terms as the checks read them, each with the clause and quote it comes from:
hosting commitments, the sub-processor list (country, mechanism), notice and objection periods,
breach deadline, audits, retention limits, special categories.

Options:
  --format <fmt>    text (default) or json (the pack's terms as data)
  --policy <dir>    also load a policy directory, terms file or bundle; repeatable
  -h, --help        show this help
`;

type Terms = Record<string, unknown>;
type Citation = { clause?: string; quote?: string; gloss?: string };

export function termsCommand(args: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" }, ...POLICY_OPTION },
  });
  if (values.help) {
    io.stdout(termsHelp);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const id = positionals[0];
  const bundles = loadBundles(values.policy, io);
  const known = bundles.flatMap((b) => b.catalogue.packs.filter((p) => p.kind === "dpa").map((p) => p.id));
  if (!id) throw new UsageError(`terms needs a DPA pack id (known: ${known.join(", ")})`);
  const terms = termsOf(bundles, id);
  if (!terms) throw new UsageError(`no DPA pack "${id}" (known: ${known.join(", ")})`);
  io.stdout(values.format === "json" ? `${JSON.stringify({ pack: id, terms }, null, 2)}\n` : describeTerms(id, terms));
  return EXIT.ok;
}

function termsOf(bundles: readonly PolicyBundle[], id: string): Terms | undefined {
  for (const b of bundles) {
    const pack = ((b.data.dpa ?? {}) as Record<string, { terms?: Terms }>)[id];
    if (pack?.terms) return pack.terms;
  }
  return undefined;
}

/** The terms as a reviewer reads them: one line per term, its citation indented below. */
function describeTerms(id: string, t: Terms): string {
  const clauses = (t.clauses ?? {}) as Record<string, Citation>;
  const out: string[] = [
    `${id}  ${String(t.title)}${typeof t.governingLaw === "string" ? ` (${t.governingLaw} law)` : " (no governing law named)"}`,
    "",
  ];
  const cite = (c: Citation | undefined): void => {
    if (c?.clause) out.push(`      ${c.clause}: «${c.quote ?? ""}»${c.gloss ? ` (${c.gloss})` : ""}`);
  };
  const hosting = (t.hosting ?? {}) as { allowed?: string[] | null; declared?: string[] | null };
  out.push(`  hosting allowed in   ${hosting.allowed ? hosting.allowed.join(", ") : "not restricted by the DPA"}`);
  cite(clauses["hosting-country"]);
  out.push(`  hosting declared     ${hosting.declared ? hosting.declared.join(", ") : "no claim"}`);
  cite(clauses["declared-hosting-contradicted"]);
  const citations = (t.citations ?? {}) as Record<string, Citation>;
  for (const [field, label, rule] of PERIODS) {
    out.push(`  ${label.padEnd(20)} ${period(t[field])}`);
    cite(citations[field] ?? clauses[rule]);
  }
  const audit = (t.audit ?? {}) as { maxPerYear?: number | null; notice?: unknown; uncapped?: boolean; absent?: boolean };
  const audits = audit.absent ? "no audit right" : audit.uncapped ? "not capped" : `at most ${String(audit.maxPerYear ?? "?")} a year`;
  out.push(`  audits               ${audits}; notice ${period(audit.notice)}`);
  cite(clauses["contract-audits"]);
  const special = t.specialCategories;
  out.push(
    `  special categories   ${special === null ? "not addressed" : Array.isArray(special) && special.length === 0 ? "none declared" : (special as string[]).join(", ")}`,
  );
  subprocessorLines(t, out, cite);
  retentionLines(t, out, cite);
  return `${out.join("\n")}\n`;
}

const PERIODS: ReadonlyArray<[string, string, string]> = [
  ["priorNotice", "prior notice", "change-before-prior-notice"],
  ["objectionWindow", "objection window", "change-before-objection-window"],
  ["breachNotification", "breach notice", "contract-breach-notification"],
];

function period(p: unknown): string {
  if (p === null || p === undefined) return "no number in the DPA";
  if (typeof p === "string") return p; // written the way vendor files write it: "10 working days"
  const { readings, ...period } = p as Duration & { readings?: Duration[] };
  const text = durationText(period);
  return readings ? `${text} (ambiguous: ${readings.map(durationText).join(" or ")})` : text;
}

function subprocessorLines(t: Terms, out: string[], cite: (c: Citation | undefined) => void): void {
  const subs = (t.subprocessors ?? {}) as {
    listed?: boolean;
    list?: Array<Citation & { name: string; country: string | null; mechanism: string | null; aliases?: string[] }>;
  };
  out.push("", subs.listed ? `  sub-processors (${subs.list?.length ?? 0} listed)` : "  sub-processors: the DPA gives no list");
  const clauses = (t.clauses ?? {}) as Record<string, Citation>;
  cite(clauses[subs.listed ? "subprocessor-not-listed" : "subprocessor-list-missing"]);
  for (const s of subs.list ?? []) {
    out.push(
      `    ${s.name.padEnd(30)} ${(s.country ?? "location not given").padEnd(20)} ${s.mechanism ?? "no mechanism given"}${s.aliases?.length ? `  (also ${s.aliases.join(", ")})` : ""}`,
    );
    cite(s);
  }
}

function retentionLines(t: Terms, out: string[], cite: (c: Citation | undefined) => void): void {
  const limits = (t.retention ?? []) as Array<Citation & { category: string; max: unknown; from?: string }>;
  out.push("", limits.length > 0 ? "  retention limits" : "  retention: no limit in the DPA");
  for (const r of limits) {
    out.push(`    ${r.category.padEnd(30)} at most ${period(r.max)}${r.from ? ` from ${r.from.replace(/-/g, " ")}` : ""}`);
    cite(r);
  }
}
