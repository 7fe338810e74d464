/**
 * The governing law, from the DPA body, the SCCs' options, a UK addendum or a key-terms row.
 */

import { type Paragraph, type Sentence, withoutMarkup } from "./document.js";
import { countryIn } from "./countries.js";
import { everywhere, KEYWORDS, LAW_WORDS, phrase } from "./language.js";
import type { Context, Found } from "./term-reading.js";
import { firstOrContradiction, found, headingAbove } from "./term-reading.js";

/**
 * The law that governs the agreement, as a country code: every statement of it (the DPA body, the
 * SCCs' Clause 17 option, a UK addendum, a key-terms row), the first kept and any other law
 * flagged as a reading for the reviewer.
 */
export function governingLaw(ctx: Context): Found<string> | undefined {
  const all: Array<Found<string>> = [];
  for (const [i, s] of ctx.sentences.entries()) {
    // Each mention of the law in turn: "(Governing Law) of the SCCs: ... are governed by the laws of France".
    const mentions = [...s.text.matchAll(LAW_MENTIONS)];
    // The sentence without its statutes, blanked once for every reading below.
    const text = withoutStatutes(s.text);
    if (mentions.length === 0) {
      const withCourts = lawWithItsCourts(text);
      if (withCourts) {
        all.push(found(s, withCourts, "sentence pattern: a country's law named with its courts"));
        ctx.trace?.("governingLaw", s, `taken: ${withCourts}, a law named with its courts`);
        continue;
      }
      const named = lawUnderItsHeading(ctx, s, text);
      if (named) {
        all.push(found(s, named, "a country's law named under a heading about the governing law"));
        ctx.trace?.("governingLaw", s, `taken: ${named}, under a heading about the governing law`);
      }
      continue;
    }
    // What is governed by a law names the law ("governed by the laws of Ireland", "English law"):
    // "not governed by an adequacy decision made by the United Kingdom" chooses none.
    const code =
      mentions
        .map((m) => ({ label: /state|jurisdiction/i.test(m[0]), window: text.slice(m.index, m.index + m[0].length + 80) }))
        // A label that is no law noun names the law by its place ("Governing state | Delaware").
        .map(({ label, window }) => (label || KEYWORDS.lawNoun.test(window) ? lawIn(window) : undefined))
        .find((c) => c !== undefined) ??
      mentions.map((m) => lawAfterItsNoun(text.slice(m.index, m.index + m[0].length + LAW_LIST_REACH))).find((c) => c !== undefined);
    if (code) all.push(found(s, code, "sentence pattern: agreement governed by a country's law"));
    // "Governing law: Portugal": a colon before a capital ends a sentence; the value is the next one.
    const next = ctx.sentences[i + 1];
    const after =
      !code && /:$/.test(s.text) && next?.paragraph === s.paragraph ? lawIn(withoutStatutes(next.text.slice(0, 60))) : undefined;
    if (after && next) {
      const from = s.paragraph.text.indexOf(s.text);
      const to = s.paragraph.text.indexOf(next.text, from) + next.text.length;
      all.push(found({ ...s, text: s.paragraph.text.slice(from, to) }, after, "a label about the governing law and its country"));
    }
    ctx.trace?.("governingLaw", s, code || after ? `taken: ${code ?? after}` : "skipped: no country named after the words about the law");
  }
  return firstOrContradiction(all, (c) => c);
}

/**
 * "### 12.2 Governing Law", then "The law specified in the Principal Agreement, or if none,
 * California law.": a country's law named in the first paragraph under a heading about the
 * governing law, the country right beside the word "law"; else a line of the section naming the
 * courts' country ("## Legislación aplicable", "- Jurisdicción: España"), which the section
 * gives as its choice. `text` is the sentence's with its statutes blanked out.
 */
function lawUnderItsHeading(ctx: Context, s: Sentence, text: string): string | undefined {
  if (!KEYWORDS.law.test(headingAbove(ctx, s))) return undefined;
  for (const m of text.matchAll(LAW_NOUNS)) {
    const near = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    // "Contrary provisions of Estonian law or the Client's country law only apply if ...": a law
    // with a party's own as its alternative is no choice of one.
    if (OR_A_PARTYS.test(text.slice(m.index, m.index + m[0].length + ALTERNATIVE_REACH))) continue;
    const code = lawIn(near);
    if (code) return code;
  }
  // "- **Jurisdicción:** España": the section's courts' country, where it names no law's ("governed
  // by the law of the Principal Agreement. Jurisdiction: Ireland" chooses the law otherwise).
  const court = JURISDICTION_LINE.exec(withoutMarkup(text))?.groups?.value;
  if (court && !namesALaw(s.paragraph)) return countryIn(court);
  // "## 7. Governing law", then "Netherlands. Disputes submitted to the competent Dutch court.": the
  // section opens with the country alone, the heading's answer.
  const bare = withoutMarkup(text)
    .replace(/[\s.]+$/u, "")
    .trim();
  return s.paragraph.text.trimStart().startsWith(s.text) && BARE_PLACE.test(bare) ? lawIn(bare) : undefined;
}

