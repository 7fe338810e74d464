/**
 * Periods a DPA defines by name, and where its clauses use the name instead of the number: "'Breach
 * Notification Period' means forty-eight (48) hours from discovery", then "The Processor shall
 * notify the Controller of a Personal Data Breach within the Breach Notification Period". The
 * clause that gives notice names no number; the definition names no breach.
 */

import type { Sentence } from "./document.js";
import { phrase } from "./language.js";
import { findPeriods, type FoundPeriod } from "./periods.js";

/** A term the DPA defines as a period, the sentence that defines it, and the period. */
export interface DefinedPeriod {
  /** The term's words as written, without quotes or emphasis ("Breach Notification Period"). */
  term: string;
  s: Sentence;
  p: FoundPeriod;
}

/**
 * A term in quotes or in bold, then the words that define it or a colon: "“Notification Period”
 * means", "« Délai de notification » désigne", "**Meldefrist**:", "„Meldefrist“ bezeichnet".
 */
const DEFINITION = phrase(
  "defines",
  '(?:[“"«„‘]\\s*(?<quoted>[^“”"«»„‘’\\n]{3,60}?)\\s*[”"»“’]|\\*\\*(?<bold>[^*\\n]{3,60}?)\\*\\*)\\s*\\)?\\s*,?\\s*(?:(?:',
  ")(?![\\p{L}])|:)",
  "giu",
);

/** How far after the defining words the period may start ("means a period of forty-eight (48) hours"). */
const DEFINED_REACH = 40;

/** A term is a name that opens with a capital ("Meldefrist", "Délai d'opposition"); not "it", "the period". */
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}$/u;

/**
 * How many defined notice periods are kept: a DPA defines a handful; a text of thousands would
 * make every notice look each of them up.
 */
const DEFINED_MAX = 20;

/**
 * The periods the DPA defines by a name that says what they are for (`named`: a notice's, "Breach
 * Notification Period", "Délai de notification", "Meldefrist"; an objection's, "Objection Period";
 * not "Response Period"), each name once, in the order of the text.
 */
export function definedPeriods(sentences: readonly Sentence[], named: RegExp): DefinedPeriod[] {
  const out: DefinedPeriod[] = [];
  const names = new Set<string>();
  for (const s of sentences) {
    if (out.length >= DEFINED_MAX) break;
    if (!/[“"«„‘*]/.test(s.text)) continue;
    const periods = findPeriods(s.text);
    if (periods.length === 0) continue;
    // The definitions come in the order of the text, so the first period after each is found by
    // moving on from the last one's (a sentence of many stays linear).
    let k = 0;
    for (const m of s.text.matchAll(DEFINITION)) {
      const term = (m.groups?.quoted ?? m.groups?.bold ?? "").trim();
      const end = (m.index ?? 0) + m[0].length;
      while (k < periods.length && (periods[k] as FoundPeriod).index < end) k++;
      const p = periods[k];
      const name = term.toLowerCase();
      if (!p || p.index - end > DEFINED_REACH || !NAME.test(term) || !named.test(term) || names.has(name)) continue;
      names.add(name);
      out.push({ term, s, p });
    }
  }
  return out;
}

/**
 * The defined period a sentence uses by its name ("within the Breach Notification Period"), if
 * any: its words, whatever their case, as whole words. A definition's own sentence uses none.
 */
export function periodDefinedIn(s: Sentence, defined: readonly DefinedPeriod[]): DefinedPeriod | undefined {
  const text = s.text.toLowerCase();
  return defined.find((d) => {
    if (d.s === s) return false;
    const at = text.indexOf(d.term.toLowerCase());
    return at >= 0 && !/[\p{L}]/u.test(text[at - 1] ?? "") && !/[\p{L}]/u.test(text[at + d.term.length] ?? "");
  });
}
