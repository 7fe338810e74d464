/**
 * Audits: how many a year the controller may make, and the notice it gives before one.
 */

import { type Sentence } from "./document.js";
import { tableHeader } from "./header-units.js";
import { KEYWORDS } from "./language.js";
import { numberValue, type Period } from "./periods.js";
import type { Context, Found } from "./term-reading.js";
import {
  asPeriod,
  AT_LEAST_RIGHT_BEFORE,
  found,
  labelOf,
  listIntroSentence,
  pairLabelOf,
  nearHas,
  periodsOf,
  RIGHT_AFTER_BEFORE,
  textAfter,
  textBefore,
} from "./term-reading.js";

/** The most audits a year a DPA's cap allows: one a month. */
const MAX_AUDITS_A_YEAR = 12;

/**
 * Whether the text at `at` is inside square brackets that say it is still to be decided ("[una
 * volta l'anno — DA VALIDARE]", "[once a year — TBD]").
 */
function undecidedInBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf("[", at);
  if (open < 0 || text.lastIndexOf("]", at) > open) return false;
  const close = text.indexOf("]", at);
  return close > 0 && KEYWORDS.toBeDecided.test(text.slice(open, close));
}

/** How many audits a year the DPA allows, or that it sets no cap ("at reasonable intervals"). */
export function auditLimit(ctx: Context): { maxPerYear?: Found<number>; uncapped?: Found<boolean> } {
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("auditMaxPerYear", s, verdict);
  for (const [i, s] of ctx.sentences.entries()) {
    // A line labelled as audits ("Audits: Once per year", or "Audits" over "Once per year") limits
    // them as a word of permission would.
    // So does a row of a table of audits ("| Audit | Fréquence |" over "| Conformité RGPD | 1x/an |").
    const label = labelOf(s) || pairLabelOf(s);
    const ofAudits = KEYWORDS.audit.test(label) || KEYWORDS.audit.test(tableHeader(s)?.join(" | ") ?? "");
    // An item of a list reads with the sentence introducing it ("Crescendo need not give access ...
    // for such an audit or inspection:" over "(f) on more than one occasion in any calendar year").
    const intro = listIntroSentence(ctx.sentences, i)?.text ?? "";
    if (!KEYWORDS.permission.test(s.text) && !KEYWORDS.permission.test(intro) && !ofAudits) continue;
    // Emphasis is no word ("no more than **one (1)** time per year").
    const plain = s.text.replace(/[*_`]+/g, "");
    const once = KEYWORDS.onceAYear.exec(plain);
    const times = KEYWORDS.timesAYear.exec(plain);
    // The count is whichever language's group matched ("twice", "zwei", "2x").
    const said = Object.values(times?.groups ?? {}).find((v) => v !== undefined);
    const count = once ? 1 : (numberValue((said ?? "").replace(/^(\d+)\s*x$/i, "$1")) ?? countUnderYearLabel(s));
    // More than one a month is no audit cap ("EUR 1,500 per year" in an audit clause is a price).
    const audits = KEYWORDS.audit.test(s.text);
    if (count === undefined || count <= 0 || count > MAX_AUDITS_A_YEAR) {
      if (audits) why(s, "skipped: no number of audits a year");
      continue;
    }
    // "updated at least once a year" is a floor, never a cap.
    const at = (once ?? times)?.index ?? 0;
    // "massimo **[una volta l'anno — DA VALIDARE]**": a placeholder still to be decided.
    if (undecidedInBrackets(plain, at)) {
      why(s, "skipped: a placeholder in brackets, still to be decided");
      continue;
    }
    if (AT_LEAST_RIGHT_BEFORE.test(plain.slice(Math.max(0, at - 20), at))) {
      why(s, "skipped: a minimum (at least so often a year), not a cap");
      continue;
    }
    // The word audit may be in the clause's heading only ("9. Audits ... no more than once a year").
    if (audits) {
      why(s, `taken: ${count} a year`);
      return { maxPerYear: found(s, count, "sentence pattern: audits limited per year") };
    }
    if (KEYWORDS.audit.test(intro)) {
      why(s, `taken: ${count} a year (an item of a list whose introduction speaks of audits)`);
      return { maxPerYear: found(s, count, "sentence pattern: a yearly limit in a list introduced as about audits") };
    }
    if (nearHas(ctx, s, KEYWORDS.audit)) {
      why(s, `taken: ${count} a year (under a heading or paragraph about audits)`);
      return { maxPerYear: found(s, count, "sentence pattern: a yearly limit under a heading or paragraph about audits") };
    }
    why(s, "skipped: a yearly limit, but nothing here or around it is about audits");
  }
  for (const s of ctx.sentences)
    if (KEYWORDS.audit.test(s.text) && KEYWORDS.auditUncapped.test(s.text)) {
      why(s, "taken: uncapped (reasonable intervals, at any time)");
      return { uncapped: found(s, true, "sentence pattern: audits at reasonable intervals or at any time (no yearly cap)") };
    }
  return {};
}

/**
 * The count a label of audits a year gives ("Audits per year: 1", "| Maximum number of audits per
 * year | 1 |"): the label says what is counted and over what, the value is only the number.
 */
function countUnderYearLabel(s: Sentence): number | undefined {
  const label = labelOf(s);
  if (!KEYWORDS.audit.test(label) || !KEYWORDS.perYear.test(label)) return undefined;
  const value = s.text.slice(label.length).replace(/[|*]/g, "").trim();
  return /^\S+(?: \(\d+\))?$/.test(value) ? numberValue(value.replace(/ \(\d+\)$/, "")) : undefined;
}

/** The notice an audit needs: a period before the audit in an audit clause. */
export function auditNotice(ctx: Context): Found<Period> | undefined {
  for (const s of ctx.sentences) {
    if (!KEYWORDS.auditClause.test(`${s.text} ${s.paragraph.clause}`)) continue;
    if (KEYWORDS.subprocessor.test(s.text) && !/audit/i.test(s.text)) continue;
    const p = periodsOf(s).find((x) => {
      const after = textAfter(s, x, 40);
      const before = textBefore(s, x, 40);
      return RIGHT_AFTER_BEFORE.test(after) || KEYWORDS.noticeWord.test(before + after);
    });
    if (p) {
      ctx.trace?.("auditNotice", s, `taken: ${p.text}`);
      return found(s, asPeriod(p), "sentence pattern: audit requested a period before it takes place", p);
    }
    if (periodsOf(s).length > 0) ctx.trace?.("auditNotice", s, "skipped: a period, but not one of notice before the audit");
  }
  return undefined;
}
