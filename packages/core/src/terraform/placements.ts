import providerTable from "../normalize/terraform-providers.json" with { type: "json" };
import type { HclAttribute, HclBlock, HclExpr, HclFile } from "./hcl.js";

/**
 * Where a Terraform module puts data: one placement per resource of a provider that has data
 * locations (normalize/terraform-providers.json), with the location read statically and the
 * attribute that sets it. What cannot be known without a plan (an environment variable, a
 * computed value) is a placement with `unresolved`, never a guess.
 */
export interface Placement {
  /** `aws_s3_bucket.logs`, as Terraform addresses it. */
  address: string;
  /** The Terraform provider's local name (`aws`, `google`). */
  provider: string;
  /** The provider block the resource uses (`aws.eu` for an alias), for findings about the provider. */
  providerConfig: string;
  /** The attribute that sets the location (`region`), when one does. */
  attribute?: string;
  /** The file and offset of what decides the location (the attribute, else the resource). */
  file: string;
  offset: number;
  /** A provider region code (looked up in regions.json) or a country. */
  region?: string;
  regions?: string;
  country?: string;
  /** A site setting's value as written (a Datadog api_url, an Auth0 domain), when it decides the country. */
  site?: string;
  unresolved?: string;
  /**
   * The other places a location chosen by a condition not known statically may be (the first is
   * the placement's own): expandMultiRegion makes each a placement.
   */
  alternatives?: Array<Pick<Placement, "region" | "regions" | "country" | "site" | "unresolved">>;
}

/** A provider in use, and where it is configured (its block, else its first resource). */
export interface ProviderUse {
  provider: string;
  vendor: string[];
  file: string;
  offset: number;
}

export interface ModuleFiles {
  /** The module's .tf files, by display name. */
  files: ReadonlyArray<{ file: string; hcl: HclFile }>;
  /** Its variable values from terraform.tfvars and *.auto.tfvars, by name (later files win). */
  tfvars: ReadonlyMap<string, HclExpr>;
}

export interface ProviderSpec {
  vendor: string[];
  regions?: string;
  provider: string[];
  resource: string[];
  locationless?: string[];
  sites?: Record<string, string>;
  /** A site setting read by its host name's longest matching suffix (Auth0's tenant domain). */
  hosts?: Record<string, Place>;
  /** Location codes a resource sets (Cloudflare's jurisdiction, region_key). */
  codes?: Record<string, Place>;
  /** Per resource type, why one that sets no location has none dpa-lint can know. */
  unset?: Record<string, string>;
  /** Per resource type, the location it has when it sets none (BigQuery datasets: US). */
  defaults?: Record<string, { attribute: string; value: string }>;
  siteDefault?: string;
  atlasRegions?: string;
  /** Region codes prefixed by their cloud (Elastic Cloud: aws-eu-west-1), read in that cloud's table. */
  cloudPrefixed?: boolean;
  /** Nested blocks that keep a replica elsewhere, and the attributes that say where (`replica`: `region_name`). */
  replicas?: Record<string, string[]>;
  /** Location codes that stand for several regions or a country (Cloud Storage's multi-regions). */
  multiRegions?: Record<string, { country?: string; regions?: string[]; area?: string }>;
  sameAs?: string;
}

/** A place a table names: a country, a place naming no single country, or a value that places nothing. */
type Place = string | { area: string } | { why: string };

const PROVIDERS = (providerTable as unknown as { providers: Record<string, ProviderSpec> }).providers;

/** The table's entry for a provider's local name, following `sameAs`. */
export function providerSpec(name: string): ProviderSpec | undefined {
  const spec = PROVIDERS[name];
  return spec?.sameAs ? PROVIDERS[spec.sameAs] : spec;
}

/** Every provider of the table, for documentation and tests. */
export const TERRAFORM_PROVIDERS = Object.keys(PROVIDERS);

