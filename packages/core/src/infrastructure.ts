import { existsSync, readdirSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { findRepositoryRoot, isInside } from "./files/collect.js";
import { TERRAFORM_EXTENSION, TERRAFORM_JSON_EXTENSION } from "./files/terraform-files.js";
import type { SourceDocument } from "./document/source-document.js";
import { readVendorFile } from "./files/read.js";
import type { CheckedFile } from "./findings/finalize.js";
import { findingAt, type Finding, type PathSegment } from "./findings/finding.js";
import { parseSuppressions } from "./findings/suppressions.js";
import type { Linter } from "./lint.js";
import { readSetups, type SetupDoc } from "./vendor-setups.js";
import { canonicalProvider } from "./normalize/regions.js";
import { hclParser, parseHcl, type HclBlock, type HclExpr, type HclFile } from "./terraform/hcl.js";
import { parseTfvarsJson } from "./terraform/hcl-json.js";
import { readTerraformSource } from "./terraform/hcl-source.js";
import {
  instancesOf,
  modulePlacements,
  providerSpec,
  type ModuleCall,
  type Placement,
  type ProviderUse,
  type Scope,
} from "./terraform/placements.js";
import { planModuleDirs, planPlacements, readPlan } from "./terraform/plan.js";
import { appendAll, groupBy } from "./arrays.js";
import { thousands } from "./thousands.js";

/**
 * The infrastructure reading (docs/infrastructure.md): the Terraform files of a run are parsed,
 * each module's resources placed (terraform/placements.ts), and for each provider with data
 * locations the places it deploys to are judged as a vendor setup of that vendor whose hosting is
 * those places: the vendor's own setup (its DPA, transfer mechanisms) with the deployed hosting,
 * or, when no vendor setup names the vendor, a setup of that vendor alone. The same GDPR, DPA
 * and organisation rules judge them, and the infra rules compare them with what the vendor setup
 * declares. Findings are placed on the .tf line that sets the location.
 */
export async function checkInfrastructure(
  linter: Linter,
  named: readonly string[],
  vendorFiles: readonly string[],
  plans: ReadonlyArray<{ path: string; display: string }> = [],
  complete = false,
  sources?: ReadonlyMap<string, string>,
): Promise<CheckedFile[]> {
  if (named.length === 0 && plans.length === 0) return [];
  const read = plans.map((p) => ({ ...p, plan: readPlan(p.path, p.display) }));
  const reader = new ModuleReader(linter, await hclParser(), sources);
  // A module is a directory: its variables, locals and providers may sit in files not named (a
  // hook names the staged ones), so every .tf file beside a named one is read, and reported on.
  for (const dir of new Set(named.map((f) => dirname(f)))) reader.read(dir);
  const vendors = vendorIndex(linter, vendorFiles);
  const report: Report = (file, offset, finding) =>
    reader.place(file, offset, finding.ruleId, finding.severity, finding.message, finding.path, finding.dpa);
  // One finding per rule and place in the whole run: the instances of a module (its calls, its
  // for_each elements) place its resources on the same lines.
  const samePlace = new SamePlace(report);
  // Each provider's placements, against the vendor setup that names it; what each vendor setup
  // is deployed to, for the declared-but-unused check at the end.
  const deployedTo = new Map<VendorDoc, { use: ProviderUse; countries: Set<string> }>();
  const judgeProviders = (placements: readonly Placement[], providers: readonly ProviderUse[]): void => {
    for (const use of providers) {
      const vendor = vendors.find(use);
      const countries = judge(
        linter,
        use,
        placements.filter((p) => sameProvider(p.provider, use.provider)),
        vendor,
        report,
        samePlace,
      );
      if (!vendor) continue;
      const seen = deployedTo.get(vendor) ?? { use, countries: new Set<string>() };
      for (const c of countries) seen.countries.add(c);
      deployedTo.set(vendor, seen);
    }
  };
  // What a plan covers (its root module and the local modules it calls) is judged by the plan.
  const planned = new Set<string>();
  for (const { plan, display } of read) {
    const dirs = planModuleDirs(plan, reader.read(plan.root));
    const files = new Map([...dirs].map(([address, dir]) => [address, reader.read(dir)]));
    for (const dir of dirs.values()) planned.add(resolve(dir));
    const { placements, providers } = planPlacements(plan, display, { files });
    judgeProviders(placements, providers);
  }
  // Local modules (`source = "./modules/db"`) are read too, and a module another one calls is
  // judged once per call, in its caller's context (arguments, providers passed or inherited).
  const calls = localCalls(reader, findRepositoryRoot(linter.cwd) ?? linter.cwd);
  walkModules(reader, calls, planned, (dir, call) => {
    const files = reader.read(dir);
    const tfvars = call ? new Map<string, HclExpr>() : readTfvars(reader.parser, dir);
    const { placements, providers, notes, scope } = modulePlacements({ files, tfvars }, call);
    for (const note of notes) reader.place(note.file, note.offset, "file/module-not-read", "warning", note.message, []);
    judgeProviders(placements, providers);
    return scope;
  });
  samePlace.flush();
  // Only a run that read all of the repository's Terraform can say a declared place is unused.
  if (complete) for (const [vendor, { use, countries }] of deployedTo) judgeUnused(linter, vendor, use, countries, report);
  return reader.results();
}

/** The declared-but-unused check of one vendor setup, reported at the provider it stands for. */
function judgeUnused(linter: Linter, vendor: VendorDoc, use: ProviderUse, deployed: ReadonlySet<string>, report: Report): void {
  const declared = linter.hostingCountries(vendor.value);
  const infrastructure = {
    provider: use.provider,
    vendor: use.vendor[0] ?? use.provider,
    vendorFile: vendor.file,
    complete: true,
    deployed: [...deployed],
    declaredEntries: declared.flatMap((country, i) => (country ? [{ country, entry: `hosting[${i}]` }] : [])),
    placements: [],
    unresolved: [],
  };
  for (const problem of linter.checkDeployment({ ...vendor.value, hosting: [] }, infrastructure)) {
    if (problem.ruleId !== "infra/declared-not-deployed") continue;
    report(use.file, use.offset, { ...problem, path: ["provider", use.provider] });
  }
}

type Report = (
  file: string,
  offset: number,
  problem: { ruleId: string; severity: Finding["severity"]; message: string; path: PathSegment[]; dpa?: string },
) => void;

type LocalCall = { child: string; block: HclBlock; file: string };

/** Module calls are judged this many levels deep. */
const MAX_MODULE_DEPTH = 8;
/**
 * Module instances judged in one run. Each call of a module is an instance, and calls multiply
 * level by level: eight files of ten calls each make 10^8 instances (10^5 took 13 s), so a run
 * stops here rather than run for hours.
 */
const MAX_MODULE_INSTANCES = 5000;

/**
 * Judges every module not covered by a plan: each root (a module no other calls), then, depth
 * first, each call of a local module in its caller's context. A call not followed fails the run
 * at the call, as an error, never silently: one nested deeper than MAX_MODULE_DEPTH, one past
 * MAX_MODULE_INSTANCES, and one that closes a cycle (a module calling itself, directly or through
 * others, which Terraform refuses). A module not reached from a root (called only from within a
 * cycle, or only too deep) is judged as a root, in no caller's context: before, a module of a
 * cycle was nobody's root, never judged, and its resources passed the gate unseen.
 */
function walkModules(
  reader: ModuleReader,
  calls: ReadonlyMap<string, readonly LocalCall[]>,
  planned: ReadonlySet<string>,
  judgeOne: (dir: string, call: ModuleCall | undefined) => Scope,
): void {
  // Modules judged, or called where the call deploys no instance (count = 0): not roots.
  const reached = new Set<string>();
  let instances = 0;
  let stopped = false;
  const refuse = (c: LocalCall, why: string): void =>
    reader.place(c.file, c.block.offset, "file/module-not-judged", "error", `module "${c.block.labels[0] ?? ""}" ${why}`, []);
  const walk = (dir: string, call: ModuleCall | undefined, path: readonly string[]): void => {
    reached.add(dir);
    const scope = judgeOne(dir, call);
    for (const c of calls.get(dir) ?? []) {
      if (stopped) return;
      if (path.includes(c.child)) refuse(c, "closes a cycle of module calls, which Terraform refuses: not judged again");
      else if (path.length > MAX_MODULE_DEPTH)
        refuse(c, `is nested deeper than ${MAX_MODULE_DEPTH} levels of module calls: not judged as called from here`);
      else {
        // Each instance of the call (none for count = 0, one per for_each element) in its own context.
        reached.add(c.child);
        for (const instance of instancesOf(c.block, scope)) {
          if (stopped) return;
          if (++instances > MAX_MODULE_INSTANCES) {
            refuse(
              c,
              `is beyond the ${thousands(MAX_MODULE_INSTANCES)} module instances a run judges: it and the calls after it are not judged`,
            );
            stopped = true;
            return;
          }
          const address = `${call ? `${call.address}.` : ""}module.${c.block.labels[0] ?? ""}${instance.key ?? ""}`;
          walk(c.child, { block: c.block, file: c.file, scope: instance.scope, address }, [...path, c.child]);
        }
      }
    }
  };
  const called = new Set([...calls.values()].flat().map((c) => c.child));
  const modules = [...reader.modules.keys()].filter((dir) => !planned.has(resolve(dir)));
  for (const dir of modules) if (!called.has(dir) && !stopped) walk(dir, undefined, [dir]);
  for (const dir of modules) if (!reached.has(dir) && !stopped) walk(dir, undefined, [dir]);
}

/**
 * The local module calls of every module read, by the caller's directory, reading each called
 * directory in turn (a worklist: called modules call others).
 */
function localCalls(reader: ModuleReader, repository: string): Map<string, LocalCall[]> {
  const calls = new Map<string, LocalCall[]>();
  const pending = [...reader.modules.keys()];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const list: LocalCall[] = [];
    for (const { file, hcl } of reader.read(dir)) {
      for (const block of hcl.blocks) {
        const source = block.type === "module" ? block.attributes.get("source")?.value : undefined;
        if (source?.kind !== "literal" || typeof source.value !== "string" || !/^\.\.?(\/|$)/.test(source.value)) continue;
        const child = resolve(dir, source.value);
        if (!existsSync(child)) continue;
        if (!isInside(realpathSync(child), repository)) {
          // A pull request must not make the gate read files outside the repository it judges.
          reader.place(
            file,
            block.offset,
            "file/module-not-read",
            "warning",
            `module "${block.labels[0] ?? ""}" is outside the repository (${source.value}): not read`,
            [],
          );
          continue;
        }
        list.push({ child, block, file });
        if (!seen.has(child)) {
          seen.add(child);
          reader.read(child);
          pending.push(child);
        }
      }
    }
    calls.set(dir, list);
  }
  return calls;
}

