/**
 * Each retention term once: a keeping the DPA states again, in a table, an annex or other words,
 * is one term.
 */

import { BULLET, withoutMarkup } from "./document.js";
import { KEYWORDS, languageOf } from "./language.js";
import type { LanguageWords } from "./languages/words.js";
import { findPeriods, type Period } from "./periods.js";
import { CLAUSE_REFERENCE, clauseNumber, type Found } from "./term-reading.js";

/** Whether two lines each open with a label of their own ("- Read notifications: 90 days"), and the labels differ. */
function labelledApart(a: string, b: string): boolean {
  const [x, y] = [lineLabelOf(a), lineLabelOf(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** A line's label, trimmed and in lower case ("read notifications"), or undefined when it has none. */
function lineLabelOf(quote: string): string | undefined {
  return LINE_LABEL_OF.exec(withoutMarkup(quote))?.[1]?.trim().toLowerCase();
}

/** A line's label: the words before its colon, after a bullet or an item's number (as LABEL_BEFORE reads them). */
const LINE_LABEL_OF = new RegExp(`^\\s*(?:${BULLET}\\s+|\\d+(?:\\.\\d+)*\\.?\\s+)?([^:;.]{1,60}):`);

/**
 * Each retention term once: a DPA that states a keeping twice (a table of processing activities,
 * a table of data categories, a deletion clause: "Diagnostic history | 365 days", "Diagnostic
 * metadata | 365-day retention") gives one term, the first. Two terms are one when their periods
 * are equal, their categories start with the same word and their words differ: one sentence
 * found again word for word is about the data of its own section ("Bij beëindiging worden deze
 * gegevens gedurende één (1) jaar bewaard" under fax, then under company information).
 */
export function distinctRetention<T extends Found<Period> & { category: string }>(terms: readonly T[]): T[] {
  const quotes = new Map<string, string>();
  const lines = new Set<string>();
  const citations = new Set<string>();
  // Per period, the numbers of the clauses a term of it was kept from and of those they are part of ("9.2", "9").
  const keptIn = new Map<string, Set<string>>();
  // What each quote holds, read once per quote: the terms of one sentence of thousands of keepings
  // share its quote, and reading it again for each term was quadratic.
  const memo = new QuoteReadings();
  const kept = new Restatements(memo);
  const translations = new Translations();
  const settings = new Set<string>();
  // What each quote's periods are the settings of, read once per quote: the terms of one sentence
  // of thousands of keepings share its quote.
  const settingsOfQuote = new Map<string, Map<string, string>>();
  const periodSets = new Map<string, number>();
  // Per kind of data often said again (backups, logs), each period's first quote.
  const restatedKinds = new Map<RegExp, Map<string, string>>(RESTATED_KINDS.map((k) => [k, new Map()]));
  return terms.filter((t) => {
    // One line read by two finders (a table's and the sentences') is one term.
    const at = `${t.line} ${t.value.value} ${t.value.unit}`;
    if (lines.has(at)) return false;
    lines.add(at);
    const key = `${t.value.value} ${t.value.unit} ${t.category.split("-")[0] ?? ""}`;
    const first = quotes.get(key);
    // Lines labelled each with its own data are two terms, however alike their labels' first
    // words ("History of completed reservations: 12 months", then "History of completed on-site
    // consultations: 12 months"); a restatement in other words is one.
    if (first !== undefined && first !== t.quote && !labelledApart(first, t.quote)) return false;
    const period = `${t.value.value} ${t.value.unit}`;
    if (kept.saysAgain(period, t) || translations.saysAgain(period, t)) return false;
    // One setting's default said again with its range ("the venue retention setting (1–60 months
    // per event; default 12 months)", then in an annex "(1–60 months after the event ends; default
    // 12 months)"): one term.
    let ofQuote = settingsOfQuote.get(t.quote);
    if (ofQuote === undefined) settingsOfQuote.set(t.quote, (ofQuote = settingsIn(t.quote, periodSets)));
    const setting = ofQuote.get(period);
    if (setting !== undefined && settings.has(setting)) return false;
    if (setting !== undefined) settings.add(setting);
    // The backups' or the logs' keeping said again in other words ("Persoonsgegevens in
    // geautomatiseerde back-ups worden uiterlijk 90 dagen na beëindiging verwijderd", then "Back-up
    // retentie: 90 dagen"; "Standard server logs ... retained for 14 days", then "- Server logs:
    // rotated, retained 14 days"), unless their lines are labelled apart ("Access logs: 30 days",
    // "Audit logs: 30 days") or say the same words (each about its own section's data, as two
    // sub-processors' rows "temporary transaction logs (max 30 days)").
    for (const [kind, firsts] of restatedKinds) {
      if (!memo.kinds(t.quote).has(kind)) continue;
      const first = firsts.get(period);
      if (first !== undefined && first !== t.quote && !labelledApart(first, t.quote)) return false;
      if (first === undefined) firsts.set(period, t.quote);
    }
    kept.add(period, t);
    translations.add(period, t);
    quotes.set(key, t.quote);
    // One period the same provision of law sets, said in the body and again in an annex
    // ("factures ... : 10 ans, art. L123-22 du Code de commerce", "Factures émises : 10 ans (art.
    // L123-22"), is one term.
    const cited = memo.citations(t.quote);
    if (cited.some((c) => citations.has(`${period} ${c}`))) return false;
    for (const c of cited) citations.add(`${period} ${c}`);
    // "Retained for the term of the Agreement plus grace/deletion periods as per DPA Section 9
    // (90-day grace + 30-day deletion)": a period the clause it refers to has given already is
    // that clause's, said again.
    const inClauses = keptIn.get(period) ?? new Set<string>();
    if (memo.references(t.quote).some((r) => inClauses.has(r))) return false;
    // The clause and each clause it is part of ("9.2" is in "9"), so a reference is one lookup.
    const own = clauseNumber(t.clause.replace(/\s*\(L\d+\)$/, "")).split(".");
    for (let n = 1; n <= own.length && own[0] !== ""; n++) inClauses.add(own.slice(0, n).join("."));
    keptIn.set(period, inClauses);
    return true;
  });
}

/** The kinds of data whose keeping a DPA often says again in other words: its backups, its logs. */
const RESTATED_KINDS: readonly RegExp[] = [KEYWORDS.backup, KEYWORDS.logWord];

/**
 * A bilingual DPA's terms, each said in both languages under the same clause number ("7.
 * Suppression et restitution des données" / "- Suppression complète des données sous 30 jours",
 * then "7. Data Deletion and Return" / "- Complete data deletion within 30 days"): the second
 * saying, with the same period under the same clause number in another language, is a
 * translation, not a second term. Only where both lines' language is told (see languageOf) and
 * the clause has a number: a DPA in one language does not number two clauses alike.
 */
class Translations {
  private readonly languages = new Map<string, Set<LanguageWords>>();
  // Each quote's language, told once: the terms of one long sentence share its quote.
  private readonly quoteLanguage = new Map<string, LanguageWords | undefined>();

  private languageOf(quote: string): LanguageWords | undefined {
    if (!this.quoteLanguage.has(quote)) this.quoteLanguage.set(quote, languageOf(quote));
    return this.quoteLanguage.get(quote);
  }

  saysAgain(period: string, t: { quote: string; clause: string }): boolean {
    const language = this.languageOf(t.quote);
    const said = this.languages.get(translationKey(period, t.clause));
    return language !== undefined && said !== undefined && [...said].some((l) => l !== language);
  }

  add(period: string, t: { quote: string; clause: string }): void {
    const language = this.languageOf(t.quote);
    const key = translationKey(period, t.clause);
    if (language === undefined || key === "") return;
    const said = this.languages.get(key) ?? new Set();
    this.languages.set(key, said.add(language));
  }
}

/** A period and the number of the clause it is said in ("30 days 7"), or "" when the clause has no number. */
function translationKey(period: string, clause: string): string {
  const number = /^\d+(?:\.\d+)*/.exec(clause)?.[0];
  return number === undefined ? "" : `${period} ${number}`;
}

/**
 * The settings a quote's periods are the defaults of, by period ("12 months"): a period named a
 * default where its line gives a range too ("(1–60 months ...; default 12 months)"), the setting
 * named by the default and the line's periods (the same default and range said again is the same
 * setting). A period that is no default, or a line of one period, names none: two settings with
 * the same default and no range may be two kinds of data. `periodSets` numbers each line's set of
 * periods once, so that a line of thousands of periods is joined once, not once per default.
 */
function settingsIn(quote: string, periodSets: Map<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  if (!KEYWORDS.byDefault.test(quote)) return out;
  const periods = findPeriods(quote);
  const key = (p: Period): string => `${p.value} ${p.unit}`;
  const joined = [...new Set(periods.map(key))].sort().join(", ");
  if (!joined.includes(",")) return out;
  let set = periodSets.get(joined);
  if (set === undefined) periodSets.set(joined, (set = periodSets.size));
  for (const own of periods) {
    const near = quote.slice(Math.max(0, own.index - DEFAULT_NEAR), own.index + own.text.length + DEFAULT_NEAR);
    if (KEYWORDS.byDefault.test(near)) out.set(key(own), `${key(own)} of set ${set}`);
  }
  return out;
}

/** How near its period a setting's default is named ("; default 12 months", "30 jours par défaut"). */
const DEFAULT_NEAR = 20;

/** A quote's words, the kinds of data often said again it names, and the provisions it cites: each read once. */
class QuoteReadings {
  private readonly wordSets = new Map<string, Set<string>>();
  private readonly kindSets = new Map<string, Set<RegExp>>();
  private readonly cited = new Map<string, string[]>();
  private readonly referred = new Map<string, string[]>();

  words(quote: string): Set<string> {
    let w = this.wordSets.get(quote);
    if (w === undefined) this.wordSets.set(quote, (w = wordsOf(quote)));
    return w;
  }

  kinds(quote: string): Set<RegExp> {
    let k = this.kindSets.get(quote);
    if (k === undefined) this.kindSets.set(quote, (k = new Set(RESTATED_KINDS.filter((kind) => kind.test(quote)))));
    return k;
  }

  /** The clauses a quote refers to by number ("as per DPA Section 9": "9"). */
  references(quote: string): string[] {
    let r = this.referred.get(quote);
    if (r === undefined) this.referred.set(quote, (r = [...quote.matchAll(CLAUSE_REFERENCE)].map((m) => m[1] ?? "")));
    return r;
  }

  citations(quote: string): string[] {
    let c = this.cited.get(quote);
    if (c === undefined) this.cited.set(quote, (c = citationsOf(quote)));
    return c;
  }
}

/** Quotes under the label of their line (undefined: none), and all of them. */
interface QuotesByLabel {
  all: Set<string>;
  byLabel: Map<string | undefined, Set<string>>;
}

/**
 * A kind of data named in one word, and named so in another term's words with the same period
 * ("automated deletion of old logs (90 days)" in a table of measures, "- Logs: 90 days" in a
 * list): one term, said twice. A category of several words may be part of a wider one
 * ("Engagement metadata, follow-up narratives | 365 days", then "Follow-up narratives | 365-day
 * retention"): two terms. The same words in two places are two terms (two kinds of data, each
 * "kept one year"), and so are two lines labelled apart. The terms kept so far are indexed by
 * period, by their one-word categories and by the words of their quotes, so that each new term is
 * looked up, not compared with every term before it.
 */
class Restatements {
  constructor(private readonly memo: QuoteReadings) {}

  private readonly periods = new Map<string, { byCategory: Map<string, QuotesByLabel>; byWord: Map<string, QuotesByLabel> }>();

  saysAgain(period: string, t: { quote: string; category: string }): boolean {
    const bucket = this.periods.get(period);
    if (!bucket) return false;
    const label = lineLabelOf(t.quote);
    const groups = [
      oneWordCategory(t.category) ? bucket.byWord.get(t.category) : undefined,
      ...[...this.memo.words(t.quote)].map((w) => bucket.byCategory.get(w)),
    ];
    // Another quote than this one, on a line not labelled apart from it.
    const other = (set: Set<string> | undefined): boolean => set !== undefined && (set.size > 1 || (set.size === 1 && !set.has(t.quote)));
    return groups.some(
      (g) => g !== undefined && (label === undefined ? other(g.all) : other(g.byLabel.get(undefined)) || other(g.byLabel.get(label))),
    );
  }

  add(period: string, t: { quote: string; category: string }): void {
    let bucket = this.periods.get(period);
    if (!bucket) this.periods.set(period, (bucket = { byCategory: new Map(), byWord: new Map() }));
    const label = lineLabelOf(t.quote);
    for (const w of this.memo.words(t.quote)) addQuote(bucket.byWord, w, t.quote, label);
    if (oneWordCategory(t.category)) addQuote(bucket.byCategory, t.category, t.quote, label);
  }
}

function addQuote(index: Map<string, QuotesByLabel>, key: string, quote: string, label: string | undefined): void {
  let group = index.get(key);
  if (!group) index.set(key, (group = { all: new Set(), byLabel: new Map() }));
  group.all.add(quote);
  let labelled = group.byLabel.get(label);
  if (!labelled) group.byLabel.set(label, (labelled = new Set()));
  labelled.add(quote);
}

/** A category of one word, of four letters or more, a quote can name ("logs"; not "follow-up-narratives"). */
function oneWordCategory(category: string): boolean {
  return !category.includes("-") && category.length >= 4;
}

/** A quote's words, in lower case, without its emphasis marks: the letters between other characters. */
function wordsOf(quote: string): Set<string> {
  return new Set(
    withoutMarkup(quote)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
}

/** The provisions of law a text cites ("art. L123-22", "§ 147 AO", "Article 17"), each as one token. */
export function citationsOf(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => m[0].toLowerCase().replace(/[\s.]+/g, ""));
}

// A code's letters after a paragraph sign are capitals ("§ 147 AO"), so case counts but for "Art".
const CITATION = /(?:\b[Aa]rt(?:icle|ikel|ículo|icolo)?\.?|§{1,2})\s*[A-Z]?\d+(?:-\d+)*[a-z]?(?:\s+[A-ZÄÖÜ]{2,5}\b)?/gu;