/** The placements and the providers in use in one module (a directory of .tf files). */
export function modulePlacements(
  module: ModuleFiles,
  call?: ModuleCall,
): {
  placements: Placement[];
  providers: ProviderUse[];
  notes: Array<{ file: string; offset: number; message: string }>;
  scope: Scope;
} {
  const scope = new Scope(module, call);
  const placements: Placement[] = [];
  const providers = new Map<string, ProviderUse>();
  const notes: Array<{ file: string; offset: number; message: string }> = [];
  for (const { file, hcl } of module.files) {
    for (const block of hcl.blocks) {
      if (block.type === "provider" && block.labels[0] && providerSpec(block.labels[0]) && !providers.has(block.labels[0])) {
        const spec = providerSpec(block.labels[0]) as ProviderSpec;
        providers.set(block.labels[0], { provider: block.labels[0], vendor: spec.vendor, file, offset: block.offset });
      }
      if (block.type === "module") {
        const source = block.attributes.get("source");
        const value = source ? scope.value(source.value) : undefined;
        if (typeof value === "string" && !/^\.\.?(\/|$)/.test(value))
          notes.push({
            file,
            offset: block.offset,
            message: `module "${block.labels[0] ?? ""}" comes from ${value}, which dpa-lint does not fetch (no network): its resources are not read`,
          });
      }
      if (block.type !== "resource" || block.labels.length < 2) continue;
      const used = resourceProvider(block);
      if (!used) continue;
      for (const placement of instancePlacements(block, used, file, scope, call ? `${call.address}.` : ""))
        placements.push(...expandMultiRegion(placement));
      // A resource of a processor's provider uses that processor, placed or not (Okta's users have
      // no location in the configuration; the provider may be configured from the environment).
      const { provider, spec } = used;
      if (!providers.has(provider) && !spec.locationless?.some((prefix) => (block.labels[0] ?? "").startsWith(prefix)))
        providers.set(provider, { provider, vendor: spec.vendor, file, offset: block.offset });
    }
  }
  return { placements, providers: [...providers.values()], notes, scope };
}

/**
 * The placements of a resource's instances. `count` known to be 0, or `for_each` known to be
 * empty, deploys nothing; `for_each` known statically gives one placement per instance, with
 * each.key and each.value bound (instances placed alike are one placement, at the resource's
 * address). Otherwise the resource is judged once, as written: a location that depends on a count
 * or for_each dpa-lint cannot evaluate is reported as unresolved, never guessed.
 */
function instancePlacements(block: HclBlock, used: ResourceProvider, file: string, scope: Scope, prefix: string): Placement[] {
  const instances = instancesOf(block, scope);
  const [only] = instances;
  if (instances.length === 1 && only?.key === undefined) return resourcePlacements(block, used, file, scope, prefix);
  const placed = instances.map((i) => resourcePlacements(block, used, file, i.scope, prefix, i.key));
  // Instances placed alike are one placement: keyed by where and what they resolve to (linear).
  const distinct = new Map<string, Placement>();
  for (const p of placed.flat()) {
    const key = JSON.stringify([p.file, p.offset, p.region, p.country, p.unresolved, p.alternatives]);
    if (!distinct.has(key)) distinct.set(key, p);
  }
  const kept = [...distinct.values()];
  // All alike (every instance has all the distinct placements): the resource itself, at its
  // address without an instance key.
  const [type = "", name = ""] = block.labels;
  const alike = placed.length > 1 && kept.length > 0 && placed.every((list) => list.length === kept.length);
  return alike ? kept.map((p) => ({ ...p, address: `${prefix}${type}.${name}` })) : kept;
}

/**
 * The instances of a resource or module block, as Terraform makes them: none when `count` is 0 or
 * `for_each` is empty; one per element of a `for_each` known statically, with each.key and
 * each.value bound and its key (`["us-east-1"]`) to append to the address; else one, unkeyed
 * (a `count` of one or more, or one not known, is the block itself).
 */
export function instancesOf(block: HclBlock, scope: Scope): Array<{ scope: Scope; key?: string }> {
  const count = block.attributes.get("count");
  if (count && scope.value(count.value) === 0) return [];
  const forEach = block.attributes.get("for_each");
  const each = forEach ? eachOf(scope.value(forEach.value)) : undefined;
  if (!each) return [{ scope }];
  return each.map((binding) => ({ scope: scope.withEach(binding), key: `[${JSON.stringify(binding.key)}]` }));
}

/**
 * A resource's placements: where it lives, and each replica it keeps elsewhere (a DynamoDB global
 * table's `replica`, a Cosmos DB account's `geo_location`, an Atlas cluster's `region_configs`),
 * which hold the same data and are judged as places of their own.
 */
function resourcePlacements(
  block: HclBlock,
  used: ResourceProvider,
  file: string,
  scope: Scope,
  prefix: string,
  instance = "",
): Placement[] {
  const { provider, configRef, spec } = used;
  const [type = "", name = ""] = block.labels;
  const base = { address: `${prefix}${type}.${name}${instance}`, provider, providerConfig: configRef ?? provider, file };
  const main = resourcePlacement(block, used, base, file, scope);
  if (!spec.replicas) return main ? [main] : [];
  const replicas = nestedBlocks(block, Object.keys(spec.replicas)).flatMap((inner) => {
    const attr = (spec.replicas?.[inner.type] ?? []).map((n) => inner.attributes.get(n)).find((a) => a !== undefined);
    // A replica whose place is the resource's own (the first region_configs) is already judged.
    if (!attr || attr.offset === main?.offset || scope.value(attr.value) === null) return [];
    const cloud = atlasCloud(spec, inner, block, scope);
    return [cloud ? { ...base, offset: attr.offset, attribute: attr.name, unresolved: cloud } : located(base, file, attr, scope, spec)];
  });
  // A resource placed only by its replicas (a secret replicated where its user_managed block says)
  // is not also "unset".
  const unsetMain = main !== undefined && main.unresolved !== undefined && main.unresolved === spec.unset?.[type];
  return main && !(unsetMain && replicas.length > 0) ? [main, ...replicas] : replicas;
}