function sameProvider(a: string, b: string): boolean {
  return a === b || providerSpec(a) === providerSpec(b);
}

/** Reads each module directory's .tf files once, keeping each file's result, lines and parse. */
class ModuleReader {
  readonly modules = new Map<string, Array<{ file: string; hcl: HclFile }>>();
  private readonly checked = new Map<string, CheckedFile>();
  private readonly documents = new Map<string, SourceDocument>();

  constructor(
    private readonly linter: Linter,
    readonly parser: Awaited<ReturnType<typeof hclParser>>,
    /** Texts that stand for files on disk (an editor's unsaved buffers), by absolute path. */
    private readonly sources?: ReadonlyMap<string, string>,
  ) {}

  /** The parsed files of a module directory (read on first use; a file that does not parse is a finding). */
  read(dir: string): Array<{ file: string; hcl: HclFile }> {
    const known = this.modules.get(dir);
    if (known) return known;
    const files: Array<{ file: string; hcl: HclFile }> = [];
    this.modules.set(dir, files);
    for (const path of [...moduleFiles(dir), ...moduleFiles(dir, TERRAFORM_JSON_EXTENSION)]) {
      const file = this.linter.displayName(path);
      const buffer = this.sources?.get(path);
      const read = buffer === undefined ? readVendorFile(path) : { text: buffer };
      const result: CheckedFile = { file, findings: [], suppressions: [], names: [] };
      this.checked.set(file, result);
      if (!("text" in read)) {
        result.findings.push(findingAt(file, "parse-error", read.problem, 1, 1));
        continue;
      }
      if (read.text.length > MAX_HCL_CHARS) {
        result.findings.push(findingAt(file, "parse-error", "the file is larger than dpa-lint reads (2 MiB)", 1, 1));
        continue;
      }
      const { source, hcl } = readTerraformSource(this.parser, file, read.text, path.endsWith(TERRAFORM_JSON_EXTENSION));
      this.documents.set(file, source);
      result.suppressions = parseSuppressions(source);
      if (source.problems.length > 0) {
        appendAll(result.findings, source.problems);
        continue;
      }
      files.push({ file, hcl });
    }
    return files;
  }

