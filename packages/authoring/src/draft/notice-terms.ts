/**
 * Sub-processor changes: the notice given before one (priorNotice) and the window to object to
 * it (objectionWindow).
 */

import { type Sentence } from "./document.js";
import { type DefinedPeriod, definedPeriods, periodDefinedIn } from "./defined-periods.js";
import { KEYWORDS, phrase } from "./language.js";
import { type FoundPeriod, type Period } from "./periods.js";
import type { Context, Found } from "./term-reading.js";
import {
  aboutSomethingElse,
  asPeriod,
  beforeSomething,
  firstOrContradiction,
  found,
  labelOf,
  pairLabelOf,
  listIntroOf,
  nearHas,
  periodInListAfter,
  periodsOf,
  rowWith,
  textAfter,
} from "./term-reading.js";

/** Right after a period, what it counts from ("of", "after", "nach", "dalla"...). */
const COUNTED_FROM = phrase("countedFrom", "^\\s*(?:", ")\\b", "iu");

/**
 * Whether a period counts from the objection ("unable to reach an agreement within 90 days of
 * receipt of the objection"): a time after the objection was made, not the time to make it.
 */
function fromTheObjection(s: Sentence, p: FoundPeriod): boolean {
  // A defined term in brackets names the period itself ("within fourteen (14) days after having
  // received such notice (“Objection Period”)"), no objection it counts from.
  const after = textAfter(s, p, 80).replace(DEFINED_TERM, "").slice(0, 50);
  // "... innerhalb von 14 Tagen nach Zugang der Mitteilung widersprechen": the verb at the end is
  // the objecting itself, the period counts from the notice.
  const rest = s.text.slice(p.index + p.text.length);
  // "14 days from receipt of the notice to object": the objecting is what the days are for.
  const objection = KEYWORDS.objection.exec(after);
  const forIt = objection !== null && PURPOSE_RIGHT_BEFORE.test(after.slice(0, objection.index));
  return (
    COUNTED_FROM.test(after) &&
    objection !== null &&
    !forIt &&
    !fromTheNotice(after) &&
    !(rest.length <= 140 && KEYWORDS.objectAtEnd.test(rest))
  );
}

/**
 * Whether the words right after a period name the notice it counts from ("binnen 30 dagen na
 * kennisgeving schriftelijk bezwaar maken op redelijke gronden", "within 30 days after
 * notification"): the objection after it is what the days are for, however the sentence ends. A
 * notice of the objection ("after the notification of the objection") is the objection's.
 */
function fromTheNotice(after: string): boolean {
  const m = FROM_THE_NOTICE.exec(after);
  return m !== null && !OF_THE_OBJECTION.test(after.slice(m[0].length));
}

/** Right after a notice's word, that it is the objection's ("of the objection", "van het bezwaar"). */
const OF_THE_OBJECTION = new RegExp(`^\\p{L}*\\s+(?:${KEYWORDS.ofWord.source})\\s*(?:\\p{L}+\\s+)?(?:${KEYWORDS.objection.source})`, "iu");

const FROM_THE_NOTICE = new RegExp(
  `^\\s*(?:${KEYWORDS.countedFrom.source})\\s+(?:\\p{L}+\\s+){0,2}?(?:${KEYWORDS.notice.source}|${KEYWORDS.notify.source})`,
  "iu",
);