/** Nested blocks of the given types, at any depth up to four (replication_specs > region_configs). */
export function nestedBlocks(block: HclBlock, types: readonly string[], depth = 0): HclBlock[] {
  if (depth >= 4) return [];
  return block.blocks.flatMap((inner) => [...(types.includes(inner.type) ? [inner] : []), ...nestedBlocks(inner, types, depth + 1)]);
}

/** Atlas: a region name is AWS's only where the block's cloud is AWS; else why it is not read. */
function atlasCloud(spec: ProviderSpec, inner: HclBlock, block: HclBlock, scope: Scope): string | undefined {
  if (!spec.atlasRegions) return undefined;
  const cloud = scope.value(
    (inner.attributes.get("provider_name") ?? inner.attributes.get("backing_provider_name") ?? block.attributes.get("provider_name"))
      ?.value ?? { kind: "literal", value: "AWS", offset: 0 },
  );
  return atlasUnread(cloud);
}

/** Why an Atlas region name on a cloud other than AWS is not read; undefined on AWS. */
export function atlasUnread(cloud: Value): string | undefined {
  return cloud === "AWS"
    ? undefined
    : `Atlas region names on ${typeof cloud === "string" ? cloud : JSON.stringify(cloud)} are not read yet; suppress with the reason, or declare the vendor's hosting by country`;
}

/** for_each's instances: a set of strings (key and value the string) or a map; undefined when unknown. */
function eachOf(value: Value): EachBinding[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === "string") ? value.map((v) => ({ key: v, value: v })) : undefined;
  if (value !== null && typeof value === "object") return Object.entries(value).map(([key, v]) => ({ key, value: v }));
  return undefined;
}

/** The provider a resource uses, with its table entry: resolved once per resource block. */
interface ResourceProvider {
  provider: string;
  /** The provider configuration its `provider` argument names (`aws.eu`). */
  configRef?: string;
  spec: ProviderSpec;
}

/** The provider a resource uses: its `provider` argument (`aws.eu`), else its type's prefix; undefined when the table has none. */
function resourceProvider(block: HclBlock): ResourceProvider | undefined {
  const type = block.labels[0] ?? "";
  const providerAttr = block.attributes.get("provider");
  const configRef = providerAttr?.value.kind === "reference" ? providerAttr.value.path.join(".") : undefined;
  const provider = configRef?.split(".")[0] ?? type.split("_")[0] ?? "";
  const spec = providerSpec(provider) ?? providerSpec(type.split("_")[0] ?? "");
  return spec ? { provider, spec, ...(configRef ? { configRef } : {}) } : undefined;
}

/** Where one instance of a resource lives itself (its replicas aside); `base` names it. */
function resourcePlacement(
  block: HclBlock,
  { provider, configRef, spec }: ResourceProvider,
  base: Omit<Placement, "offset">,
  file: string,
  scope: Scope,
): Placement | undefined {
  const type = block.labels[0] ?? "";
  if (spec.locationless?.some((prefix) => type.startsWith(prefix))) return undefined;
  // A replica's block is not the resource's own place (Atlas's first region_configs is).
  const own = findAttribute(block, spec.resource, spec.atlasRegions ? [] : Object.keys(spec.replicas ?? {}));
  const cloud = own && atlasCloud(spec, own.block, block, scope);
  if (own && cloud) return { ...base, offset: own.attr.offset, attribute: own.attr.name, unresolved: cloud };
  // An argument set to null is unset (Terraform's rule): the provider's location applies.
  if (own && scope.value(own.attr.value) !== null) return located(base, file, own.attr, scope, spec);
  const config = scope.providerConfig(configRef ?? provider);
  if (spec.sites || spec.hosts) {
    const site = config && findAttribute(config.block, spec.provider);
    if (!site) return { ...base, offset: config?.block.offset ?? block.offset, ...defaultSite(spec) };
    return located(base, config.file, site.attr, config.scope, spec);
  }
  // A global resource does not take the provider's region: its documented default, or none knowable.
  const byDefault = spec.defaults?.[type];
  if (byDefault)
    return { ...base, offset: block.offset, attribute: byDefault.attribute, ...placeOf(byDefault.value, spec, byDefault.attribute) };
  const unset = spec.unset?.[type];
  if (unset) return { ...base, offset: block.offset, unresolved: unset };
  const fromProvider = config && findAttribute(config.block, spec.provider);
  if (fromProvider && config) return located(base, config.file, fromProvider.attr, config.scope, spec);
  // Only providers with a provider-wide default location (aws, google, scaleway) place a resource
  // that sets none; for the others such a resource has no location of its own.
  if (spec.provider.length === 0) return undefined;
  const why = config
    ? `provider "${configRef ?? provider}" sets no ${spec.provider.join(" or ")}`
    : `no provider "${configRef ?? provider}" block sets its ${spec.provider.join(" or ")}`;
  return {
    ...base,
    offset: block.offset,
    unresolved: `${why}: the location comes from the environment or a profile at apply time, which dpa-lint cannot see and will not guess; set it in the configuration`,
  };
}

