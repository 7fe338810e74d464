import { KEYWORDS, NUMBER_WORDS, UNIT_PATTERN, UNIT_WORDS, type Unit } from "./language.js";
import { appendAll } from "@dpa-lint/core";

/** A period as the pack-terms schema writes it. */
export interface Period {
  value: number;
  unit: Unit;
}

/** A period found in a sentence, where it is, and the other readings when the text gives several. */
export interface FoundPeriod extends Period {
  /** Offset of the match in the sentence and its text. */
  index: number;
  text: string;
  /** Both readings of "fifteen/thirty days" or of a bracketed placeholder "[30 days]". */
  readings?: Period[];
  /** Why the period is ambiguous, when it is. */
  ambiguity?: string;
}

const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${[...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  // Word's non-breaking hyphen and the Unicode hyphen join compounds too ("twenty\u2011four").
  .map((w) => w.replace(/[-]/g, "[-\u2010\u2011 ]"))
  .join("|")})`;

/** Markdown's emphasis between a number and its unit ("within **48** hours", "`30` days"). */
const EMPHASIS = "[*_`]{1,3}";

/** What stands between a number and its unit, apart from nothing: spaces, a hyphen, an entity ("24&nbsp;heures"). */
const BETWEEN = "(?:\\s+|\\s*[-‐‑‒–]\\s*|&(?:nbsp|#160|#xa0);)";

/** The unit, after the word for an additional one ("30 additional days"), as a whole word. */
const UNIT_WORD = `(?:(?:${KEYWORDS.additional.source})\\s+)?(${UNIT_PATTERN})(?![\\p{L}])`;

/**
 * A number (digits or words, "fifteen (15)", "60 (sixty)", "fifteen/thirty", a placeholder's "[[30]]"), then a unit. Word boundaries are
 * Unicode-aware so "één" and "fünf" count as words. Only digits (or a closing bracket) may touch
 * their unit ("24h", "(48)hours"): a number word must not, or "aan" would be "a" and "an" (a year).
 * Markdown written with HTML may keep them together with an entity ("24&nbsp;heures"), and
 * emphasis may close after the number or open before the unit ("**48** hours", "48 **hours**").
 */
const PERIOD = new RegExp(
  `(?<![\\d.,])(?<!\\p{L}(?=\\p{L}))(\\[{1,2}\\s*)?(${NUMBER})(?:\\s*/\\s*(${NUMBER}))?(?:\\s*\\((\\d+|${NUMBER})\\))?(?:(?<=\\[\\s*\\S+)\\s*\\]{1,2})?(?:${EMPHASIS}(?=\\s|&))?(?:(?<=[\\d)])\\s*|${BETWEEN})(?:${EMPHASIS})?${UNIT_WORD}`,
  "giu",
);

/** The value of a number written in digits or words, or undefined. */
export function numberValue(text: string): number | undefined {
  const t = text.toLowerCase().replace(/[\s\u2010\u2011]+/g, "-");
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS.get(t);
}

function unitOf(text: string): Unit | "weeks" | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  return UNIT_WORDS.find(([re]) => re.test(t))?.[1];
}

/**
 * A count whose unit is written elsewhere (a table's column header "Délai (heures)", a label's
 * "(hours)"), as a period: undefined when the words name no unit.
 */
export function countIn(value: number, unitWords: string, index: number, text: string): FoundPeriod | undefined {
  const unit = unitOf(unitWords.trim());
  return unit === undefined ? undefined : { ...period(value, unit), index, text };
}

function period(value: number, unit: Unit | "weeks"): Period {
  return unit === "weeks" ? { value: value * 7, unit: "days" } : { value, unit };
}

/**
 * A unit word ending a word somewhere in the text, after what may end a number (a digit, a word, a
 * bracket, emphasis) and what may stand between them (the period pattern's own pieces, so that
 * this test passes wherever the pattern can match): no period without one. Most sentences have
 * none, and this test is cheap where the period pattern (every language's numbers) is not. A unit
 * after anything else ("| C1 | H | DE |", a table's cell "H") is no period's: a table of 150,000
 * such rows ran the period pattern on every row (25 s).
 */
const UNIT_ANYWHERE = new RegExp(`(?:[\\p{L}\\d)\\]](?:${EMPHASIS})?${BETWEEN}|[\\d)](?:${EMPHASIS})?)(?:${EMPHASIS})?${UNIT_WORD}`, "iu");

