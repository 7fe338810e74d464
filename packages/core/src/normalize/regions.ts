import catalogue from "./regions.json" with { type: "json" };

/**
 * The region catalogue (docs/vendor-setup-v1.md, "Regions"): provider region codes to countries.
 * Without a provider, a code is looked up across all providers; it is ambiguous only when the
 * candidates disagree on the country (OVH's and Hetzner's `hil` are both in the US: not ambiguous).
 */
const providers = catalogue.providers as Record<string, Record<string, string>>;
const providerAliases = catalogue.providerAliases as Record<string, string>;

export type RegionLookup = { country: string; provider: string } | { error: string };

export const KNOWN_PROVIDERS = Object.keys(providers);

export function canonicalProvider(raw: string): string | undefined {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (providers[key]) return key;
  return providerAliases[key];
}

export function lookupRegion(region: string, provider: string | undefined): RegionLookup {
  const code = region.trim().toLowerCase();
  if (provider !== undefined) {
    const p = canonicalProvider(provider);
    if (!p) return { error: `unknown provider "${provider}" (known: ${KNOWN_PROVIDERS.join(", ")}); give a country instead` };
    const country = providers[p]?.[code];
    return country ? { country, provider: p } : { error: `unknown ${p} region "${region}"` };
  }
  const hits = Object.entries(providers).flatMap(([p, regions]) => (regions[code] ? [{ provider: p, country: regions[code] }] : []));
  if (hits.length === 0) return { error: `unknown region "${region}"; add provider or give a country` };
  const countries = new Set(hits.map((h) => h.country));
  if (countries.size > 1) {
    const list = hits.map((h) => `${h.provider} (${h.country})`).join(", ");
    return { error: `region "${region}" is ambiguous: ${list}; add provider` };
  }
  return hits[0] as { country: string; provider: string };
}

/** A provider's region codes and their countries, in catalogue order (an editor completes them). */
export function regionsOf(provider: string): Array<{ code: string; country: string }> {
  const p = canonicalProvider(provider);
  return Object.entries((p && providers[p]) || {}).map(([code, country]) => ({ code, country }));
}
