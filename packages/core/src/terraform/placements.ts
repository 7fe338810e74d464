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
  unresolved?: string;
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

interface ProviderSpec {
  vendor: string[];
  regions?: string;
  provider: string[];
  resource: string[];
  locationless?: string[];
  sites?: Record<string, string>;
  siteDefault?: string;
  atlasRegions?: string;
  sameAs?: string;
}

const PROVIDERS = (providerTable as unknown as { providers: Record<string, ProviderSpec> }).providers;

/** The table's entry for a provider's local name, following `sameAs`. */
export function providerSpec(name: string): ProviderSpec | undefined {
  const spec = PROVIDERS[name];
  return spec?.sameAs ? PROVIDERS[spec.sameAs] : spec;
}

/** Every provider of the table, for documentation and tests. */
export const TERRAFORM_PROVIDERS = Object.keys(PROVIDERS);

/** The placements and the providers in use in one module (a directory of .tf files). */
export function modulePlacements(module: ModuleFiles): {
  placements: Placement[];
  providers: ProviderUse[];
  notes: Array<{ file: string; offset: number; message: string }>;
} {
  const scope = new Scope(module);
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
      const placement = resourcePlacement(block, file, scope);
      if (!placement) continue;
      placements.push(placement);
      if (!providers.has(placement.provider)) {
        const spec = providerSpec(placement.provider) as ProviderSpec;
        providers.set(placement.provider, { provider: placement.provider, vendor: spec.vendor, file, offset: block.offset });
      }
    }
  }
  return { placements, providers: [...providers.values()], notes };
}

