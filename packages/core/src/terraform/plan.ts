import { dirname, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import { withRegularFile, readUpTo } from "../files/read.js";
import type { HclBlock, HclFile } from "./hcl.js";
import {
  atlasUnread,
  defaultSite,
  expandMultiRegion,
  nestedBlocks,
  placeOf,
  providerSpec,
  scalar,
  type Placement,
  type ProviderSpec,
  type ProviderUse,
} from "./placements.js";
import { appendAll } from "../arrays.js";

/**
 * A Terraform plan in its JSON form (`terraform show -json PLAN`), for what only a plan knows: the
 * resolved values of the resources to be created or kept, and the provider configuration each one
 * uses (through aliases and module calls). Resources being deleted are not locations in use. A
 * plan holds secrets: nothing of it is printed but resource addresses and locations.
 */
export interface TerraformPlan {
  /** The root module's directory: the plan's own, where `terraform show` ran. */
  root: string;
  resources: PlannedResource[];
  providers: Map<string, PlannedProvider>;
}

interface PlannedResource {
  address: string;
  type: string;
  name: string;
  /** The module it is in (`module.db`), "" for the root. */
  module: string;
  values: Record<string, unknown>;
  providerKey?: string;
}

interface PlannedProvider {
  name: string;
  /** The location the provider configuration resolves to (a constant, or a root variable's value). */
  expressions: Record<string, string | undefined>;
  /** Why an expression could not be resolved, by attribute. */
  unresolved: Record<string, string>;
}

/** Plans are larger than vendor files; far past this is not a plan a repository could gate. */
const MAX_PLAN_BYTES = 64 * 2 ** 20;

/** Reads and checks a plan file; a file that is not Terraform's plan JSON is one line naming it. */
export function readPlan(path: string, display: string): TerraformPlan {
  const read = withRegularFile(path, (fd, size) => (size > MAX_PLAN_BYTES ? undefined : readUpTo(fd, size + 1)));
  if (read === undefined)
    throw new InputError(`is larger than ${MAX_PLAN_BYTES / 2 ** 20} MiB; not a plan dpa-lint reads`, { file: display });
  if (!Buffer.isBuffer(read)) throw new InputError(read.problem, { file: display });
  let json: unknown;
  try {
    json = JSON.parse(read.toString("utf8"));
  } catch {
    throw new InputError("is not JSON: give the output of terraform show -json PLAN", { file: display });
  }
  const plan = json as {
    format_version?: unknown;
    planned_values?: unknown;
    configuration?: unknown;
    variables?: unknown;
    resource_changes?: unknown;
  };
  if (typeof plan !== "object" || plan === null || typeof plan.format_version !== "string")
    throw new InputError("is not a Terraform plan in JSON (no format_version): give the output of terraform show -json PLAN", {
      file: display,
    });
  if (!/^1\.\d+$/.test(plan.format_version))
    throw new InputError(`is a plan of format_version ${plan.format_version}; dpa-lint reads format 1.x`, {
      file: display,
      field: "format_version",
    });
  const deleted = new Set(
    list(plan.resource_changes)
      .filter((c) => {
        const actions = (obj(c).change as { actions?: unknown } | undefined)?.actions;
        return Array.isArray(actions) && actions.includes("delete") && !actions.includes("create");
      })
      .map((c) => String(obj(c).address)),
  );
  const keys = providerKeys(obj(obj(plan.configuration).root_module), "");
  const resources: PlannedResource[] = [];
  collectResources(obj(obj(plan.planned_values).root_module), "", keys, deleted, resources);
  const variables = new Map(Object.entries(obj(plan.variables)).map(([k, v]) => [k, obj(v).value]));
  const providers = new Map<string, PlannedProvider>();
  for (const [key, config] of Object.entries(obj(obj(plan.configuration).provider_config))) {
    const c = obj(config);
    const expressions: Record<string, string | undefined> = {};
    const unresolved: Record<string, string> = {};
    for (const [attr, e] of Object.entries(obj(c.expressions))) {
      const expr = obj(e);
      if (typeof expr.constant_value === "string") expressions[attr] = expr.constant_value;
      else {
        const refs = list(expr.references).filter((r): r is string => typeof r === "string");
        const variable = refs.find((r) => r.startsWith("var."))?.slice(4);
        const value = variable !== undefined && typeof c.module_address !== "string" ? variables.get(variable) : undefined;
        if (typeof value === "string") expressions[attr] = value;
        else unresolved[attr] = refs.length > 0 ? `it refers to ${refs[0]}` : "it is computed";
      }
    }
    providers.set(key, {
      name: typeof c.name === "string" ? c.name : (key.split(":").pop()?.split(".")[0] ?? key),
      expressions,
      unresolved,
    });
  }
  return { root: dirname(resolve(path)), resources, providers };
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** provider_config_key by resource address, from the configuration (through module calls). */
function providerKeys(module: Record<string, unknown>, prefix: string, out = new Map<string, string>(), depth = 0): Map<string, string> {
  if (depth > 32) return out;
  for (const r of list(module.resources)) {
    const res = obj(r);
    if (typeof res.address === "string" && typeof res.provider_config_key === "string")
      out.set(`${prefix}${res.address}`, res.provider_config_key);
  }
  for (const [name, call] of Object.entries(obj(module.module_calls)))
    providerKeys(obj(obj(call).module), `${prefix}module.${name}.`, out, depth + 1);
  return out;
}

function collectResources(
  module: Record<string, unknown>,
  prefix: string,
  keys: Map<string, string>,
  deleted: Set<string>,
  out: PlannedResource[],
  depth = 0,
): void {
  if (depth > 32) return;
  for (const r of list(module.resources)) {
    const res = obj(r);
    if (res.mode !== "managed" || typeof res.address !== "string" || typeof res.type !== "string" || deleted.has(res.address)) continue;
    // The configuration's address has no instance key ([0], ["a"]).
    const configAddress = res.address.replace(/\[[^\]]*\](?=\.|$)/g, "");
    const providerKey = keys.get(configAddress);
    out.push({
      address: res.address,
      type: res.type,
      name: typeof res.name === "string" ? res.name : "",
      module: prefix.replace(/\.$/, ""),
      values: obj(res.values),
      ...(providerKey ? { providerKey } : {}),
    });
  }
  for (const child of list(module.child_modules)) {
    const c = obj(child);
    collectResources(c, typeof c.address === "string" ? `${c.address}.` : prefix, keys, deleted, out, depth + 1);
  }
}

/** The .tf files of a plan's root module and of its local modules, by module address. */
export interface PlanModules {
  /** The module address ("" for the root) to its parsed files. */
  files: Map<string, Array<{ file: string; hcl: HclFile }>>;
}

/**
 * The placements of a plan, each at the .tf line that sets its location: the resource's own
 * attribute, else the provider block's, else the resource block; the plan file itself when the
 * block is not found (a module from outside the repository).
 */
export function planPlacements(
  plan: TerraformPlan,
  planFile: string,
  modules: PlanModules,
): { placements: Placement[]; providers: ProviderUse[] } {
  const placements: Placement[] = [];
  const providers = new Map<string, ProviderUse>();
  for (const r of plan.resources) {
    const config = r.providerKey ? plan.providers.get(r.providerKey) : undefined;
    const provider = config?.name ?? r.type.split("_")[0] ?? "";
    const spec = providerSpec(provider);
    if (!spec || spec.locationless?.some((p) => r.type.startsWith(p))) continue;
    const files = modules.files.get(r.module) ?? [];
    const block = findBlock(files, "resource", [r.type, r.name]);
    const providerBlock = findProviderBlock(modules.files.get("") ?? [], r.providerKey);
    const base = { address: r.address, provider, providerConfig: r.providerKey ?? provider };
    const fallback = block ?? providerBlock ?? { file: planFile, offset: 0 };
    if (!providers.has(provider))
      providers.set(provider, {
        provider,
        vendor: spec.vendor,
        file: (providerBlock ?? fallback).file,
        offset: (providerBlock ?? fallback).block?.offset ?? 0,
      });
    // The resource's own location when its configuration writes one; else its provider's; else
    // what the plan computed for it (AWS v6 reports every resource's region), at the resource.
    const written = spec.resource.find((a) => block?.block?.attributes.has(a) && typeof r.values[a] === "string" && r.values[a] !== "");
    const fromProvider = spec.provider.find((a) => config?.expressions[a] !== undefined);
    const computed = spec.resource.find((a) => typeof r.values[a] === "string" && r.values[a] !== "");
    // A computed location equal to the provider's is reported at the provider's line; another one
    // (a BigQuery dataset's default US) is the resource's own.
    const providerValue = fromProvider ? config?.expressions[fromProvider] : undefined;
    const own = written ?? (computed !== undefined && String(r.values[computed]) !== providerValue ? computed : undefined);
    const byDefault = spec.defaults?.[r.type];
    const site = (attr: string, where: Located | undefined): { file: string; offset: number } => {
      const a = where?.block?.attributes.get(attr);
      return { file: where?.file ?? fallback.file, offset: a?.offset ?? where?.block?.offset ?? fallback.offset ?? 0 };
    };
    if (own)
      placements.push(...expandMultiRegion({ ...base, ...site(own, block), attribute: own, ...placeOf(String(r.values[own]), spec, own) }));
    else if (byDefault)
      placements.push(
        ...expandMultiRegion({
          ...base,
          ...site("", block),
          attribute: byDefault.attribute,
          ...placeOf(byDefault.value, spec, byDefault.attribute),
        }),
      );
    else if (spec.unset?.[r.type]) {
      const replicas = planReplicas(r.values, spec, base, block ?? fallback);
      appendAll(placements, replicas.length > 0 ? replicas : [{ ...base, ...site("", block), unresolved: spec.unset[r.type] }]);
      continue;
    } else if (fromProvider && config)
      placements.push(
        ...expandMultiRegion({
          ...base,
          ...site(fromProvider, providerBlock),
          attribute: fromProvider,
          ...placeOf(config.expressions[fromProvider] ?? "", spec, fromProvider),
        }),
      );
    else if (spec.sites || spec.hosts) placements.push({ ...base, ...site("", providerBlock ?? block), ...defaultSite(spec) });
    else if (spec.provider.length > 0 || spec.resource.length > 0) {
      const why =
        config && Object.keys(config.unresolved).length > 0
          ? Object.entries(config.unresolved)
              .map(([a, w]) => `${a}: ${w}`)
              .join("; ")
          : "the plan gives no location for it";
      if (spec.provider.length > 0)
        placements.push({ ...base, ...site("", block), unresolved: `${why}; dpa-lint will not guess a default` });
    }
    appendAll(placements, planReplicas(r.values, spec, base, block ?? fallback));
  }
  return { placements, providers: [...providers.values()] };
}

/**
 * A planned resource's replicas (placements.ts resourcePlacements): the planned values' replica
 * blocks, each at its block in the .tf file (the n-th of its type), else at the resource.
 */
function planReplicas(
  values: Record<string, unknown>,
  spec: ProviderSpec,
  base: Omit<Placement, "file" | "offset">,
  where: Located,
): Placement[] {
  if (!spec.replicas) return [];
  const types = Object.keys(spec.replicas);
  // The .tf blocks by type, in order: the n-th planned replica of a type is the n-th block.
  const written = new Map<string, HclBlock[]>();
  for (const b of where.block ? nestedBlocks(where.block, types) : []) {
    const ofType = written.get(b.type) ?? [];
    ofType.push(b);
    written.set(b.type, ofType);
  }
  const entries: Array<{ type: string; entry: Record<string, unknown> }> = [];
  const walk = (v: Record<string, unknown>, depth: number): void => {
    if (depth > 4) return;
    for (const [key, value] of Object.entries(v))
      for (const item of list(value)) {
        const entry = obj(item);
        if (types.includes(key)) entries.push({ type: key, entry });
        walk(entry, depth + 1);
      }
  };
  walk(values, 0);
  const seen = new Map<string, number>();
  return entries.flatMap(({ type, entry }) => {
    const k = seen.get(type) ?? 0;
    seen.set(type, k + 1);
    const attribute = (spec.replicas?.[type] ?? []).find((a) => typeof entry[a] === "string" && entry[a] !== "");
    if (!attribute) return [];
    const hcl = written.get(type)?.[k];
    const at = {
      file: where.file,
      offset: hcl?.attributes.get(attribute)?.offset ?? hcl?.offset ?? where.block?.offset ?? where.offset ?? 0,
    };
    const unread = spec.atlasRegions ? atlasUnread(typeof entry.provider_name === "string" ? entry.provider_name : "AWS") : undefined;
    if (unread) return [{ ...base, ...at, attribute, unresolved: unread }];
    return expandMultiRegion({ ...base, ...at, attribute, ...placeOf(String(entry[attribute]), spec, attribute) });
  });
}

interface Located {
  file: string;
  block?: HclBlock;
  offset?: number;
}

type TerraformFiles = ReadonlyArray<{ file: string; hcl: HclFile }>;

function findBlock(files: TerraformFiles, type: string, labels: string[]): Located | undefined {
  return blocksOf(files).get(JSON.stringify([type, ...labels]));
}

function findProviderBlock(files: TerraformFiles, key: string | undefined): Located | undefined {
  if (!key || key.includes(":")) return undefined; // a module's own provider block: not in the root's files
  const [name, alias] = key.split(".");
  return blocksOf(files).get(JSON.stringify(["provider", name, alias ?? null]));
}

/** Each module's blocks by what a plan's resource looks them up by, built once per module. */
const blockIndexes = new WeakMap<TerraformFiles, Map<string, Located>>();

/**
 * The first resource block of each type and name and the first provider block of each name and
 * alias, in file order: looked up for every resource of a plan, a search of the files each time
 * was quadratic (16,000 resources took 10 s).
 */
function blocksOf(files: TerraformFiles): Map<string, Located> {
  let index = blockIndexes.get(files);
  if (index) return index;
  index = new Map();
  for (const { file, hcl } of files)
    for (const block of hcl.blocks) {
      const [first, second] = block.labels;
      const key =
        block.type === "provider"
          ? JSON.stringify(["provider", first, scalar(block.attributes.get("alias")?.value) ?? null])
          : JSON.stringify([block.type, first, second]);
      if (!index.has(key)) index.set(key, { file, block });
    }
  blockIndexes.set(files, index);
  return index;
}

/** The directory of each local module call of a plan, by module address, from the root. */
export function planModuleDirs(planJson: TerraformPlan, rootFiles: ReadonlyArray<{ hcl: HclFile }>): Map<string, string> {
  const dirs = new Map<string, string>([["", planJson.root]]);
  for (const { hcl } of rootFiles) {
    for (const b of hcl.blocks) {
      if (b.type !== "module" || !b.labels[0]) continue;
      const source = b.attributes.get("source")?.value;
      if (source?.kind === "literal" && typeof source.value === "string" && /^\.\.?\//.test(source.value))
        dirs.set(`module.${b.labels[0]}`, join(planJson.root, source.value));
    }
  }
  return dirs;
}
