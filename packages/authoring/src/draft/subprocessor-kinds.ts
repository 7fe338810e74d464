/**
 * Sub-processors named in brackets after the kind of company they are, in a sentence about
 * sub-processors: "This list includes our infrastructure providers (datacenters), our network
 * partners (Cogent, Telia, Level3), our DDoS security providers (Path.net, Voxility), and ...".
 */

import { type Paragraph, sentences } from "./document.js";
import { KEYWORDS } from "./language.js";
import { entry, foundEntry, KIND_WORD, namesOf, type FoundSubprocessor, type Taken } from "./subprocessor-entry.js";

/**
 * A kind of company and up to three words qualifying it ("network partners", "DDoS security
 * providers", "partenaires réseau", "fournisseurs de sécurité DDoS"), then its names in brackets.
 */
const KIND_THEN_NAMES = new RegExp(`(?<![\\p{L}])${KIND_WORD}(?:\\s+[\\p{L}'’-]+){0,3}?\\s*\\((?<names>[^()]{2,200})\\)`, "giu");

/**
 * The companies a paragraph about sub-processors names in brackets after their kind, in a sentence
 * naming two kinds so or more, each bracket read only when every item in it reads as a name
 * ("(datacenters)" is a kind's example, no company).
 */
export function kindsWithTheirNames(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p || !KEYWORDS.subprocessor.test(p.text)) return undefined;
  const rows: FoundSubprocessor[] = [];
  for (const s of sentences(p)) {
    // Two kinds with brackets at least: the sentence goes through the kinds of provider ("our
    // network partners (...), our DDoS security providers (...)"); one alone may be a remark on
    // companies listed elsewhere ("verify the DPF status of each provider (Vapi, Twilio, Google)").
    const kinds = [...s.text.matchAll(KIND_THEN_NAMES)];
    if (kinds.length < 2) continue;
    for (const m of kinds) {
      // The kind and its bracket are the quote: the sentence may be long, each entry reads its quote.
      for (const name of namesOf(m.groups?.names ?? "") ?? []) {
        const e = entry(name, m[0], "");
        if (e) rows.push(foundEntry(p, s.line, m[0], e, "companies named in brackets after the kind of company they are"));
      }
    }
  }
  return rows.length > 0 ? { rows, next: i + 1 } : undefined;
}