/** A defined term in brackets and quotes: ("Objection Period"), (« Période d'opposition »). */
const DEFINED_TERM = /\(\s*[“"‘'«„][^)]{0,60}\)/gu;

/** Right before the objection, what says it is the purpose ("to object", "pour s'opposer", "om bezwaar te maken"). */
const PURPOSE_RIGHT_BEFORE = phrase("purposeWord", "\\b(?:", ")\\s+(?:\\S+\\s+){0,1}$", "iu");

/** The period a sub-processor change must be announced before. */
export function priorNotice(ctx: Context): Found<Period> | undefined {
  const all: Array<Found<Period>> = [];
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("priorNotice", s, verdict);
  for (const [i, s] of ctx.sentences.entries()) {
    const labelled = noticeOfChangesLabel(s);
    if (!KEYWORDS.advance.test(s.text) && !labelled) continue;
    if (!labelled && !nearHas(ctx, s, KEYWORDS.subprocessor)) {
      why(s, "skipped: no sub-processor in it or the paragraphs before it");
      continue;
    }
    // "Such audits shall be subject to:", then "- Prior written notice of at least 30 days.".
    if (KEYWORDS.audit.test(s.text) || KEYWORDS.audit.test(listIntroOf(ctx.sentences, i))) {
      why(s, "skipped: about audits");
      continue;
    }
    // In a table or key-terms list read as one sentence, the period is the notice's own row's.
    const row = rowWith(s, KEYWORDS.advance);
    const text = row ? s.text.slice(row.from, row.to) : s.text;
    // Whether the text speaks of an objection, asked once (a sentence of thousands of periods).
    let objecting: boolean | undefined;
    const p = periodsOf(s).find(
      (x) =>
        (!row || (x.index >= row.from && x.index < row.to)) &&
        (beforeSomething(s, x) || !(objecting ??= KEYWORDS.objection.test(text))) &&
        !aboutSomethingElse(s, x),
    );
    // "... prior written notice of any new sub-processor of at least:", then "- ☒ 30 days".
    const listed = p ? undefined : periodInListAfter(ctx.sentences, i);
    if (p && p.unit !== "hours") {
      all.push(found(s, asPeriod(p), "sentence pattern: sub-processor change announced in advance, with a period", p));
      why(s, `taken: ${p.text}`);
    } else if (listed && listed.p.unit !== "hours") {
      all.push(
        found(
          listed.s,
          asPeriod(listed.p),
          "sentence pattern: sub-processor change announced in advance, its period in the list after",
          listed.p,
        ),
      );
      why(s, `taken: ${listed.p.text}, from the list it introduces`);
    } else why(s, "skipped: no period of notice (none, in hours, or about termination, payment or an alternative)");
  }
  return firstOrContradiction(all);
}

/**
 * Whether a key-terms line or row is labelled as the notice of sub-processor changes ("Sub-processor
 * change notice: 30 days", "| Notice of new sub-processors | 30 days |", "Frist für die Ankündigung
 * neuer Unterauftragnehmer: 4 Wochen"): the label says what the period is, in advance or not. A
 * label about objecting is the objection window's.
 */
function noticeOfChangesLabel(s: Sentence): boolean {
  const label = labelOf(s) || labelLineOf(s);
  return (
    label !== "" &&
    KEYWORDS.subprocessor.test(label) &&
    (KEYWORDS.notice.test(label) || KEYWORDS.notify.test(label)) &&
    !KEYWORDS.objection.test(label)
  );
}

/** The label of a key term written over two lines ("Sub-processor notice", then "30 days"; labelOverValue) when the period is its value, else "". */
function labelLineOf(s: Sentence): string {
  const label = pairLabelOf(s);
  return label !== "" && periodsOf(s).some((x) => x.index >= label.length) ? label : "";
}

/** A defined period's name that says it is an objection's or a notice's ("Objection Period", "Notice Period"). */
const OBJECTION_OR_NOTICE = new RegExp(`${KEYWORDS.objection.source}|${KEYWORDS.notify.source}`, "i");

/**
 * The period the controller has to object to a new sub-processor. `notice` is the prior notice
 * the caller found (priorNotice): an objection due "within the notice period" takes its length,
 * and one due within a period the DPA defines by name ("the Objection Period") takes the definition's.
 */
export function objectionWindow(ctx: Context, notice?: Found<Period>): Found<Period> | undefined {
  const all: Array<Found<Period>> = [];
  // Read only when an objection gives no number of its own.
  let defined: DefinedPeriod[] | undefined;
  for (const [i, s] of ctx.sentences.entries()) {
    if (!KEYWORDS.objection.test(s.text)) continue;
    // "Process objections to legitimate interest-based processing within 10 business days": a data
    // subject's objection (Art. 21 GDPR), unless the sentence names the sub-processor itself.
    if (KEYWORDS.dataSubject.test(s.text) && !KEYWORDS.subprocessor.test(s.text)) {
      ctx.trace?.("objectionWindow", s, "skipped: a data subject's objection to processing, not the controller's to a sub-processor");
      continue;
    }
    if (!nearHas(ctx, s, KEYWORDS.subprocessor)) {
      ctx.trace?.("objectionWindow", s, "skipped: no sub-processor in it or the paragraphs before it");
      continue;
    }
    // A notice given so that the controller can object is the objection window too.
    const toObject = KEYWORDS.noticeToObject.test(s.text);
    // In a table read as one sentence, the period is the objection's own row's ("| Objection period | 14 days |").
    const row = rowWith(s, KEYWORDS.objection);
    const p = periodsOf(s).find(
      (x) =>
        x.unit !== "hours" &&
        (!row || (x.index >= row.from && x.index < row.to)) &&
        (toObject || !beforeSomething(s, x)) &&
        !aboutSomethingElse(s, x) &&
        !fromTheObjection(s, x),
    );
    const how = toObject
      ? "sentence pattern: a notice period given to object to a sub-processor"
      : "sentence pattern: objection to a sub-processor, with a period";
    if (p) all.push(found(s, asPeriod(p), how, p));
    // "The Controller may object to a new sub-processor within:", then "- ☒ 30 days".
    const listed = p ? undefined : periodInListAfter(ctx.sentences, i);
    if (listed && listed.p.unit !== "hours") {
      all.push(
        found(listed.s, asPeriod(listed.p), "sentence pattern: objection to a sub-processor, its period in the list after", listed.p),
      );
      ctx.trace?.("objectionWindow", s, `taken: ${listed.p.text}, from the list it introduces`);
      continue;
    }
    // "within the Objection Period", where "'Objection Period' means fourteen (14) days".
    const named = p ? undefined : periodDefinedIn(s, (defined ??= definedPeriods(ctx.sentences, OBJECTION_OR_NOTICE)));
    if (named && named.p.unit !== "hours")
      all.push(
        found(
          named.s,
          asPeriod(named.p),
          `sentence pattern: objection within "${named.term}", a period the DPA defines (line ${s.line})`,
          named.p,
        ),
      );
    ctx.trace?.(
      "objectionWindow",
      s,
      p
        ? `taken: ${p.text}`
        : "skipped: no window (no period, a notice before the change, or one about termination, payment or an alternative)",
    );
  }
  return firstOrContradiction(all) ?? withinTheNotice(ctx, notice);
}

/**
 * "The Client shall notify the Supplier of such objections within the notice period": an
 * objection due within the notice of the change has the notice's length as its window. So has one
 * "within that period" in the sentence right after the notice's ("... at least ten (10) days
 * before the new Sub-processor begins Processing. Customer may object ... within that period").
 */
function withinTheNotice(ctx: Context, notice: Found<Period> | undefined): Found<Period> | undefined {
  if (!notice || notice.readings) return undefined;
  const s = ctx.sentences.find(
    (x, i) =>
      KEYWORDS.objection.test(x.text) &&
      (KEYWORDS.withinTheNotice.test(x.text) || (KEYWORDS.withinThatPeriod.test(x.text) && ctx.sentences[i - 1]?.text === notice.quote)),
  );
  if (!s || !nearHas(ctx, s, KEYWORDS.subprocessor)) return undefined;
  ctx.trace?.(
    "objectionWindow",
    s,
    `taken: ${notice.value.value} ${notice.value.unit}, the notice period it refers to (line ${notice.line})`,
  );
  return { ...notice, method: `sentence pattern: an objection due within the notice period (the notice: line ${notice.line})` };
}
