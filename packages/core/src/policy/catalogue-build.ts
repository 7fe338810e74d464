import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { POLICY_GROUPS, SEVERITY_OF_SET, type Catalogue, type LegalFactsMeta, type PackMeta, type RuleMeta } from "../engine/catalogue.js";
import { isSeverity } from "../findings/finding.js";

/**
 * Builds the rule catalogue from `opa inspect -a` (the rules' # METADATA) and the packs' terms:
 * the single source for `rules`, `explain`, SARIF rule help and the docs, so no
 * rule's title, severity or clause is typed twice.
 */
interface Annotation {
  annotations?: { scope?: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location?: { file: string; row: number };
  path?: Array<{ value: string }>;
}

const GROUPS: ReadonlySet<string> = new Set(POLICY_GROUPS);

type Citation = { clause?: string; quote?: string; gloss?: string };

export interface Terms {
  title?: string;
  governingLaw?: string | null;
  /** One citation per term (priorNotice, ...), serving every rule that reads the term. */
  citations?: Record<string, Citation>;
  /** Citations of the rules that read no single term, by rule name. */
  clauses?: Record<string, Citation>;
}

/** Which term each shared rule reads (policies/lib/citations/data.yaml), from a bundle's data. */
export function termOfRules(data: Record<string, unknown>): Record<string, string> {
  return ((data.lib ?? {}) as { citations?: { term_of?: Record<string, string> } }).citations?.term_of ?? {};
}

export interface BuiltCatalogue {
  catalogue: Catalogue;
  /** Absolute path of each rule's doc page, keyed by the catalogue's relative doc path. */
  docs: Map<string, string>;
  problems: string[];
}

export function buildCatalogue(
  inspect: { annotations?: Annotation[] },
  data: Record<string, unknown>,
  roots: string[],
  opaVersion: string,
): BuiltCatalogue {
  const problems: string[] = [];
  const docs = new Map<string, string>();
  const dpaData = (data.dpa ?? {}) as Record<string, { terms?: Terms }>;
  const packs: PackMeta[] = [];
  for (const [id, pack] of Object.entries(dpaData)) {
    const terms = pack.terms;
    if (!terms) continue;
    packs.push({ id, kind: "dpa", title: terms.title ?? id, ...(terms.governingLaw ? { governingLaw: terms.governingLaw } : {}) });
  }
  const rules: RuleMeta[] = [];
  const generic: Array<Omit<RuleMeta, "id" | "pack">> = [];
  for (const a of inspect.annotations ?? []) {
    const found = ruleOf(a, roots, problems, docs);
    if (!found) continue;
    if (found.group === "shared") generic.push(found.base);
    else {
      // Rego package names cannot hold "-": package dpa.acme_cloud serves the pack acme-cloud.
      const pack = found.group === "dpa" ? packOf(found.pkg ?? found.group, dpaData) : found.group;
      rules.push({ id: `${pack}/${found.base.name}`, pack, ...found.base });
    }
  }
  for (const r of sharedRulesPerPack(packs, generic, dpaData, termOfRules(data))) rules.push(r);
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`rule id ${r.id} is defined twice`);
    ids.add(r.id);
  }
  if (rules.some((r) => r.pack === "gdpr")) packs.push({ id: "gdpr", kind: "gdpr", title: "GDPR baseline" });
  if (rules.some((r) => r.pack === "org")) packs.push({ id: "org", kind: "org", title: "Organisation policy (.dpa-lint.yaml org)" });
  if (rules.some((r) => r.pack === "infra"))
    packs.push({ id: "infra", kind: "infra", title: "Infrastructure (Terraform) against the vendor setups" });
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  packs.sort((a, b) => (a.id < b.id ? -1 : 1));
  const legalFacts = legalFactsOf(data);
  const sharedRules = [...generic].sort((a, b) => (a.name < b.name ? -1 : 1));
  return { catalogue: { version: 1, opaVersion, ...(legalFacts ? { legalFacts } : {}), packs, rules, sharedRules }, docs, problems };
}