/** Right before "a day", "a year": a rate ("once a year", "24 hours a day, 7 days a week"), no period. */
const RATE_BEFORE = new RegExp(KEYWORDS.rateBefore.source, "iu");

/** "half " right before "a day", "a year". */
const HALF_BEFORE = /\bhalf\s+$/i;

/** Half of one unit in the next smaller one; null where there is none the packs count in. */
const HALVES: Readonly<Record<Unit | "weeks", Period | null>> = {
  hours: null,
  days: { value: 12, unit: "hours" },
  working_days: null,
  weeks: { value: 84, unit: "hours" },
  months: null,
  years: { value: 6, unit: "months" },
};

/** "by the next business day", "am nächsten Werktag": one working day without a number. */
const NEXT_WORKING_DAY = new RegExp(KEYWORDS.nextWorkingDay.source, "iu");

/**
 * A time counted from an event in the notation of French contracts and service levels: "J+1"
 * (jour, the day after), "J+5 ouvrés", "H+24" (heure); "D+1" in English. The letter is the unit.
 */
const RELATIVE = /(?<![\p{L}\d])([JDH])\s?\+\s?(\d{1,3})(?![\d\p{L}])(?:\s+(ouvr[ée]s?|working|business))?/gu;

/** Every period in a sentence, in order. */
export function findPeriods(sentence: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const relative = [...sentence.matchAll(RELATIVE)].map((m): FoundPeriod => ({
    value: Number(m[2]),
    unit: m[1] === "H" ? "hours" : m[3] ? "working_days" : "days",
    index: m.index ?? 0,
    text: m[0],
  }));
  if (!UNIT_ANYWHERE.test(sentence) && !NEXT_WORKING_DAY.test(sentence)) return relative;
  appendAll(out, relative);
  for (const m of sentence.matchAll(PERIOD)) {
    const [text, bracket, first, second, digits, unitText] = m;
    // "24h00" is 24 hours in French notation; "14h00" is a time of day, no period.
    const clock = /^h00$/i.test(unitText ?? "");
    const unit = unitOf(clock ? "h" : (unitText ?? ""));
    const a = numberValue(first ?? "");
    if (unit === undefined || a === undefined || (clock && a < 24)) continue;
    // "uiterlijk binnen [24/48] uur": a placeholder whose choice is still open gives no period.
    if (bracket !== undefined && second !== undefined) continue;
    if (/^an?$/i.test(first ?? "") && RATE_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    // "fifteen (15) days" and "60 (sixty) days": the digits are the value.
    const value = digits !== undefined && /^\d+$/.test(digits) ? Number(digits) : a;
    // "half a day", "half a year": the half of one, in the next smaller unit (half an hour has none).
    const halved =
      /^an?$/i.test(first ?? "") && HALF_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 6), m.index)) ? HALVES[unit] : undefined;
    if (halved === null) continue;
    const found: FoundPeriod = { ...(halved ?? period(value, unit)), index: m.index ?? 0, text: text.trim() };
    const b = second !== undefined ? numberValue(second) : undefined;
    if (b !== undefined && b !== a) {
      // "fifteen/thirty days": an unresolved choice in the template; the cautious reading for a
      // change is the longer one, and both are kept for the reviewer.
      const readings = [period(Math.min(a, b), unit), period(Math.max(a, b), unit)];
      Object.assign(found, readings[1], { readings, ambiguity: `the text gives two values ("${text.trim()}"), a choice left open` });
    } else if (
      unit === "hours" &&
      KEYWORDS.workingTime.test(`${unitText} ${sentence.slice((m.index ?? 0) + text.length, (m.index ?? 0) + text.length + 12)}`)
    ) {
      // "24 business hours", "24 heures ouvrées": the pack counts hours on the clock; the reviewer decides.
      found.ambiguity = `the text counts hours in working time ("${text.trim()}"); the pack counts hours on the clock`;
    } else if (bracket) {
      // A placeholder has one value, to be confirmed: no second reading to offer.
      found.ambiguity = `the value is in brackets ("${text.trim()}"), a placeholder to confirm`;
    }
    out.push(found);
  }
  // "by the next business day": one working day, said without a number.
  const next = NEXT_WORKING_DAY.exec(sentence);
  if (next) out.push({ value: 1, unit: "working_days", index: next.index, text: next[0] });
  return out.sort((a, b) => a.index - b.index);
}