/**
 * A placement at a multi-region code as the places it stands for (Cloud Storage's US, NAM4...);
 * an area (EU, ASIA) or a code it does not know is unresolved, never guessed.
 */
export function expandMultiRegion(p: Placement): Placement[] {
  if (p.alternatives) {
    const { alternatives, ...first } = p;
    const { region: _r, regions: _rs, country: _c, site: _s, unresolved: _u, ...unplaced } = first;
    return [first, ...alternatives.map((place) => ({ ...unplaced, ...place }))].flatMap(expandMultiRegion);
  }
  const spec = providerSpec(p.provider);
  const multi = p.region === undefined ? undefined : spec?.multiRegions;
  if (!multi || p.region === undefined) return [p];
  const code = p.region.toUpperCase();
  const entry = multi[code];
  if (entry?.country) return [{ ...withoutRegion(p), country: entry.country }];
  if (entry?.regions) return entry.regions.map((region) => ({ ...p, region }));
  if (entry?.area) return [{ ...withoutRegion(p), ...tablePlace({ area: entry.area }, p.attribute ?? "location", code) }];
  if (/^[A-Z]+\d*$/.test(code))
    return [
      {
        ...withoutRegion(p),
        unresolved: `${p.attribute ?? "location"} "${p.region}" is a multi-region whose countries dpa-lint does not know; use a region, or suppress with the reason`,
      },
    ];
  return [p];
}

function withoutRegion(p: Placement): Placement {
  const { region: _region, regions: _regions, ...rest } = p;
  return rest;
}