/** "or" and, a few words on, a party ("ou du pays du Client", "or the Customer's"): a law's alternative. */
const OR_A_PARTYS = new RegExp(
  `(?<![\\p{L}])(?:${KEYWORDS.orWord.source})(?![\\p{L}])[^.;]{0,25}?(?:${KEYWORDS.controllerParty.source})`,
  "iu",
);

/** How far after a law's noun its alternative is read ("droit estonien ou du pays du Client"). */
const ALTERNATIVE_REACH = 50;

/** A sentence that is only a place's name, of up to four words ("Netherlands", "England and Wales"). */
const BARE_PLACE = /^(?:\p{L}+[\s-]){0,3}\p{L}+$/u;

/**
 * A country's law named with the courts, the way a clause of miscellany gives the governing law
 * ("Legislación española y jurisdicción según las Condiciones", "Spanish law and jurisdiction",
 * "droit français et juridiction de Paris"): the law's country, beside its noun. The text comes
 * with its statutes blanked out (withoutStatutes).
 */
function lawWithItsCourts(text: string): string | undefined {
  const m = LAW_AND_COURTS.exec(text);
  return m ? lawIn(text.slice(Math.max(0, m.index - 25), m.index + m[0].length)) : undefined;
}

const LAW_AND_COURTS = new RegExp(
  `(?:${KEYWORDS.lawNoun.source})[^.;]{0,25}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])\\s+(?:\\p{L}+\\s+){0,2}?(?:${KEYWORDS.jurisdiction.source})`,
  "iu",
);

/**
 * Whether a paragraph speaks of a governing law anywhere, asked once per paragraph: a paragraph of
 * thousands of sentences under a law heading must not be read again for each of them.
 */
function namesALaw(p: Paragraph): boolean {
  let known = NAMES_A_LAW.get(p);
  if (known === undefined) NAMES_A_LAW.set(p, (known = KEYWORDS.law.test(p.text)));
  return known;
}

const NAMES_A_LAW = new WeakMap<Paragraph, boolean>();

/** A line labelled with the courts' place and a short value ("Jurisdiction: Ireland"). */
const JURISDICTION_LINE = phrase("jurisdiction", "^[\\s\\-*•]*(?:", ")\\s*:\\s*(?<value>[^.;:]{1,40}?)\\s*\\.?$", "iu");

/**
 * How far a list of laws may run after "governed by" ("se rige por el Reglamento (UE) 2016/679
 * (RGPD), la Ley Orgánica 3/2018 (LOPDGDD) y demás normativa española aplicable"), its country
 * then right after a law noun.
 */
const LAW_LIST_REACH = 200;

/** The country a law noun names right after it ("normativa española", "law of Ireland"), anywhere in a window. */
function lawAfterItsNoun(window: string): string | undefined {
  for (const m of window.matchAll(LAW_NOUNS)) {
    const code = lawIn(window.slice(m.index + m[0].length, m.index + m[0].length + 25));
    if (code) return code;
  }
  return undefined;
}

const LAW_MENTIONS = everywhere("law");
const LAW_NOUNS = everywhere("lawNoun");

/**
 * A statute named after its country ("the California Consumer Privacy Act", "the UK Data
 * Protection Act 2018"): legislation a DPA refers to, not the law it chooses to govern it.
 */
const STATUTE = /\b(?:\p{Lu}[\p{L}.]*\s+){1,6}(?:Act|Code|Regulation|Directive|Ordinance|Statute)\b/gu;

/** A text with its statutes blanked out, each character a space (the offsets stay). */
function withoutStatutes(text: string): string {
  return text.replace(STATUTE, (m) => " ".repeat(m.length));
}

/**
 * The country whose law a text names first: an adjective or phrase ("Belgian law", "the laws of
 * the State of New York"), else a country name. The text comes with its statutes blanked out
 * (withoutStatutes), by the caller, before any slicing could cut a statute's name in two.
 */
function lawIn(text: string): string | undefined {
  let best: { at: number; code: string } | undefined;
  for (const [re, code] of LAW_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, code };
  }
  return best?.code ?? countryIn(text);
}