function resourcePlacement(block: HclBlock, file: string, scope: Scope): Placement | undefined {
  const [type = "", name = ""] = block.labels;
  const providerAttr = block.attributes.get("provider");
  const configRef = providerAttr?.value.kind === "reference" ? providerAttr.value.path.join(".") : undefined;
  const provider = configRef?.split(".")[0] ?? type.split("_")[0] ?? "";
  const spec = providerSpec(provider) ?? providerSpec(type.split("_")[0] ?? "");
  if (!spec) return undefined;
  if (spec.locationless?.some((prefix) => type.startsWith(prefix))) return undefined;
  const base = { address: `${type}.${name}`, provider, providerConfig: configRef ?? provider, file };
  const own = findAttribute(block, spec.resource);
  if (own) return located(base, own.file ?? file, own.attr, scope, spec);
  const config = scope.providerConfig(configRef ?? provider);
  if (spec.sites) {
    const site = config && findAttribute(config.block, spec.provider);
    if (!site) return { ...base, offset: config?.block.offset ?? block.offset, country: spec.sites[spec.siteDefault ?? ""] as string };
    return located(base, config.file, site.attr, scope, spec);
  }
  const fromProvider = config && findAttribute(config.block, spec.provider);
  if (fromProvider && config) return located(base, config.file, fromProvider.attr, scope, spec);
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

/** The first of `names` set on the block, else in its nested blocks (region_configs, nodes). */
function findAttribute(block: HclBlock, names: readonly string[], depth = 0): { attr: HclAttribute; file?: string } | undefined {
  for (const n of names) {
    const attr = block.attributes.get(n);
    if (attr) return { attr };
  }
  if (depth >= 4) return undefined;
  for (const inner of block.blocks) {
    const found = findAttribute(inner, names, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function located(base: Omit<Placement, "offset">, file: string, attr: HclAttribute, scope: Scope, spec: ProviderSpec): Placement {
  const origin = scope.origin(attr.value);
  const at = { ...base, file: origin?.file ?? file, offset: origin?.offset ?? attr.offset, attribute: attr.name };
  const value = scope.value(attr.value);
  if (typeof value !== "string" || value === "")
    return {
      ...at,
      unresolved: `${attr.name} is not known statically (${describe(attr.value)}); give it a literal value, or the variable a default or a .tfvars value`,
    };
  if (spec.sites) {
    const country = spec.sites[value.endsWith("/") ? value : `${value}/`];
    return country ? { ...at, country } : { ...at, unresolved: `${attr.name} "${value}" is not a site dpa-lint knows` };
  }
  if (spec.atlasRegions) return { ...at, region: value.toLowerCase().replace(/_/g, "-"), regions: spec.atlasRegions };
  return { ...at, region: regionOf(value, spec.regions ?? ""), ...(spec.regions ? { regions: spec.regions } : {}) };
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
  if (expr.kind === "reference") return `it refers to ${expr.path.join(".")}`;
  if (expr.kind === "other") return `"${expr.text.slice(0, 40)}" is computed`;
  return "it is not a string";
}

/** Variables (defaults, then .tfvars), locals and provider blocks of one module. */
class Scope {
  private readonly variables = new Map<string, HclExpr>();
  private readonly locals = new Map<string, HclExpr>();
  private readonly providers = new Map<string, { block: HclBlock; file: string }>();
  /** The .tf file and offset of each variable default and local (not .tfvars: not linted files). */
  private readonly defined = new Map<HclExpr, { file: string; offset: number }>();

  constructor(module: ModuleFiles) {
    for (const { file, hcl } of module.files) {
      for (const block of hcl.blocks) {
        if (block.type === "variable" && block.labels[0]) {
          const def = block.attributes.get("default");
          if (def) {
            this.variables.set(block.labels[0], def.value);
            this.defined.set(def.value, { file, offset: def.offset });
          }
        } else if (block.type === "locals")
          for (const [name, attr] of block.attributes) {
            this.locals.set(name, attr.value);
            this.defined.set(attr.value, { file, offset: attr.offset });
          }
        else if (block.type === "provider" && block.labels[0]) {
          const alias = scalar(block.attributes.get("alias")?.value);
          this.providers.set(typeof alias === "string" ? `${block.labels[0]}.${alias}` : block.labels[0], { block, file });
        }
      }
    }
    for (const [name, value] of module.tfvars) this.variables.set(name, value);
  }

  /**
   * Where a value reached through references is written: following `var.x` and `local.y` while
   * each is a plain reference, the default or local that holds the value (so a pull request that
   * changes a variable's default is annotated on that line). Undefined when it is the attribute
   * itself, a template, or comes from a .tfvars file.
   */
  origin(expr: HclExpr): { file: string; offset: number } | undefined {
    let at: { file: string; offset: number } | undefined;
    for (let e: HclExpr | undefined = expr, n = 0; e?.kind === "reference" && n < 32; n++) {
      const [root, name]: Array<string | undefined> = e.path;
      e = name === undefined ? undefined : root === "var" ? this.variables.get(name) : root === "local" ? this.locals.get(name) : undefined;
      if (e === undefined) return at;
      at = this.defined.get(e);
      if (at === undefined) return undefined;
    }
    return at;
  }

  providerConfig(name: string): { block: HclBlock; file: string } | undefined {
    return this.providers.get(name);
  }

  /** The expression's value when it is known statically: literals, templates, var.* and local.*. */
  value(expr: HclExpr, depth = 0): string | number | boolean | null | undefined {
    if (depth > 32) return undefined; // a cycle of locals
    switch (expr.kind) {
      case "literal":
        return expr.value;
      case "template": {
        let out = "";
        for (const part of expr.parts) {
          const v = typeof part === "string" ? part : this.value(part, depth + 1);
          if (v === undefined || v === null || typeof v === "object") return undefined;
          out += String(v);
        }
        return out;
      }
      case "reference": {
        const [root, name, ...rest] = expr.path;
        if (rest.length > 0 || name === undefined) return undefined;
        const target = root === "var" ? this.variables.get(name) : root === "local" ? this.locals.get(name) : undefined;
        return target ? this.value(target, depth + 1) : undefined;
      }
      case "object":
      case "other":
        return undefined;
    }
  }
}

function scalar(expr: HclExpr | undefined): string | number | boolean | null | undefined {
  return expr?.kind === "literal" ? expr.value : undefined;
}