/** The first of `names` set on the block, else in its nested blocks (region_configs, nodes) but those of `skip`. */
function findAttribute(
  block: HclBlock,
  names: readonly string[],
  skip: readonly string[] = [],
  depth = 0,
): { attr: HclAttribute; block: HclBlock } | undefined {
  for (const n of names) {
    const attr = block.attributes.get(n);
    if (attr) return { attr, block };
  }
  if (depth >= 4) return undefined;
  for (const inner of block.blocks) {
    if (skip.includes(inner.type)) continue;
    const found = findAttribute(inner, names, skip, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function located(base: Omit<Placement, "offset">, file: string, attr: HclAttribute, scope: Scope, spec: ProviderSpec): Placement {
  const origin = scope.origin(attr.value);
  const at = { ...base, file: origin?.file ?? file, offset: origin?.offset ?? attr.offset, attribute: attr.name };
  // Whether resolving stopped at MAX_REFERENCE_DEPTH, read off this one resolution: its value may
  // be static but beyond what dpa-lint follows (a chain of locals, or a cycle), which "not known
  // statically" would misstate.
  const cutOffsBefore = referenceCutOffs;
  const value = scope.value(attr.value);
  const cutOff = referenceCutOffs > cutOffsBefore;
  const branches = value === undefined ? scope.alternatives(attr.value) : undefined;
  if (branches && branches.length > 0) {
    const [first, ...others] = branches.map((v) => placeOf(v, spec, attr.name));
    return { ...at, ...first, alternatives: others };
  }
  if (typeof value !== "string" || value === "")
    return {
      ...at,
      unresolved: cutOff
        ? `${attr.name} is not followed: its references nest deeper than ${MAX_REFERENCE_DEPTH} levels or form a cycle (which Terraform refuses); write the value fewer references away`
        : `${attr.name} is not known statically (${describe(attr.value)}); give it a literal value, or the variable a default or a .tfvars value`,
    };
  return { ...at, ...placeOf(value, spec, attr.name) };
}

/** Where a service whose location is a site setting puts data when the configuration sets none. */
export function defaultSite(spec: ProviderSpec): Pick<Placement, "country" | "unresolved"> {
  const country = spec.sites?.[spec.siteDefault ?? ""];
  return country
    ? { country }
    : {
        unresolved: `the provider block sets no ${spec.provider.join(" or ")} and the provider documents no default (it comes from the environment at apply time, which dpa-lint cannot see); set it in the configuration`,
      };
}

/**
 * Where a location value written for `attribute` puts a resource, as the provider's table reads
 * it: a site's country, an Atlas or cloud-prefixed region, or a region code of the provider's
 * table. The one reading of a value, for the static reading and for plans.
 */
export function placeOf(
  value: string,
  spec: ProviderSpec,
  attribute: string,
): Pick<Placement, "region" | "regions" | "country" | "site" | "unresolved"> {
  if (spec.sites) {
    const country = spec.sites[value.endsWith("/") ? value : `${value}/`];
    return country ? { country, site: value } : { unresolved: `${attribute} "${value}" is not a site dpa-lint knows` };
  }
  if (spec.hosts) {
    const host = value
      .replace(/^[a-z]+:\/\//i, "")
      .replace(/[/:].*$/, "")
      .toLowerCase();
    const suffix = Object.keys(spec.hosts)
      .filter((s) => host === s || host.endsWith(`.${s}`))
      .sort((a, b) => b.length - a.length)[0];
    return suffix
      ? tablePlace(spec.hosts[suffix] as Place, attribute, value)
      : {
          unresolved: `${attribute} "${value}" is not a domain whose region dpa-lint can read (a custom domain hides it); suppress with the region and the reason`,
        };
  }
  if (spec.codes) {
    const place = spec.codes[value.toLowerCase()];
    return place ? tablePlace(place, attribute, value) : { unresolved: `${attribute} "${value}" is not a location code dpa-lint knows` };
  }
  if (spec.atlasRegions) return { region: value.toLowerCase().replace(/_/g, "-"), regions: spec.atlasRegions };
  if (spec.cloudPrefixed) {
    // aws-eu-west-1 (Elastic Cloud), AWS_EU_CENTRAL_1 (Snowflake): the same reading.
    const m = /^(aws|gcp|azure)-(.+)$/.exec(value.toLowerCase().replace(/_/g, "-"));
    return m
      ? { region: regionOf(m[2] as string, m[1] as string), regions: m[1] }
      : { unresolved: `${attribute} "${value}" names no cloud dpa-lint knows` };
  }
  return { region: regionOf(value, spec.regions ?? ""), ...(spec.regions ? { regions: spec.regions } : {}) };
}

/** A place of the provider table as a placement's location: a country, or unresolved saying why. */
function tablePlace(place: Place, attribute: string, value: string): Pick<Placement, "country" | "site" | "unresolved"> {
  if (typeof place === "string") return { country: place, site: value };
  if ("area" in place)
    return {
      unresolved: `${attribute} "${value}" is ${place.area}, which names no single country: dpa-lint judges countries and will not guess one; suppress with the countries the vendor names and the reason`,
    };
  return { unresolved: `${attribute} "${value}" ${place.why}` };
}

/**
 * A location value as the region tables write it: Azure's display names ("West Europe") in their
 * programmatic form, Hetzner's datacenters (fsn1-dc14) by their location; zones are in the tables.
 */
function regionOf(value: string, regions: string): string {
  if (regions === "azure") return value.toLowerCase().replace(/\s+/g, "");
  if (regions === "hetzner") return value.replace(/-dc\d+$/, "");
  if (regions === "gcp") return value.toLowerCase().replace(/^(\w+-\w+\d+)-[a-z]$/, "$1");
  return value;
}

function describe(expr: HclExpr): string {
  if (expr.kind === "reference" && (expr.path[0] === "each" || expr.path[0] === "count"))
    return `it refers to ${expr.path.join(".")}, and the resource's ${expr.path[0] === "each" ? "for_each" : "count"} is not known statically`;
  if (expr.kind === "reference") return `it refers to ${expr.path.join(".")}`;
  if (expr.kind === "other") return `"${expr.text.slice(0, 40)}" is computed`;
  if (expr.kind === "conditional" || expr.kind === "call" || expr.kind === "operation" || expr.kind === "index")
    return "it is computed from values not known statically";
  return "it is not a string";
}

/** A module call that instantiates a module: its block in the caller, and the caller's scope. */
export interface ModuleCall {
  block: HclBlock;
  file: string;
  scope: Scope;
  /** The instance's module address (`module.db`, `module.app.module.db`): resources are named under it. */
  address: string;
}

type Located = { file: string; offset: number };
/** A value known statically; undefined when it is not (computed, or beyond what dpa-lint evaluates). */
export type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/** One instance of a resource with for_each: `each.key` and `each.value`. */
export interface EachBinding {
  key: string;
  value: Value;
}

/** References followed this many levels deep (a reference, a template part, an element each count one). */
const MAX_REFERENCE_DEPTH = 32;
/** The most places a location chosen by conditions not known statically is judged as (Scope.alternatives). */
const MAX_BRANCHES = 8;
/** How many resolutions stopped there, in any scope (a caller's too): what `located` compares. */
let referenceCutOffs = 0;

/**
 * What one instance of a module can resolve: its variables (the module call's arguments, else
 * .tfvars for a root module, else defaults), locals, resources' literal attributes (a location
 * written as `azurerm_resource_group.main.location`), and provider configurations (its own, else
 * those its caller passes in `providers` or, for a default configuration, its caller's own).
 */
export class Scope {
  /** What alternatives found for each expression in this scope. */
  private readonly branches = new Map<HclExpr, string[] | undefined>();

  private readonly variables = new Map<string, HclExpr>();
  private readonly locals = new Map<string, HclExpr>();
  private readonly resources = new Map<string, HclBlock>();
  private readonly providers = new Map<string, { block: HclBlock; file: string }>();
  /** Where each variable default, local and resource attribute is written (not .tfvars: not linted). */
  private readonly defined = new Map<HclExpr, Located>();
  /** The instance's each.key and each.value, in a resource with for_each (withEach). */
  private readonly each?: EachBinding;

  constructor(
    module: ModuleFiles,
    private readonly call?: ModuleCall,
  ) {
    for (const { file, hcl } of module.files) {
      for (const block of hcl.blocks) {
        if (block.type === "variable" && block.labels[0]) {
          const def = block.attributes.get("default");
          if (def) this.define(this.variables, block.labels[0], def, file);
        } else if (block.type === "locals") for (const [name, attr] of block.attributes) this.define(this.locals, name, attr, file);
        else if (block.type === "resource" && block.labels.length >= 2) {
          this.resources.set(`${block.labels[0]}.${block.labels[1]}`, block);
          for (const attr of block.attributes.values()) this.defined.set(attr.value, { file, offset: attr.offset });
        } else if (block.type === "provider" && block.labels[0]) {
          const alias = scalar(block.attributes.get("alias")?.value);
          this.providers.set(typeof alias === "string" ? `${block.labels[0]}.${alias}` : block.labels[0], { block, file });
        }
      }
    }
    // A root module's .tfvars; a called module's variables are its call's arguments (below).
    if (!call) for (const [name, value] of module.tfvars) this.variables.set(name, value);
  }

  private define(into: Map<string, HclExpr>, name: string, attr: HclAttribute, file: string): void {
    into.set(name, attr.value);
    this.defined.set(attr.value, { file, offset: attr.offset });
  }

  /** A provider configuration by name (`aws`, `aws.eu`), with the scope its expressions resolve in. */
  providerConfig(name: string): { block: HclBlock; file: string; scope: Scope } | undefined {
    const own = this.providers.get(name);
    if (own) return { ...own, scope: this };
    if (!this.call) return undefined;
    const passed = this.call.block.attributes.get("providers")?.value;
    const target = passed?.kind === "object" ? passed.entries.get(name) : undefined;
    if (target?.kind === "reference") return this.call.scope.providerConfig(target.path.join("."));
    // Without `providers`, a module inherits its caller's default (unaliased) configurations.
    return name.includes(".") ? undefined : this.call.scope.providerConfig(name);
  }

  /** The expression's value when it is known statically: literals, templates and references. */
  value(expr: HclExpr): Value {
    return this.resolve(expr, 0).value;
  }

  /**
   * Where a value reached through references is written: the default, local, module argument or
   * resource attribute that holds the literal (so a pull request that changes a variable's default
   * is annotated on that line). Undefined when it is the expression itself or a template.
   */
  origin(expr: HclExpr): Located | undefined {
    return this.resolve(expr, 0).origin;
  }

  private resolve(expr: HclExpr, depth: number): { value: Value; origin?: Located } {
    if (depth > MAX_REFERENCE_DEPTH) {
      // A cycle of references, or a chain this deep: also the bound on a template that doubles
      // at each level ("${local.a}${local.a}"), whose work would otherwise grow as 2^depth.
      referenceCutOffs++;
      return { value: undefined };
    }
    switch (expr.kind) {
      case "literal":
        return { value: expr.value };
      case "template": {
        let out = "";
        for (const part of expr.parts) {
          const v = typeof part === "string" ? part : this.resolve(part, depth + 1).value;
          // A collection cannot be interpolated (Terraform refuses it); null or unknown is no string.
          if (v === undefined || v === null || typeof v === "object") return { value: undefined };
          out += String(v);
        }
        return { value: out };
      }
      case "reference":
        return this.reference(expr.path, depth);
      case "object": {
        const out: Record<string, Value> = {};
        for (const [key, item] of expr.entries) {
          const v = this.resolve(item, depth + 1).value;
          if (v === undefined) return { value: undefined };
          out[key] = v;
        }
        return { value: out };
      }
      case "tuple": {
        const items = expr.items.map((item) => this.resolve(item, depth + 1).value);
        return { value: items.some((v) => v === undefined) ? undefined : items };
      }
      case "conditional": {
        const condition = this.resolve(expr.condition, depth + 1).value;
        if (typeof condition !== "boolean") return { value: undefined };
        return this.resolve(condition ? expr.then : expr.else, depth + 1);
      }
      case "call":
        return {
          value: callOf(
            expr.name,
            expr.args.map((a) => this.resolve(a, depth + 1).value),
          ),
        };
      case "index": {
        // The element's origin is where the collection is written (the variable's default).
        const target = this.resolve(expr.target, depth + 1);
        const key = this.resolve(expr.key, depth + 1).value;
        const value = element(target.value, key);
        return { value, ...(target.origin && value !== undefined ? { origin: target.origin } : {}) };
      }
      case "operation":
        return {
          value: operate(
            expr.operator,
            expr.operands.map((o) => this.resolve(o, depth + 1).value),
          ),
        };
      case "other":
        return { value: undefined };
    }
  }

  /** This scope for one instance of a resource with for_each. */
  withEach(each: EachBinding): Scope {
    const instance = Object.create(Object.getPrototypeOf(this) as object) as Scope;
    return Object.assign(instance, this, { each });
  }

  private reference(path: readonly string[], depth: number): { value: Value; origin?: Located } {
    const [root = "", name, attr, ...rest] = path;
    if (name === undefined) return { value: undefined };
    if (root === "each") {
      if (!this.each || (name !== "key" && name !== "value")) return { value: undefined };
      return { value: member(this.each[name], path.slice(2)) };
    }
    // var.x.region, local.settings.region: the attribute of an object value.
    if ((root === "var" || root === "local") && attr !== undefined) {
      const whole = this.reference([root, name], depth);
      return { value: member(whole.value, path.slice(2)), ...(whole.origin ? { origin: whole.origin } : {}) };
    }
    if (rest.length > 0) return { value: undefined };
    const target = this.targetOf(root, name, attr);
    if (!target) return { value: undefined };
    const inner = target.scope.resolve(target.expr, depth + 1);
    // A local or default that only passes another reference on (`dr = var.dr`) does not write the
    // value: when what it leads to has no place of its own (a .tfvars value), neither has it.
    const passesOn = target.expr.kind === "reference" || target.expr.kind === "index";
    const here =
      (passesOn ? undefined : target.scope.defined.get(target.expr)) ??
      (this.call && target.scope === this.call.scope ? this.argumentSite(name) : undefined);
    return { value: inner.value, ...((inner.origin ?? here) ? { origin: inner.origin ?? here } : {}) };
  }

  /** The expression a reference (var.x, local.x, a resource's attribute) leads to, and its scope. */
  private targetOf(root: string, name: string, attr: string | undefined): { expr: HclExpr; scope: Scope } | undefined {
    if (root === "var" && attr === undefined) {
      const argument = this.call?.block.attributes.get(name);
      if (argument) return { expr: argument.value, scope: this.call?.scope as Scope };
      const own = this.variables.get(name);
      return own ? { expr: own, scope: this } : undefined;
    }
    if (root === "local" && attr === undefined) {
      const own = this.locals.get(name);
      return own ? { expr: own, scope: this } : undefined;
    }
    if (attr !== undefined && root.includes("_")) {
      // Another resource's attribute (azurerm_resource_group.main.location), when it is written.
      const own = this.resources.get(`${root}.${name}`)?.attributes.get(attr)?.value;
      return own ? { expr: own, scope: this } : undefined;
    }
    return undefined;
  }

  /**
   * The strings an expression may be when a condition in it is not known statically
   * (`terraform.workspace == "prod" ? "us-east-1" : "eu-west-3"`, directly or through references):
   * each branch is what some run of the configuration deploys (a workspace, a variable's value),
   * so each is a place to judge. Undefined unless every branch is a known, non-empty string, and
   * beyond MAX_BRANCHES of them.
   */
  alternatives(expr: HclExpr, depth = 0): string[] | undefined {
    // Each expression once per scope: locals whose branches lead to the same local make a graph
    // whose paths double at each level (2^depth work without this). In progress, an expression is
    // undefined, so a cycle ends.
    if (this.branches.has(expr)) return this.branches.get(expr);
    this.branches.set(expr, undefined);
    const found = this.branchesOf(expr, depth);
    this.branches.set(expr, found);
    return found;
  }

  private branchesOf(expr: HclExpr, depth: number): string[] | undefined {
    if (depth > MAX_REFERENCE_DEPTH) return undefined;
    const known = this.resolve(expr, depth).value;
    if (typeof known === "string") return known === "" ? undefined : [known];
    if (known !== undefined) return undefined;
    if (expr.kind === "conditional") {
      const condition = this.resolve(expr.condition, depth + 1).value;
      if (typeof condition === "boolean") return this.alternatives(condition ? expr.then : expr.else, depth + 1);
      const [then, otherwise] = [this.alternatives(expr.then, depth + 1), this.alternatives(expr.else, depth + 1)];
      const all = then && otherwise ? [...new Set([...then, ...otherwise])] : undefined;
      return all && all.length <= MAX_BRANCHES ? all : undefined;
    }
    if (expr.kind !== "reference") return undefined;
    const [root = "", name, attr, ...rest] = expr.path;
    if (name === undefined || rest.length > 0) return undefined;
    const target = this.targetOf(root, name, attr);
    return target ? target.scope.alternatives(target.expr, depth + 1) : undefined;
  }

  /** A module call's argument, in the caller's file. */
  private argumentSite(name: string): Located | undefined {
    const arg = this.call?.block.attributes.get(name);
    return arg && this.call ? { file: this.call.file, offset: arg.offset } : undefined;
  }
}

export function scalar(expr: HclExpr | undefined): string | number | boolean | null | undefined {
  return expr?.kind === "literal" ? expr.value : undefined;
}

/** A value's attribute path (`each.value.region`): undefined where a step is missing. */
function member(value: Value, path: readonly string[]): Value {
  let v = value;
  for (const step of path) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
    v = v[step];
  }
  return v;
}

/** An element of a map (by key) or a list (by index); unknown when either is. */
function element(collection: Value, key: Value): Value {
  if (Array.isArray(collection)) return typeof key === "number" && Number.isInteger(key) ? collection[key] : undefined;
  if (collection !== null && typeof collection === "object" && (typeof key === "string" || typeof key === "number"))
    return collection[String(key)];
  return undefined;
}

/**
 * Terraform's functions that locations, for_each and count are commonly written with; the rest
 * are unknown. An unknown argument makes the result unknown, as in Terraform.
 */
function callOf(name: string, args: Value[]): Value {
  if (args.some((v) => v === undefined)) return undefined;
  switch (name) {
    case "lookup": {
      // lookup(map, key, default): the default only when the key is absent.
      const [map, key, fallback] = args;
      if (map === null || typeof map !== "object" || Array.isArray(map) || typeof key !== "string") return undefined;
      return key in map ? map[key] : args.length === 3 ? fallback : undefined;
    }
    case "coalesce":
      // The first argument that is neither null nor an empty string.
      return args.find((v) => v !== null && v !== "");
    case "element": {
      const [list, index] = args;
      return Array.isArray(list) && list.length > 0 && typeof index === "number" && Number.isInteger(index) && index >= 0
        ? list[index % list.length]
        : undefined;
    }
  }
  const [a] = args;
  if (args.length !== 1 || a === undefined) return undefined;
  switch (name) {
    case "toset":
      return Array.isArray(a) ? [...new Set(a.map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as Value) : undefined;
    case "tolist":
      return Array.isArray(a) ? a : undefined;
    case "tomap":
      return a !== null && typeof a === "object" && !Array.isArray(a) ? a : undefined;
    case "length":
      if (Array.isArray(a) || typeof a === "string") return a.length;
      return a !== null && typeof a === "object" ? Object.keys(a).length : undefined;
    case "lower":
      return typeof a === "string" ? a.toLowerCase() : undefined;
    case "upper":
      return typeof a === "string" ? a.toUpperCase() : undefined;
    default:
      return undefined;
  }
}

/** Comparison and logic on known scalars; anything else is unknown. */
function operate(operator: string, operands: Value[]): Value {
  if (operands.some((o) => o === undefined || (o !== null && typeof o === "object"))) return undefined;
  const [a, b] = operands;
  switch (operator) {
    case "!":
      return typeof a === "boolean" ? !a : undefined;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "&&":
      return typeof a === "boolean" && typeof b === "boolean" ? a && b : undefined;
    case "||":
      return typeof a === "boolean" && typeof b === "boolean" ? a || b : undefined;
    default:
      return undefined;
  }
}