  /** Adds a finding at an offset of a file read here (a plan file's findings go on its first line). */
  place(
    file: string,
    offset: number,
    ruleId: string,
    severity: Finding["severity"],
    message: string,
    path: PathSegment[],
    dpa?: string,
  ): void {
    let result = this.checked.get(file);
    if (!result) {
      result = { file, findings: [], suppressions: [], names: [] };
      this.checked.set(file, result);
    }
    const source = this.documents.get(file);
    const finding = { ...findingAt(file, ruleId, message, 1, 1, severity), path, ...(dpa ? { dpa } : {}) };
    // To the end of the line: the attribute and its value (`region = "us-east-1"`).
    result.findings.push(source ? { ...finding, ...source.lines.restOfLine(offset) } : finding);
  }

  results(): CheckedFile[] {
    return [...this.checked.values()];
  }
}

/** Judges one provider's placements in one module and reports each problem where it belongs. */
function judge(
  linter: Linter,
  use: ProviderUse,
  placements: readonly Placement[],
  vendor: VendorDoc | undefined,
  report: Report,
  samePlace: SamePlace,
): string[] {
  const resolved = placements.filter((p) => p.unresolved === undefined);
  const unresolved = placements.filter((p) => p.unresolved !== undefined);
  const declared = vendor ? linter.hostingCountries(vendor.value) : [];
  const declaredEntries = vendor ? ((vendor.value.hosting as unknown[] | undefined) ?? []) : [];
  const places = resolved.map((p): Record<string, unknown> =>
    p.country ? { country: p.country } : { provider: p.regions, region: p.region },
  );
  // Resolved once: what the vendor setup declares is matched by country, and what is deployed is returned.
  const countries = linter.hostingCountries({ hosting: places });
  // The transfer mechanism the vendor setup records for the same country covers the deployment
  // (its first entry there), found by country: not a search of the entries for every placement.
  const entryIn = new Map<string, unknown>();
  declaredEntries.forEach((entry, i) => {
    const country = declared[i];
    if (country !== undefined && !entryIn.has(country)) entryIn.set(country, entry);
  });
  const hosting = places.map((where, k) => {
    const same = countries[k] === undefined ? undefined : entryIn.get(countries[k]);
    return same && typeof same === "object" ? { ...pick(same as Record<string, unknown>, MECHANISM_FIELDS), ...where } : where;
  });
  // The policies judge each distinct place once, and each distinct reason a place is unknown once:
  // placements that share one get the same findings. One evaluation of every placement grew faster
  // than the placements (a plan's 20,000 replicas in two regions took 7 s, 150,000 took 6 minutes).
  const distinct = [...groupBy(resolved.keys(), (i) => JSON.stringify(hosting[i])).values()];
  const reasons = [...groupBy(unresolved.keys(), (i) => unresolved[i]?.unresolved).values()];
  samePlace.nextList();
  for (let from = 0; from === 0 || from < Math.max(distinct.length, reasons.length); from += MAX_PLACES_PER_EVALUATION) {
    const placed = distinct.slice(from, from + MAX_PLACES_PER_EVALUATION);
    const unknown = reasons.slice(from, from + MAX_PLACES_PER_EVALUATION);
    const chunk = placed.map((group) => hosting[group[0] as number] as Record<string, unknown>);
    const value = setupHosting(vendor, use, chunk);
    // Each distinct place is named by a stand-in the rules write where the address goes, replaced
    // by the address of each placement there.
    const infrastructure = {
      provider: use.provider,
      vendor: use.vendor[0] ?? use.provider,
      vendorFile: vendor?.file ?? null,
      declared: declared.filter((c): c is string => c !== undefined),
      placements: placed.map((_, k) => ({ address: standIn(k) })),
      unresolved: unknown.map((group, k) => ({ address: standIn(k), why: unresolved[group[0] as number]?.unresolved })),
    };
    for (const problem of linter.checkDeployment(value, infrastructure)) {
      const [head, index, ...rest] = problem.path;
      const group = head === "hosting" && typeof index === "number" ? placed[index] : undefined;
      const reason = head === "infrastructure" && index === "unresolved" && typeof rest[0] === "number" ? rest[0] : undefined;
      if (group)
        for (const i of group) {
          const p = resolved[i] as Placement;
          // The rules name the synthetic entry (hosting[0].region): name the resource and its attribute.
          const message = problem.message
            .replace(
              new RegExp(`hosting\\[${index}\\]\\.(region|country)`, "g"),
              (_, field: string) => `${p.address} ${p.attribute ?? field}`,
            )
            .replaceAll(standIn(index as number), () => p.address);
          // The path a reader and a baseline can rely on: the resource's address and attribute.
          samePlace.add(p, i, { ...problem, message: siteNamed(message, p), path: [p.address, p.attribute ?? "provider"] });
        }
      else if (reason !== undefined && unknown[reason])
        for (const i of unknown[reason] ?? []) {
          const p = unresolved[i] as Placement;
          const message = problem.message.replaceAll(standIn(reason), () => p.address);
          samePlace.add(p, i, { ...problem, message, path: [p.address, p.attribute ?? "provider"] });
        }
      else if (head === "infrastructure" && index === "provider" && from === 0)
        report(use.file, use.offset, { ...problem, path: ["provider", use.provider] });
      // Anything else is about the vendor setup itself, reported in its own file.
    }
  }
  return countries.filter((c): c is string => c !== undefined);
}

