// Builds the rule catalogue from `opa inspect -a` (the rules' # METADATA) and the packs' terms.
// The catalogue is the single source for `rules`, `explain`, SARIF rule help and docs.
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const SEVERITIES = new Set(["error", "warning", "info"]);
const SET_SEVERITY = { deny: "error", warn: "warning", info: "info" };
const GROUPS = new Set(["gdpr", "terms", "dpa", "org"]);

/**
 * @param {object} inspect  output of `opa inspect -a --format json <dir>`
 * @param {object} data     the bundle's data.json (packs' terms live at data.dpa.<id>.terms)
 * @param {string} dir      the policy directory (doc paths are relative to it)
 */
export function buildCatalogue(inspect, data, dir, opaVersion) {
  const problems = [];
  const packs = [];
  const dpaData = data?.dpa ?? {};
  for (const [id, pack] of Object.entries(dpaData)) {
    const terms = pack?.terms;
    if (!terms) continue;
    packs.push({ id, kind: "dpa", title: terms.title ?? id, ...(terms.governingLaw ? { governingLaw: terms.governingLaw } : {}) });
  }
  const rules = [];
  const generic = [];
  for (const a of inspect.annotations ?? []) {
    if (a.annotations?.scope !== "rule") continue;
    const path = (a.path ?? []).slice(1).map((p) => p.value);
    const [group, pkg] = path;
    const setName = path[path.length - 1];
    const where = `${a.location?.file}:${a.location?.row}`;
    if (!GROUPS.has(group)) continue;
    const custom = a.annotations.custom ?? {};
    const name = custom.id;
    if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      problems.push(`${where}: custom.id must be the rule's kebab-case name`);
      continue;
    }
    const severity = custom.severity;
    if (!SEVERITIES.has(severity) || SET_SEVERITY[setName] !== severity) {
      problems.push(`${where}: custom.severity "${severity}" must match the set ${setName} (${SET_SEVERITY[setName] ?? "deny, warn or info"})`);
      continue;
    }
    if (!a.annotations.title) problems.push(`${where}: the rule needs a title`);
    // One doc page per rule, beside its package: policies/<group>/docs/<rule-name>.md.
    const docFile = join(dirname(a.location.file), "docs", `${name}.md`);
    const base = {
      name,
      title: a.annotations.title ?? name,
      description: (a.annotations.description ?? "").trim(),
      severity,
      ...(existsSync(docFile) ? { doc: relative(dir, docFile).split("\\").join("/") } : {}),
    };
    const ref = { clause: custom.clause, quote: custom.quote, gloss: custom.gloss };
    if (group === "terms") {
      generic.push({ ...base, ...ref });
    } else {
      const pack = group === "dpa" ? pkg : group;
      rules.push(clean({ id: `${pack}/${name}`, pack, ...base, ...ref }));
    }
  }
  // A rule shared by every pack appears once per pack, with the clause its terms give for it.
  for (const pack of packs) {
    const clauses = dpaData[pack.id].terms.clauses ?? {};
    for (const g of generic) {
      const ref = clauses[g.name] ?? {};
      rules.push(clean({ ...g, id: `${pack.id}/${g.name}`, pack: pack.id, clause: ref.clause ?? g.clause, quote: ref.quote ?? g.quote, gloss: ref.gloss ?? g.gloss }));
    }
  }
  const ids = new Set();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`rule id ${r.id} is defined twice`);
    ids.add(r.id);
  }
  if (rules.some((r) => r.pack === "gdpr")) packs.push({ id: "gdpr", kind: "gdpr", title: "GDPR baseline" });
  if (rules.some((r) => r.pack === "org")) packs.push({ id: "org", kind: "org", title: "Organisation policy (.dpa-lint.yaml org)" });
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  packs.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { catalogue: { version: 1, opaVersion, packs, rules }, problems };
}

function clean(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ""));
}
