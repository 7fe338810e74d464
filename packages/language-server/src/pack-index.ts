import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { escapeRegExp, type LegalData, type PolicyBundle } from "@dpa-lint/core";
import { findPackTermsFiles } from "@dpa-lint/core/policy";

export type Terms = Record<string, unknown>;

/** A DPA pack as the editor features read it: its terms (as the checks read them) and their file. */
export interface PackEntry {
  id: string;
  title: string;
  terms: Terms;
  /** The terms file on disk, when the pack came from one (go to definition opens it). */
  file?: string;
}

/**
 * What the loaded bundles know, indexed for the editor: the DPA packs' terms, their terms files
 * and policy sources on disk, and the legal facts. Built once per session.
 */
export class PackIndex {
  private readonly packs = new Map<string, PackEntry>();
  private readonly regoFiles: string[] = [];
  constructor(
    bundles: readonly PolicyBundle[],
    locations: readonly string[],
    /** The legal facts the linter judges by (Linter.legalData). */
    readonly legal: LegalData,
  ) {
    const files = new Map<string, string>();
    for (const location of locations) {
      try {
        for (const { id, file } of findPackTermsFiles(location)) if (!files.has(id)) files.set(id, file);
      } catch {
        // A location that is not there (a bundle only) has no terms file to open.
      }
      this.regoFiles.push(...regoFilesUnder(location));
    }
    for (const b of bundles) {
      const dpa = (b.data.dpa ?? {}) as Record<string, { terms?: Terms }>;
      for (const meta of b.catalogue.packs) {
        const terms = dpa[meta.id]?.terms;
        if (meta.kind !== "dpa" || !terms || this.packs.has(meta.id)) continue;
        const file = files.get(meta.id);
        this.packs.set(meta.id, { id: meta.id, title: meta.title, terms, ...(file ? { file } : {}) });
      }
    }
  }

  ids(): string[] {
    return [...this.packs.keys()].sort();
  }

  get(id: string): PackEntry | undefined {
    return this.packs.get(id);
  }

  /**
   * Where a rule is written: the `id:` line of its METADATA in a .rego file of the loaded
   * locations (a pack's own directory first), and the line of the rule below it (0-based).
   */
  ruleSource(ruleId: string): { file: string; line: number } | undefined {
    const [pack, name] = ruleId.includes("/") ? (ruleId.split("/", 2) as [string, string]) : ["", ruleId];
    const idLine = new RegExp(`^#\\s+id:\\s*${escapeRegExp(name)}\\s*$`);
    const ordered = [...this.regoFiles].sort((a, b) => Number(!a.split(/[\\/]/).includes(pack)) - Number(!b.split(/[\\/]/).includes(pack)));
    for (const file of ordered) {
      const lines = readFileSync(file, "utf8").split("\n");
      const at = lines.findIndex((l) => idLine.test(l));
      if (at < 0) continue;
      const head = lines.findIndex((l, i) => i > at && !l.startsWith("#"));
      return { file, line: head < 0 ? at : head };
    }
    return undefined;
  }

  /** The English gloss written beside a quote anywhere in a pack's terms. */
  gloss(packId: string | undefined, quote: string): string | undefined {
    const terms = packId ? this.packs.get(packId)?.terms : undefined;
    return terms ? findGloss(terms, quote) : undefined;
  }
}

function findGloss(node: unknown, quote: string): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findGloss(item, quote);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== "object") return undefined;
  const o = node as Record<string, unknown>;
  if (o.quote === quote && typeof o.gloss === "string") return o.gloss;
  for (const v of Object.values(o)) {
    const found = findGloss(v, quote);
    if (found) return found;
  }
  return undefined;
}

/** The policy files of a location (tests left out), at most a few levels deep. */
function regoFilesUnder(location: string, depth = 0): string[] {
  let entries;
  try {
    if (!statSync(location).isDirectory()) return [];
    entries = readdirSync(location, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(location, e.name);
    if (e.isDirectory() && depth < 4 && !e.name.startsWith(".") && e.name !== "node_modules") out.push(...regoFilesUnder(path, depth + 1));
    else if (e.isFile() && e.name.endsWith(".rego") && !basename(e.name).endsWith("_test.rego")) out.push(path);
  }
  return out;
}