/** The vendor setup with `hosting` as its hosting: the provider's own when no vendor setup names it. */
function setupHosting(vendor: VendorDoc | undefined, use: ProviderUse, hosting: unknown[]): Record<string, unknown> {
  if (vendor) return { ...vendor.value, hosting };
  return {
    apiVersion: "dpa-lint/v1",
    kind: "VendorSetup",
    metadata: { name: `terraform-${use.provider}` },
    vendor: { name: use.vendor[0] },
    hosting,
  };
}

/**
 * Distinct places judged in one evaluation: a real configuration has a few dozen (providers have
 * fewer regions); more, from a hostile file, are judged in evaluations of this many, so the cost
 * stays linear in them.
 */
const MAX_PLACES_PER_EVALUATION = 500;

/** What the rules are given as the address of the k-th distinct place of an evaluation. */
function standIn(k: number): string {
  return `\u0000${k}\u0000`;
}

type Problem = Parameters<Report>[2];

/**
 * A site setting's placement is named by the value written (api_url "https://api.datadoghq.eu/"),
 * not by its country, which the rules see as the synthetic hosting entry's value.
 */
function siteNamed(message: string, p: Placement): string {
  if (p.site === undefined || p.attribute === undefined) return message;
  return message
    .replaceAll(`${p.address} ${p.attribute} "${p.country}"`, `${p.address} ${p.attribute} "${p.site}"`)
    .replaceAll(
      `${p.address} is placed in ${p.country} (${p.country})`,
      `${p.address} ${p.attribute} "${p.site}" is placed in ${p.country}`,
    );
}