/**
 * A rule's catalogue entry from its METADATA annotation, or undefined (not a rule of a policy
 * group, or incomplete: the problem is recorded). The rule's doc page is recorded in `docs`.
 */
function ruleOf(
  a: Annotation,
  roots: string[],
  problems: string[],
  docs: Map<string, string>,
): { group: string; pkg: string | undefined; base: Omit<RuleMeta, "id" | "pack"> } | undefined {
  if (a.annotations?.scope !== "rule" || !a.location) return undefined;
  const path = (a.path ?? []).slice(1).map((p) => p.value);
  const [group, pkg] = path;
  const setName = path[path.length - 1] ?? "";
  const where = `${a.location.file}:${a.location.row}`;
  if (!group || !GROUPS.has(group)) return undefined;
  const custom = a.annotations.custom ?? {};
  const name = custom.id;
  if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    problems.push(`${where}: custom.id must be the rule's kebab-case name`);
    return undefined;
  }
  const severity = custom.severity;
  if (!isSeverity(severity) || SEVERITY_OF_SET[setName] !== severity) {
    problems.push(
      `${where}: custom.severity "${String(severity)}" must match the set ${setName} (${SEVERITY_OF_SET[setName] ?? "deny, warn or info"})`,
    );
    return undefined;
  }
  if (!a.annotations.title) problems.push(`${where}: the rule needs a title`);
  // One doc page per rule, beside its package: <group dir>/docs/<rule-name>.md.
  const docFile = join(dirname(a.location.file), "docs", `${name}.md`);
  const root = roots.find((r) => !relative(r, docFile).startsWith(".."));
  const doc = existsSync(docFile) && root ? relative(root, docFile).split("\\").join("/") : undefined;
  if (doc) docs.set(doc, docFile);
  const base = clean({
    name,
    title: a.annotations.title ?? name,
    description: (a.annotations.description ?? "").trim(),
    severity,
    doc,
    clause: str(custom.clause),
    quote: str(custom.quote),
    gloss: str(custom.gloss),
  }) as Omit<RuleMeta, "id" | "pack">;
  return { group, pkg, base };
}

/** A rule every DPA pack shares appears once per pack, with the clause its terms give for it. */
export function sharedRulesPerPack(
  packs: readonly PackMeta[],
  generic: ReadonlyArray<Omit<RuleMeta, "id" | "pack">>,
  dpaData: Record<string, { terms?: Terms }>,
  termOf: Record<string, string>,
): RuleMeta[] {
  const out: RuleMeta[] = [];
  for (const pack of packs) {
    const terms = dpaData[pack.id]?.terms;
    for (const g of generic) {
      // As lib/pack.rego's ref: the citation of the term the rule reads, else the rule's clause.
      const term = termOf[g.name];
      const ref = (term ? terms?.citations?.[term] : undefined) ?? terms?.clauses?.[g.name] ?? {};
      out.push(
        clean({
          ...g,
          id: `${pack.id}/${g.name}`,
          pack: pack.id,
          clause: ref.clause ?? g.clause,
          quote: ref.quote ?? g.quote,
          gloss: ref.gloss ?? g.gloss,
        }) as unknown as RuleMeta,
      );
    }
  }
  return out;
}

/** The version and review date of the legal facts in the bundle's data (data.lib.legal). */
function legalFactsOf(data: Record<string, unknown>): LegalFactsMeta | undefined {
  const legal = ((data.lib ?? {}) as { legal?: { version?: unknown; reviewed?: unknown } }).legal;
  if (typeof legal?.version !== "string" || typeof legal.reviewed !== "string") return undefined;
  return { version: legal.version, reviewed: legal.reviewed };
}

function packOf(pkg: string, dpaData: Record<string, unknown>): string {
  return pkg in dpaData ? pkg : pkg.replace(/_/g, "-");
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function clean(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ""));
}