/**
 * One finding per rule and place. Many resources inherit one provider's `region` line, and a
 * multi-region stands for several regions: the rule's finding for each would be the same error
 * repeated on one line. The first is reported, naming the others (their addresses, or the
 * regions of one resource).
 */
class SamePlace {
  private readonly pending = new Map<string, Array<{ p: Placement; list: number; k: number; problem: Problem }>>();
  private list = 0;

  constructor(private readonly report: Report) {}

  /** The placements added next are another list's (another provider's, module instance's). */
  nextList(): void {
    this.list++;
  }

  /** A problem of the placement `k` of its list (the rules return them in no fixed order). */
  add(p: Placement, k: number, problem: Problem): void {
    const key = JSON.stringify([p.file, p.offset, problem.ruleId]);
    const list = this.pending.get(key) ?? [];
    list.push({ p, list: this.list, k, problem });
    this.pending.set(key, list);
  }

  flush(): void {
    for (const list of this.pending.values()) {
      const [{ p: first, problem }, ...others] = list.sort((a, b) => a.list - b.list || a.k - b.k) as [(typeof list)[0], ...typeof list];
      const names = [...new Set(others.map(({ p }) => (p.address !== first.address ? p.address : (p.region ?? p.country ?? p.address))))];
      const more = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
      this.report(first.file, first.offset, names.length ? { ...problem, message: `${problem.message}; the same for ${more}` } : problem);
    }
    this.pending.clear();
  }
}

/** readVendorFile caps bytes at 2 MiB; characters can be no more. */
const MAX_HCL_CHARS = 2 * 2 ** 20;

const MECHANISM_FIELDS = ["transferMechanism", "dpfCertified", "derogationReason"];

function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}

type VendorDoc = SetupDoc;

/** The vendor setups of the run, found by the vendor a provider stands for. */
function vendorIndex(linter: Linter, files: readonly string[]): { find(use: ProviderUse): VendorDoc | undefined } {
  // A vendor file that cannot be read is linted as such elsewhere; here it judges nothing.
  const docs = readSetups(linter, files).setups;
  return {
    find(use: ProviderUse): VendorDoc | undefined {
      const names = use.vendor.map(normalName);
      const regions = providerSpec(use.provider)?.regions;
      const matching = docs.filter((d) => {
        const vendor = d.value.vendor as { name?: unknown } | undefined;
        // The vendor's legal name holds one of the provider's names as whole words: "Amazon Web
        // Services EMEA SARL", "Google Cloud EMEA Limited", "Datadog, Inc.".
        if (typeof vendor?.name === "string") {
          const words = ` ${normalName(vendor.name)} `;
          if (names.some((n) => words.includes(` ${n} `))) return true;
        }
        const hosting = Array.isArray(d.value.hosting) ? (d.value.hosting as unknown[]) : [];
        return (
          regions !== undefined &&
          hosting.some((h) => {
            const provider = (h as { provider?: unknown } | null)?.provider;
            return typeof provider === "string" && canonicalProvider(provider) === regions;
          })
        );
      });
      // The nearest one to the module (a monorepo's services each keep their own vendors/).
      return matching.sort((a, b) => sharedPrefix(b.file, use.file) - sharedPrefix(a.file, use.file))[0];
    },
  };
}

/** How many leading directories two display paths share. */
function sharedPrefix(a: string, b: string): number {
  const x = a.split("/").slice(0, -1);
  const y = b.split("/").slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** terraform.tfvars, then *.auto.tfvars in name order, of a module's directory: later values win. */
function readTfvars(parser: Awaited<ReturnType<typeof hclParser>>, dir: string): Map<string, HclExpr> {
  const values = new Map<string, HclExpr>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return values;
  }
  // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name.
  const ordered = [
    ...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)),
    ...names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")).sort(),
  ];
  for (const name of ordered) {
    const read = readVendorFile(join(dir, name));
    if (!("text" in read)) continue;
    const file = name.endsWith(".json") ? parseTfvarsJson(parser, read.text) : parseHcl(parser, read.text);
    for (const [key, attr] of file.attributes) values.set(key, attr.value);
  }
  return values;
}

/**
 * A module's files of one syntax (.tf by default, or .tf.json), in its directory (not its
 * subdirectories: those are modules of their own).
 */
function moduleFiles(dir: string, extension = TERRAFORM_EXTENSION): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(extension))
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
