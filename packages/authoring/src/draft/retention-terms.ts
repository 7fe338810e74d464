/**
 * Retention periods in the DPA's sentences: how long each kind of data is kept, or when it is
 * deleted, and the periods that are no keeping (the law's, an answer's, a notice's).
 */

import {
  BOLD_LINE,
  BULLET,
  headingLike,
  type Paragraph,
  paragraphLines,
  type Sentence,
  SEPARATOR_ROW,
  tableRows,
  withoutMarkup,
} from "./document.js";
import { everywhere, KEYWORDS, phrase } from "./language.js";
import { countIn, findPeriods, type FoundPeriod, type Period } from "./periods.js";
import { citationsOf } from "./retention-restated.js";
import { aRecoveryObjective, categoryOf, retentionHeader } from "./retention-table.js";
import { afterLastMark, firstMarkFrom, marksBefore } from "./sentence-marks.js";
import type { Context, Found } from "./term-reading.js";
import {
  anExample,
  asPeriod,
  aLeastTime,
  clauseOf,
  found,
  LABEL_BEFORE,
  labelOf,
  LINE_OPENING,
  listIntroOf,
  listIntroSentence,
  nearHas,
  periodFollows,
  onListLine,
  ONLY_AFTER_RIGHT_BEFORE,
  paragraphRightAfter,
  RIGHT_AFTER_BEFORE,
  periodsOf,
  textAfter,
  textBefore,
} from "./term-reading.js";

/**
 * Right after a period, a deleting it counts from ("nach Löschung", "after deletion"), its phrase's
 * last word; not one that comes next ("12 months after termination then deletion").
 */
const FROM_THE_DELETING = new RegExp(
  `^\\s*(?:${KEYWORDS.countedFrom.source})\\s+(?:(?!(?:${KEYWORDS.thenWord.source})\\s)\\p{L}+\\s+){0,2}?(?:${KEYWORDS.deleting.source})\\p{L}*(?=\\s*(?:$|[.,;:/)]))`,
  "iu",
);

/**
 * Whether a period counts from the deleting ("Certificate issued within 14 days after deletion"):
 * the time of another act once the data is gone, not how long the data is kept. "Within 30 days
 * after a deletion request" is the deleting's own deadline, and so is "purged from backups within
 * 90 days of deletion" (a deleting before the period): both stay.
 */
function fromTheDeleting(s: Sentence, p: FoundPeriod): boolean {
  return FROM_THE_DELETING.test(textAfter(s, p, 60));
}

/**
 * Whether a period is when a deleting begins ("| **30 days** | Automated deletion from production
 * systems begins |", "Deletion begins after 30 days and completes within 90 days": the 30 days),
 * or a table's answer time ("| **Erasure** | Provide deletion functionality | 48 hours |" under
 * "| Right | Action | Response Time |"): neither is how long data is kept.
 */
function whenADeletingBeginsOrAnAnswer(s: Sentence, x: FoundPeriod): boolean {
  const after = textAfter(s, x, BEGINS_REACH);
  const near = `${textBefore(s, x, BEGINS_BEFORE)} ${after.slice(0, findPeriods(after)[0]?.index ?? after.length)}`;
  return KEYWORDS.begins.test(near) || KEYWORDS.answerTime.test(columnHeaderOf(s, x));
}

/** How far after a period, and before it, a deleting's beginning is looked for. */
const BEGINS_REACH = 80;
const BEGINS_BEFORE = 30;

/**
 * The header of the table column a period is in, when its sentence is a table row ("| Right |
 * Action | Response Time |" over "| Erasure | ... | 48 hours |"), else "". Rows and header are
 * split at their bars alike, with or without bars at their ends.
 */
function columnHeaderOf(s: Sentence, x: FoundPeriod): string {
  if (!s.text.includes("|")) return "";
  const header = headerCells(s.paragraph);
  if (header.length === 0 || s.line === s.paragraph.lines[0]) return "";
  // The bars before the period, found once a sentence: a row of many periods stays linear.
  return header[marksBefore(s, BAR, x.index)] ?? "";
}

const BAR = /\|/g;

/** A table paragraph's header cells split at their bars (kept per paragraph), or none when it is no table. */
function headerCells(p: Paragraph): readonly string[] {
  let cells = HEADER_CELLS.get(p);
  if (!cells) {
    const lines = paragraphLines(p);
    cells = lines.length >= 3 && SEPARATOR_ROW.test((lines[1] ?? "").trim()) ? (lines[0] ?? "").split("|") : [];
    HEADER_CELLS.set(p, cells);
  }
  return cells;
}

const HEADER_CELLS = new WeakMap<Paragraph, readonly string[]>();

/**
 * Whether a period is the law's keeping, not the agreement's: a statute's period in a clause that
 * reserves the law's duties (`reserved`: where the reservation ends, see lawsOwnKeeping), a period
 * that follows the reservation with no keeping or deleting of the agreement's between ("per il
 * periodo di conservazione obbligatoria ... previsto dalla normativa vigente (attualmente 10 anni
 * ...)"), or a period the law imposes where it applies ("l'audit log conservato per la durata di 10
 * anni ove imposto da normativa di settore").
 */
function theLawsKeeping(s: Sentence, x: FoundPeriod, reserved: number | undefined): boolean {
  if (reserved !== undefined && (lawsOwnKeeping(s, x) || afterTheReservation(s, x, reserved))) return true;
  return LAW_REQUIRES_RIGHT_AFTER.test(textAfter(s, x, LAW_REQUIRES_REACH));
}

/** Whether a period comes right after the law's reservation (ending at `end`), no keeping or deleting between. */
function afterTheReservation(s: Sentence, x: FoundPeriod, end: number): boolean {
  if (x.index < end || x.index - end > RESERVED_REACH) return false;
  const between = s.text.slice(end, x.index);
  return !KEYWORDS.retention.test(between) && !KEYWORDS.deleting.test(between);
}

/** How far after the law's reservation its period may come. */
const RESERVED_REACH = 80;

/**
 * "where required by law" right after a period, or after the one verb that ends its clause ("10
 * Jahre aufbewahrt, soweit gesetzlich vorgeschrieben"), and how far it is read.
 */
const LAW_REQUIRES_RIGHT_AFTER = phrase("lawRequires", "^[\\s,]*(?:\\p{L}+[\\s,]+)?(?:", ")(?![\\p{L}])", "iu");
const LAW_REQUIRES_REACH = 80;

/** Counts with slashes right before a period ("6/12/24 months", "30 / 60 / 90 days"): options. */
const OPTIONS_BEFORE = /\d\s*\/\s*$/;

/** A range's first bound and its joining word right before a period ("1–60 months", "1 to 60 months"). */
const RANGE_BEFORE = phrase("rangeTo", "\\d\\s*(?:[-–—]|(?:", ")(?![\\p{L}]))\\s*$", "iu");

/** How far after a range a setting's default is read ("(1–60 months per event; default 12 months)"). */
const DEFAULT_REACH = 40;

/** How far before a setting's default the keeping it is the default of is read. */
const SETTING_REACH = 200;

/**
 * Whether a period is the upper bound of a setting's range, its default named right after
 * ("the venue retention setting (1–60 months per event; default 12 months)"): the customer
 * chooses within the range, the default is the keeping until it does.
 */
function aSettingsBound(s: Sentence, x: FoundPeriod): boolean {
  return RANGE_BEFORE.test(textBefore(s, x, 12)) && KEYWORDS.byDefault.test(textAfter(s, x, DEFAULT_REACH));
}

/**
 * Whether a period is the default of a keeping the sentence sets before it ("Logs are kept for 7
 * to 90 days, by default 30 days", "conservés de 7 à 90 jours, 30 jours par défaut"): the
 * keeping's period until the customer sets another.
 */
function aSettingsDefault(s: Sentence, x: FoundPeriod): boolean {
  const near = `${textBefore(s, x, DEFAULT_REACH / 2)} ${textAfter(s, x, DEFAULT_REACH / 2)}`;
  // The keeping's words in a bounded stretch before it: a sentence of thousands of periods is not
  // read back to its start for each.
  return KEYWORDS.byDefault.test(near) && KEYWORDS.retention.test(textBefore(s, x, SETTING_REACH));
}

/**
 * Whether the data a period keeps is anonymous: named so before it ("Les données anonymisées ...
 * peuvent être conservées 3 ans"), or kept "in anonymised form" after it with nothing deleted in
 * its part ("Belege innerhalb der 10-Jahres-Frist (§ 147 AO) — Rückgabe an Kunden oder
 * Aufbewahrung in anonymisierter Form"). "Deleted after 30 days, then kept in anonymised form"
 * deletes within its period: a keeping.
 */
function anonymousKeeping(s: Sentence, x: FoundPeriod): boolean {
  const { before, after } = partAround(s, x);
  if (KEYWORDS.anonymousData.test(before.slice(-ANONYMOUS_REACH))) return true;
  // Anonymising is a deleting word ("anonymisier"): the anonymous form itself is not one.
  const rest = (before + after).replace(ANONYMOUS_WORDS, " ");
  return KEYWORDS.anonymousData.test(after.slice(0, ANONYMOUS_REACH)) && !KEYWORDS.deleting.test(rest);
}

/**
 * A clause opening with "and" or "or" after its comma and naming backups or logs within its next
 * few words ("..., and from backup systems within 90 days", "..., et des sauvegardes sous 90
 * jours"): no verb or party of its own comes first.
 */
const COORDINATED_STORE = new RegExp(
  `^[\\s,]*(?:${KEYWORDS.andOr.source})\\s+(?:\\S+\\s+){0,3}?(?:${KEYWORDS.backup.source}|${KEYWORDS.logWord.source})`,
  "iu",
);

/**
 * Whether a period is the backups' or the logs' in a clause that goes on with the keeping or
 * deleting before it, its verb left out: "shall delete all Personal Data from its active systems
 * within 60 days, and from backup systems within 90 days".
 */
function backupsGoOnWithIt(s: Sentence, x: FoundPeriod): boolean {
  return COORDINATED_STORE.test(clauseOf(s, x)) && KEYWORDS.retention.test(partAround(s, x).before);
}

/** Retention periods: a period in a sentence about keeping or deleting data, with the words it is about. */
export function retention(ctx: Context): Array<Found<Period> & { category: string }> {
  const out: Array<Found<Period> & { category: string }> = [];
  for (const [i, s] of ctx.sentences.entries()) {
    // A sentence about keeping data, or a retention cell.
    const label = retentionLabelOver(ctx.sentences, i);
    const underHeading = retentionCell(ctx, s) || label !== "";
    const backups = backupsLine(s);
    if (!KEYWORDS.retention.test(s.text) && !underHeading && !backups) continue;
    const other = notAKeeping(ctx.sentences, i, underHeading || backups !== undefined);
    if (other) {
      ctx.trace?.("retention", s, `skipped: ${other}`);
      continue;
    }
    // A retention table's rows are the table reader's (each row once).
    if (s.text.includes("|") && retentionHeader(s.paragraph) >= 0) continue;
    // A period after words about sub-processors, breaches, objections, audits or secrecy is theirs
    // ("notify of the removal of sub-processors at least ten working days before"); a deleting
    // that names sub-processors after its period ("delete ... the data Processed by Vendor and its
    // Subprocessors") is still a deleting.
    const before = ctx.sentences[i - 1];
    const ofBackups = KEYWORDS.backup.test(s.text) || (before?.paragraph === s.paragraph && KEYWORDS.backup.test(before.text));
    const periods = ofBackups ? withRotations(s, periodsOf(s)) : periodsOf(s);
    if (periods.length > 0 && periods.every((x) => anotherActsPeriod(s, x))) {
      ctx.trace?.("retention", s, "skipped: about sub-processors, breaches, objections, audits or confidentiality");
      continue;
    }
    // Hours are a retention period only for deleting ("deleted within 72 hours"), not for keeping;
    // a list's items are deletings when its label is one ("Data is deleted automatically:").
    const deletes = KEYWORDS.deleting.test(s.text) || KEYWORDS.deleting.test(label);
    // The period must be the keeping's or the deleting's, not another act's in the same sentence
    // ("shall inform ... of its choice within 30 days, otherwise the data are destroyed").
    // Asked once a sentence, not once a period (a sentence of thousands of periods).
    const reservation = KEYWORDS.lawReserved.exec(s.text);
    const reserved = reservation ? reservation.index + reservation[0].length : undefined;
    const eligible = periods.filter((x) => aKeepingsPeriod(s, x, { reserved, deletes, underHeading, backups }));
    // A total after the periods it sums ("... deletion within 60 days; 90 days total") is the keeping's too.
    const total = periods.find((x) => aTotal(s, x) && !anotherActsPeriod(s, x));
    // Each keeping the sentence gives ("from active systems within 30 days and from backups within
    // 180 days"), unless one is their total.
    const taken = eligible.length === 0 ? [] : total ? [total] : eligible;
    // The sentence's category, read once for all its keepings (a sentence of thousands of them).
    const category = taken.length > 0 ? categoryOf(s.text) : "";
    for (const x of taken) {
      if (endOfTheKeepingBefore(ctx, i, x, out.at(-1))) {
        ctx.trace?.("retention", s, `skipped: ${x.text}, the end of the keeping the sentence before states`);
        continue;
      }
      ctx.trace?.("retention", s, `taken: ${x.text}`);
      out.push({ ...found(s, asPeriod(x), "sentence pattern: data kept or deleted within a period", x), category });
    }
    if (taken.length > 0) continue;
    const elsewhere =
      deletingAtTimelinePoint(ctx, s, periods, deletes) ??
      periodReferredTo(ctx, i, periods, deletes) ??
      periodOfItsIntroduction(ctx, i, periods, deletes);
    if (elsewhere) {
      out.push({ ...elsewhere, category: categoryOf(s.text) });
      continue;
    }
    ctx.trace?.("retention", s, "skipped: no period of keeping or deleting in the clause that speaks of it");
  }
  return out;
}

/**
 * Whether a period of a sentence about keeping or deleting is a keeping's: not another act's, an
 * example, a least time, options, the law's keeping, an answer's time, and in the clause that keeps
 * or deletes (or under a retention heading: `underHeading`; or the backups' line's: `backups`).
 * `reserved`: where the sentence's reservation of the law's keeping duties ends (undefined: none);
 * `deletes`: it deletes (hours count).
 */
function aKeepingsPeriod(
  s: Sentence,
  x: FoundPeriod,
  how: { reserved: number | undefined; deletes: boolean; underHeading: boolean; backups: FoundPeriod | undefined },
): boolean {
  const { reserved, deletes, underHeading, backups } = how;
  return (
    !anotherActsPeriod(s, x) &&
    !anExample(s, x) &&
    // "Aufbewahrung ... von mindestens drei Jahren": a least time kept is no limit.
    !aLeastTime(s.text, x) &&
    !ONLY_AFTER_RIGHT_BEFORE.test(textBefore(s, x, 40)) &&
    !aRecoveryObjective(s.text, x.index) &&
    // "6/12/24 meses o indefinido": options to choose from, none of them the keeping.
    !OPTIONS_BEFORE.test(textBefore(s, x, 12)) &&
    !aSettingsBound(s, x) &&
    !theLawsKeeping(s, x, reserved) &&
    !whenADeletingBeginsOrAnAnswer(s, x) &&
    // "Les données anonymisées ... peuvent être conservées 3 ans": no personal data is kept.
    !anonymousKeeping(s, x) &&
    !(fromTheDeleting(s, x) && !keptOrDeletedBefore(s, x)) &&
    !aConfirmationDeadline(s, x) &&
    !countedBackFromADeleting(s, x) &&
    // "Si el Cliente no responde en los 15 días, se aplicará por defecto la supresión", "In the
    // absence of any expression within 30 days, deletion applies": the days are the answer's,
    // the deleting what follows when none comes.
    !KEYWORDS.noReply.test(partAround(s, x).before) &&
    !anAnswersTime(s, x) &&
    (x.unit !== "hours" || deletes) &&
    (underHeading ||
      x === backups ||
      KEYWORDS.retention.test(clauseOf(s, x)) ||
      labelledKeeping(s, x) ||
      keptOrDeletedBefore(s, x) ||
      deletedAfter(s, x) ||
      labelsADeleting(s, x) ||
      detailOfADeleting(s, x) ||
      aSettingsDefault(s, x) ||
      backupsGoOnWithIt(s, x))
  );
}

/**
 * "Sieben Tage vor der Löschung weist das Dashboard darauf hin", "we send a reminder 7 days before
 * the data is deleted": a period right before a word for before and a deleting is counted back from
 * that deleting, the time of something done ahead of it, not a keeping. Unless a keeping or
 * deleting verb comes before the period ("kept for 30 days before deletion") or a keeping verb after
 * the deleting ("30 Tage vor der endgültigen Löschung aufbewahrt"), or a label names what is kept.
 */
function countedBackFromADeleting(s: Sentence, x: FoundPeriod): boolean {
  const { after } = partAround(s, x);
  const before = RIGHT_AFTER_BEFORE.exec(after);
  if (!before) return false;
  const rest = after.slice(before[0].length);
  const deleting = KEYWORDS.deleting.exec(rest.slice(0, DELETING_RIGHT_AFTER));
  // "- Backups: 30 days before deletion": a label names what is kept.
  if (!deleting || LABEL_BEFORE.test(textBefore(s, x, 70))) return false;
  const keptAfter = [...rest.slice(deleting.index + deleting[0].length).matchAll(KEEPING_WORDS)].some((m) => !KEYWORDS.deleting.test(m[0]));
  return !keptAfter && !keptOrDeletedBefore(s, x);
}

/** How far after the word for before the deleting it counts back from is looked for. */
const DELETING_RIGHT_AFTER = 30;

/**
 * Whether a deleting after a period ends the keeping the sentence right before states for the same
 * period: "Il Responsabile conserva i dati per 90 giorni dopo la cessazione", then "Trascorsi 90
 * giorni, i dati sono eliminati" (one keeping, said as its length and then as its end).
 */
function endOfTheKeepingBefore(ctx: Context, i: number, x: FoundPeriod, last: Found<Period> | undefined): boolean {
  const s = ctx.sentences[i] as Sentence;
  return (
    last !== undefined &&
    last.quote === ctx.sentences[i - 1]?.text &&
    last.value.value === x.value &&
    last.value.unit === x.unit &&
    !KEYWORDS.deleting.test(last.quote) &&
    deletedAfter(s, x)
  );
}

/**
 * A retention period sentence i refers to without giving it in its own words: "that period" after
 * the period it names ("The Customer has 30 days to retrieve its data; after that period, the data
 * is deleted"), or the period of the sentence before ("After said period, the Processor shall
 * delete ..."), or, for a deleting without a period, the next sentence's going on with it
 * ("Processor shall delete all Customer Data. It shall do so within 30 days.").
 */
function periodReferredTo(ctx: Context, i: number, periods: readonly FoundPeriod[], deletes: boolean): Found<Period> | undefined {
  const s = ctx.sentences[i] as Sentence;
  const that = KEYWORDS.thatPeriod.exec(s.text);
  const named = that ? periods.filter((x) => x.index < that.index && x.unit !== "hours").at(-1) : undefined;
  if (that && named && KEYWORDS.deleting.test(s.text.slice(that.index))) {
    ctx.trace?.("retention", s, `taken: ${named.text}, the period "${that[0]}" refers to`);
    return found(s, asPeriod(named), "sentence pattern: data deleted after a period named before it", named);
  }
  // "Danach", "then", "Después de la entrega": a deleting said after what comes before it.
  const refersBack = that !== null || THEN.test(s.text);
  const earlier = refersBack && periods.length === 0 ? periodBefore(ctx, s) : undefined;
  if (earlier) {
    ctx.trace?.("retention", s, `taken: ${earlier.period.text}, the period the sentence on line ${earlier.sentence.line} names`);
    return found(
      earlier.sentence,
      asPeriod(earlier.period),
      `sentence pattern: data deleted after a period named before it (line ${s.line})`,
      earlier.period,
    );
  }
  const bounded = deletes && periods.length === 0 && refersBack ? limitRightBefore(ctx.sentences, i) : undefined;
  if (bounded) {
    ctx.trace?.("retention", s, `taken: ${bounded.text}, the limit the sentence before sets, which this deleting follows`);
    const before = ctx.sentences[i - 1] as Sentence;
    return found(
      before,
      asPeriod(bounded),
      `sentence pattern: data deleted after the limit the sentence before sets (the deleting: line ${s.line})`,
      bounded,
    );
  }
  const broken = deletes && periods.length === 0 ? periodAfterTheList(ctx.sentences, i) : undefined;
  if (broken) {
    ctx.trace?.("retention", s, `taken: ${broken.text}, from the words after the list, which end this item's sentence`);
    return found(
      ctx.sentences[i + 1] as Sentence,
      asPeriod(broken),
      `sentence pattern: data deleted, its period after the list that broke its sentence (the deleting: line ${s.line})`,
      broken,
    );
  }
  const after = deletes && periods.length === 0 ? periodOfTheSameAct(ctx.sentences, i) : undefined;
  if (after) {
    ctx.trace?.("retention", s, `taken: ${after.text}, from the sentence after, which goes on with this deleting`);
    const next = ctx.sentences[i + 1] as Sentence;
    return found(
      next,
      asPeriod(after),
      `sentence pattern: data deleted, its period in the sentence after (the deleting: line ${s.line})`,
      after,
    );
  }
  return undefined;
}

/**
 * The period of the sentence after sentence i, in its paragraph or opening the next one, when that
 * sentence goes on with sentence i's act ("It shall do so within 30 days", "Processor will comply
 * with such request within 14 days", "Dies erfolgt innerhalb von 4 Wochen", "**4.g.2** Le
 * operazioni di cui al comma 4.g.1 vengono eseguite entro trenta (30) giorni") and speaks of
 * nothing else: a sentence with words of its own about keeping or deleting is read for itself, one
 * about a sub-processor, a breach, an objection or an audit is theirs.
 */
function periodOfTheSameAct(sentences: readonly Sentence[], i: number): FoundPeriod | undefined {
  const next = sentences[i + 1];
  const here = sentences[i] as Sentence;
  if (!next || (next.paragraph !== here.paragraph && !paragraphRightAfter(next, here)) || KEYWORDS.retention.test(next.text))
    return undefined;
  if (!KEYWORDS.sameAct.test(withoutMarkup(next.text.replace(LINE_OPENING, "")).replace(CLAUSE_NUMBER, "").slice(0, 80))) return undefined;
  return ownPeriodOf(next);
}

/** A clause's number opening a sentence ("4.g.2 ", "7.1. "): no word of it. */
const CLAUSE_NUMBER = /^\s*\d+(?:\.[\da-z]+)*\.?\s+/i;

/** A sentence's first period that is neither another term's nor an example's. */
function ownPeriodOf(s: Sentence): FoundPeriod | undefined {
  return periodsOf(s).find((x) => !anotherActsPeriod(s, x) && !anExample(s, x));
}

/**
 * The period of a sentence a list broke: the list's last item deletes and does not end the
 * sentence ("- Suprimirá los datos personales y las copias existentes,"), and the words after the
 * list go on with it in lower case ("en un plazo máximo de 60 días, salvo que ..."): their period
 * is the deleting's.
 */
function periodAfterTheList(sentences: readonly Sentence[], i: number): FoundPeriod | undefined {
  const s = sentences[i] as Sentence;
  const next = sentences[i + 1];
  if (!next || !onListLine(s) || onListLine(next) || /[.!?:]\s*$/.test(withoutMarkup(s.text))) return undefined;
  if (next.paragraph.index - s.paragraph.index > 1 || !/^\p{Ll}/u.test(withoutMarkup(next.text).trimStart())) return undefined;
  return ownPeriodOf(next);
}

/**
 * Whether the words right before a period make it the time to answer ("El plazo de respuesta es de
 * 30 días", "Response time: 5 days"), with no keeping or deleting between them and the period.
 */
function anAnswersTime(s: Sentence, x: FoundPeriod): boolean {
  const { before, after } = partAround(s, x);
  const near = before.slice(-ANSWER_WORDS_REACH);
  const answer = [...near.matchAll(ANSWER_WORDS)].at(-1);
  if (answer !== undefined && !KEYWORDS.retention.test(near.slice(answer.index))) return true;
  // "forwards requests received directly to the Broker within 3 business days": a request passed
  // on. The words may close after the period ("leitet Anfragen ... innerhalb von 3 Werktagen an den
  // Auftraggeber weiter"); they must open before it, no keeping or deleting between.
  const forwarded = [...`${before}${x.text}${after}`.matchAll(FORWARD_WORDS)].filter((m) => m.index < before.length).at(-1);
  return forwarded !== undefined && !KEYWORDS.retention.test(before.slice(forwarded.index));
}

/** How far before a period the words of a time to answer are read. */
const ANSWER_WORDS_REACH = 50;

/** Words of other terms: a period after them is theirs, not a keeping's. */
const OTHER_TERMS = (["subprocessor", "breach", "objection", "audit", "confidential"] as const).map(everywhere);
const SUBPROCESSOR_WORDS = everywhere("subprocessor");
/** Every word of a deleting, of a time to answer, of rectification, in a text: built once, not for each period. */
const DELETING_WORDS = everywhere("deleting");
const ANSWER_WORDS = everywhere("answerTime");
const ANONYMOUS_WORDS = everywhere("anonymousData");
const FORWARD_WORDS = everywhere("forwardsRequest");
const RECTIFICATION_WORDS = everywhere("rectification");

/**
 * Whether a period follows words about sub-processors, breaches, objections, audits or secrecy in
 * its part of the sentence (up to the semicolon or colon before it): theirs ("notify of the
 * removal of sub-processors at least ten working days before"). Not when a keeping or deleting
 * verb comes after those words, right before the period: "Les journaux d'incidents de sécurité
 * sont conservés 1 an" keeps the incidents' logs.
 */
function anotherActsPeriod(s: Sentence, x: FoundPeriod): boolean {
  const before = partAround(s, x).before;
  // Where the last of those words ends ("accidental ... destruction, loss" is one breach).
  const other = Math.max(
    -1,
    ...OTHER_TERMS.map((re) => {
      const last = [...before.matchAll(re)].at(-1);
      return last ? last.index + last[0].length : -1;
    }),
  );
  if (other < 0) return false;
  const keeping = [...before.matchAll(KEEPING_WORDS)].at(-1)?.index ?? -1;
  if (keeping >= other && keptOrDeletedBefore(s, x)) return false;
  return !deletedAtTheSubprocessors(before, other);
}

/**
 * Whether the last words about other terms before a period are the sub-processors a deleting
 * before them reaches ("cancellerà tutti i Dati Personali dai propri sistemi e da quelli dei
 * Sub-responsabili entro 30 giorni", "delete all data from its systems and those of its
 * sub-processors within 30 days"): where the data is deleted, the period the deleting's. Not when
 * a notice comes between ("delete the data and notify its sub-processors within 10 days").
 */
function deletedAtTheSubprocessors(before: string, otherEnd: number): boolean {
  const subprocessor = [...before.matchAll(SUBPROCESSOR_WORDS)].at(-1);
  if (!subprocessor || subprocessor.index + subprocessor[0].length !== otherEnd) return false;
  const deleting = [...before.slice(0, subprocessor.index).matchAll(DELETING_WORDS)].at(-1);
  if (!deleting) return false;
  const between = before.slice(deleting.index, subprocessor.index);
  return !KEYWORDS.notify.test(between) && !KEYWORDS.objection.test(between);
}

const TOTAL_AFTER = new RegExp(`^\\s*(?:${KEYWORDS.totalWord.source})`, "iu");
const TOTAL_BEFORE = new RegExp(`(?:${KEYWORDS.totalWord.source})(?:\\s+\\p{L}{1,3})?\\s*$`, "iu");

/**
 * Whether a period is the sum of the others its sentence gives ("30-day export window followed
 * by deletion within 60 days; 90 days total", "a total of 90 days", "insgesamt 90 Tage"): the
 * longest the data is kept, so the one taken.
 */
function aTotal(s: Sentence, x: FoundPeriod): boolean {
  return TOTAL_AFTER.test(textAfter(s, x, 16)) || TOTAL_BEFORE.test(textBefore(s, x, 16));
}

/**
 * Whether a period is the deadline of a written confirmation that names the deleting only as its
 * object ("shall certify in writing the completion of return or deletion within 30 days of
 * termination"): how soon the confirmation comes, not how long data is kept. A deleting before the
 * confirmation ("shall delete and certify the deletion within 30 days") keeps the period its own.
 */
function aConfirmationDeadline(s: Sentence, x: FoundPeriod): boolean {
  const { before, after } = partAround(s, x);
  const confirms = KEYWORDS.certifying.exec(before);
  if (confirms !== null && !KEYWORDS.deleting.test(before.slice(0, confirms.index))) return true;
  // "Après l'opération de restitution ou de destruction, le ST délivre au RT, dans les 15 jours
  // calendaires suivants, une attestation écrite certifiant ...": what is given within the period
  // is the confirmation, when no deleting before it is timed by it ("deletes all data within 30
  // days and provides a certificate" keeps its period); a deleting it counts from is none.
  // "within 5 business days ... certifiably delete": a deleting right after the word is the act.
  const next = KEYWORDS.certifying.exec(after.slice(0, CONFIRMATION_AFTER));
  if (next === null || KEYWORDS.deleting.test(after.slice(0, next.index + next[0].length + 20))) return false;
  return [...before.matchAll(DELETING_WORDS)].every((d) =>
    COUNTED_FROM_BEFORE.test(before.slice(Math.max(0, d.index - COUNTED_FROM_REACH), d.index)),
  );
}

/** A word a period counts from, shortly before a deleting ("Après l'opération de restitution ou de destruction"). */
const COUNTED_FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${KEYWORDS.countedFrom.source})(?![\\p{L}])`, "iu");
const COUNTED_FROM_REACH = 40;

/** How far after a period the confirmation given within it may be named. */
const CONFIRMATION_AFTER = 60;

/**
 * A line labelled as the backups ("- **Sauvegardes chiffrées** : Backups quotidiens (3 copies, 3
 * sites, 90 jours)"), whose one period of days or more is how long they are kept (that period, or
 * undefined): none said how often ("restore tested every 6 months").
 */
function backupsLine(s: Sentence): FoundPeriod | undefined {
  const label = labelOf(s);
  return label !== "" && KEYWORDS.backup.test(label) ? backupsPeriod(s) : undefined;
}

/** Each unit a rotation of backups may be counted in, with the words for it in every language. */
const ROTATIONS: ReadonlyArray<[RegExp, Period["unit"], number]> = (
  [
    ["rotationDay", "days", 1],
    ["rotationWeek", "days", 7],
    ["rotationMonth", "months", 1],
    ["rotationYear", "years", 1],
  ] as const
).map(([concept, unit, times]) => [
  new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,3})\\s+(?:[\\p{L}-]+\\s+)?(?:${KEYWORDS[concept].source})(?![\\p{L}])`, "giu"),
  unit,
  times,
]);

/**
 * A sentence's periods with the counts of a rotation of backups among them ("retention of 30 daily
 * and 12 monthly sets", "Aufbewahrung von 30 Tagesständen und 12 Monatsständen"): a count of daily
 * sets is that many days, of monthly ones that many months. Asked only where the sentence, or the
 * one before it in its paragraph, speaks of backups.
 */
function withRotations(s: Sentence, periods: FoundPeriod[]): FoundPeriod[] {
  // "taken 3 times daily" is how often, not how many are kept.
  const rotations = ROTATIONS.flatMap(([re, unit, times]) =>
    [...s.text.matchAll(re)]
      .filter((m) => !KEYWORDS.rateBefore.test(m[0].replace(/\s*\S+$/, "")))
      .map((m): FoundPeriod => ({ value: Number(m[1]) * times, unit, index: m.index ?? 0, text: m[0] })),
  );
  return rotations.length === 0 ? periods : [...periods, ...rotations].sort((a, b) => a.index - b.index);
}

function backupsPeriod(s: Sentence): FoundPeriod | undefined {
  const long = periodsOf(s).filter((x) => x.unit !== "hours");
  const [only] = long;
  return long.length === 1 && only && !EVERY_RIGHT_BEFORE.test(textBefore(s, only, 16)) ? only : undefined;
}

/** Right before a period, how often ("every", "tous les", "alle"). */
const EVERY_RIGHT_BEFORE = phrase("everyWord", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/**
 * "Within 30 days of contract termination, VocalIA shall:" over "1. Delete all Personal Data ...": a
 * list's introduction gives the period its first deleting item has none of. The introduction's one
 * period, not about keeping (that one it states itself), nor another act's; later items ("3. Provide
 * written confirmation of deletion") are that deleting's too, not another keeping.
 */
function periodOfItsIntroduction(ctx: Context, i: number, periods: readonly FoundPeriod[], deletes: boolean): Found<Period> | undefined {
  const intro = deletes && periods.length === 0 ? listIntroSentence(ctx.sentences, i) : undefined;
  if (!intro || KEYWORDS.retention.test(intro.text)) return undefined;
  // The introduction is a few sentences up (LIST_ITEMS at most): found walking back, not by a
  // search of the whole draft for each item (a draft of thousands of them stays linear).
  let first = i;
  while (first > 0 && ctx.sentences[first - 1] !== intro) first--;
  if (ctx.sentences.slice(first, i).some((x) => KEYWORDS.deleting.test(x.text))) return undefined;
  // "A scelta del Titolare, ... Coralyn:" over "- **restituisce** i dati ...; oppure" and "- li
  // **cancella**": items that are choices, the deleting one of them, keep nothing for sure.
  if (ctx.sentences.slice(first, i + 1).some((x) => ITEM_ENDS_IN_OR.test(x.text))) return undefined;
  const own = periodsOf(intro).filter((x) => x.unit !== "hours" && !anotherActsPeriod(intro, x));
  const [only] = own;
  if (own.length !== 1 || !only) return undefined;
  ctx.trace?.("retention", ctx.sentences[i] as Sentence, `taken: ${only.text}, the period of the list's introduction (line ${intro.line})`);
  return found(
    intro,
    asPeriod(only),
    `sentence pattern: a list's introduction gives its deleting item's period (the item: line ${(ctx.sentences[i] as Sentence).line})`,
    only,
  );
}

/** A list item ending in "or" ("...; oppure", "..., or"): the items are alternatives. */
const ITEM_ENDS_IN_OR = phrase("orWord", "[,;]?\\s*(?<![\\p{L}])(?:", ")[\\s*_]*$", "iu");

/** "3. **Tag 30** — Operative Daten werden aus aktiver Datenbank entfernt": a deleting at a timeline's point. */
function deletingAtTimelinePoint(ctx: Context, s: Sentence, periods: readonly FoundPeriod[], deletes: boolean): Found<Period> | undefined {
  const point = deletes && periods.length === 0 ? timelinePoint(s) : undefined;
  if (!point) return undefined;
  ctx.trace?.("retention", s, `taken: ${point.text}, a point of the timeline after the end`);
  return found(s, asPeriod(point), "a deleting at a point of a timeline (day N after the end)", point);
}

/**
 * A timeline's point opening a line ("3. **Tag 30** — ...", "- Day 30: ...", "**Nach Jahr 10** —
 * ..."): day N counted from the timeline's start, as a period. Undefined when the word is no unit.
 */
function timelinePoint(s: Sentence): FoundPeriod | undefined {
  const m = TIMELINE_POINT.exec(s.text);
  const word = m?.groups?.unit;
  const count = Number(m?.groups?.count);
  if (!m || !word || !(count > 0)) return undefined;
  return countIn(count, word, m.index, m[0]);
}

const TIMELINE_POINT = new RegExp(
  `^\\s*(?:${BULLET}\\s+|\\d{1,2}\\.\\s+)?[*_]*(?:(?:${KEYWORDS.countedFrom.source})\\s+)?(?<unit>\\p{L}{3,8})\\s+(?<count>\\d{1,4})[*_]*\\s*(?:[—–:]|-\\s)`,
  "iu",
);

/** "Retention of logs: Up to 90 days": a period after a label about keeping, the label its clause. */
function labelledKeeping(s: Sentence, x: FoundPeriod): boolean {
  const label = labelOf(s);
  return x.index > label.length && KEYWORDS.retention.test(label);
}

/**
 * A short line that starts with its period under a retention heading or column ("3 jaar na de
 * laatste actieve uitwisseling"): a keeping's period without the keeping's word.
 */
function retentionCell(ctx: Context, s: Sentence): boolean {
  return (
    s.text.length < 160 &&
    /^\s*\S+\s+\S+/.test(s.text) &&
    periodOpens(s) &&
    // "Response time for assistance: 5 business days", beside "Erasure: ... within 30 days": a
    // time to answer, not a keeping.
    !KEYWORDS.answerTime.test(labelOf(s)) &&
    (nearHas(ctx, s, KEYWORDS.retention) || underRetentionColumn(ctx, s))
  );
}

/**
 * Whether every word about keeping or deleting in a sentence names a data subject's right, in a
 * list with rectification ("Anfragen betroffener Personen (Auskunft, Berichtigung, Löschung) ...
 * innerhalb von 72 Stunden", "toute demande d'accès, de rectification ou d'effacement dans un
 * délai de 5 jours"): the period is a request's, not how long data is kept.
 */
function rightsNamedOnly(s: Sentence): boolean {
  // A row of a table of the rights and their answer times ("| **Rectification** (Art. 16) | ... |
  // Immédiat |", "| **Effacement** (Art. 17) | ... | 30 jours |"): the erasure's row names no keeping.
  if (!KEYWORDS.rectification.test(s.text) && rightsTable(s.paragraph)) return true;
  if (!KEYWORDS.rectification.test(s.text)) return false;
  const rectifications = [...s.text.matchAll(RECTIFICATION_WORDS)].map((m) => m.index ?? 0);
  return [...s.text.matchAll(KEEPING_WORDS)].every((m) => rectifications.some((at) => Math.abs(at - (m.index ?? 0)) <= RIGHTS_LIST_SPAN));
}

/** Whether a paragraph is a table with a row naming rectification (asked once per paragraph: a table may be long). */
function rightsTable(p: Paragraph): boolean {
  let rights = RIGHTS_TABLES.get(p);
  if (rights === undefined) {
    rights = tableRows(p) !== undefined && KEYWORDS.rectification.test(p.text);
    RIGHTS_TABLES.set(p, rights);
  }
  return rights;
}

const RIGHTS_TABLES = new WeakMap<Paragraph, boolean>();

/** How far apart the rights of one list are named ("d'accès, de rectification ou d'effacement"). */
const RIGHTS_LIST_SPAN = 40;

/**
 * The label about keeping that introduces the list a sentence is an item of ("Retention Period:",
 * then "- Duration of Service subscription + 30 days"; "La cancellazione è automatica e non richiede
 * alcuna richiesta:", then "- 48 ore dall'ultima mossa"), when the item gives a period: the
 * period is a keeping's without the word. "" when there is none.
 */
function retentionLabelOver(sentences: readonly Sentence[], i: number): string {
  const intro = listIntroOf(sentences, i) || boldLabelOver(sentences, i);
  // A long introduction ending in the words its period follows labels its items too ("Nach
  // Beendigung ... löscht der Auftragnehmer sämtliche ... Daten innerhalb von:", then "- 90 Tagen").
  return intro.length > 0 &&
    (intro.length <= RETENTION_LABEL || periodFollows(intro)) &&
    KEYWORDS.retention.test(intro) &&
    periodsOf(sentences[i] as Sentence).length > 0
    ? intro
    : "";
}

/**
 * A line all in bold right over the list item i is in ("**Bewaartermijn (feitelijk, uit de
 * code)**" over "- **Webhook-logs:** 30 dagen."): a label as a heading gives, a colon's intro's
 * place. "" when none.
 */
function boldLabelOver(sentences: readonly Sentence[], i: number): string {
  return listIntroSentence(sentences, i, (above) => BOLD_LINE.test(above.text))?.text ?? "";
}

/**
 * Why a sentence with keeping or deleting words keeps nothing, or undefined: the destruction it
 * names is a breach's ("notify ... within 24 hours of a breach of security leading to the
 * destruction, loss ..."), its list is put outside the agreement, or the erasure is a data
 * subject's right named beside rectification.
 */
function notAKeeping(sentences: readonly Sentence[], i: number, underHeading: boolean): string | undefined {
  const s = sentences[i] as Sentence;
  if (!underHeading && !KEYWORDS.retention.test(s.text.replace(BREACH_WORDS, (m) => " ".repeat(m.length))))
    return "its destruction or loss is a breach's, not a deleting";
  if (outsideTheAgreement(sentences, i)) return "an item of a list its introduction puts outside the agreement (another party's keeping)";
  if (TO_FILL_IN.test(s.text)) return "a clause still to be written (a placeholder to fill in), its periods a note's";
  if (rightsNamedOnly(s)) return "the erasure is a data subject's right named beside rectification (a request's time, not a keeping)";
  return undefined;
}

/** A template's placeholder to fill in, in brackets: "`[COMPILARE: termine entro cui ...]`", "[INSERT PERIOD]". */
const TO_FILL_IN = phrase("fillIn", "\\[\\s*(?:", ")(?![\\p{L}])[^\\]]{0,200}\\]", "iu");

/** A breach's words, everywhere in a text ("destruction, loss, alteration ... of personal data"). */
const BREACH_WORDS = everywhere("breach");

/** Whether a sentence is an item of a list its introduction puts outside the agreement ("... (außerhalb dieses AVV):"). */
function outsideTheAgreement(sentences: readonly Sentence[], i: number): boolean {
  return KEYWORDS.outsideAgreement.test(listIntroOf(sentences, i));
}

/** How long a list's introduction may be and still label its items' periods as keepings. */
const RETENTION_LABEL = 80;

/** How many paragraphs back a flattened table's column header is looked for. */
const COLUMN_HEADER_REACH = 12;

/**
 * Whether a sentence is a cell under a retention column of a two-column table written out one
 * cell a paragraph ("GEGEVENSBEWARINGSPERIODE", then "CRM-contact", "3 jaar na ..."): a short
 * heading-like line with a keeping word, in the same section, a few paragraphs above.
 */
function underRetentionColumn(ctx: Context, s: Sentence): boolean {
  for (let i = s.paragraph.index - 1; i >= Math.max(0, s.paragraph.index - COLUMN_HEADER_REACH); i--) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (p.heading !== s.paragraph.heading) return false;
    if (p.lineStarts.length === 1 && p.text.length <= 60 && headingLike(p.text) && KEYWORDS.retention.test(p.text)) return true;
  }
  return false;
}

/**
 * Whether a line's value is its period: the period opens the line or the value after its label
 * ("- Backups: 30 days"), or comes a few words into that value ("**Identification data:** Duration
 * of the contract + 10 years", "**Billing data:** Legal accounting period (10 years)").
 */
function periodOpens(s: Sentence): boolean {
  const first = periodsOf(s)[0];
  if (!first) return false;
  const before = s.text.slice(0, first.index);
  if (first.index === 0 || LABEL_BEFORE.test(before)) return true;
  // Words that name a span or sum one up ("period", "durée", "+", "("), not another act's
  // ("Résiliation : Possible ... avec préavis de 30 jours", "Patch critiche: applicazione entro 30 giorni").
  const words = LABEL_THEN_WORDS.exec(before)?.groups?.words;
  return words !== undefined && (/[+(]\s*$/.test(words) || KEYWORDS.spanWord.test(words));
}

/** A label, then the first few words of its value (up to 40 characters, no stop): before a period. */
const LABEL_THEN_WORDS = new RegExp(`${LABEL_BEFORE.source.replace(/\\s\*\$$/, "")}\\s+(?<words>[^:;.]{1,40})$`);

/**
 * The period a sentence refers back to ("after said period"): the last one, in days, months or
 * years, of the sentences before it in its paragraph and the two paragraphs before that are about
 * the data at the end (keeping it, retrieving it, the end of the contract).
 */
function periodBefore(ctx: Context, s: Sentence): { sentence: Sentence; period: FoundPeriod } | undefined {
  const at = ctx.sentences.indexOf(s);
  for (let i = at - 1; i >= 0; i--) {
    const before = ctx.sentences[i] as Sentence;
    if (s.paragraph.index - before.paragraph.index > 2) return undefined;
    const period = periodsOf(before)
      .filter((x) => x.unit !== "hours")
      .at(-1);
    if (period && (KEYWORDS.retention.test(before.text) || KEYWORDS.dataAtTheEnd.test(before.text))) return { sentence: before, period };
  }
  return undefined;
}

/** "then" and its kin as a word ("Deletion then follows under Section 9"). */
const THEN = phrase("thenWord", "(?<![\\p{L}])(?:", ")(?![\\p{L}])", "iu");

/**
 * The period of the sentence right before a deleting that refers back to it, in the same
 * paragraph, when a word of an upper bound stands right before it: "**Dauer:** bis zum Abschluss
 * der Bearbeitung ..., längstens **90 Tage** ab Eingang des Diagnosepakets." then "Danach erfolgt
 * die Löschung nach Ziffer 9." The processing's longest time, the deleting after it: a keeping,
 * though the sentence naming it has no word of keeping.
 */
function limitRightBefore(sentences: readonly Sentence[], i: number): FoundPeriod | undefined {
  const s = sentences[i] as Sentence;
  const before = sentences[i - 1];
  if (!before || before.paragraph !== s.paragraph) return undefined;
  const period = periodsOf(before)
    .filter((x) => x.unit !== "hours")
    .at(-1);
  return period && AT_MOST_RIGHT_BEFORE.test(textBefore(before, period, 30)) && !anotherActsPeriod(before, period) ? period : undefined;
}

/** An upper bound's words right before a period, emphasis between ("längstens **", "spätestens"). */
const AT_MOST_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${KEYWORDS.atMost.source}|${KEYWORDS.noLaterThan.source})[\\s*_]*$`, "iu");

/** A clause that opens with "or" after a period's own ("30 days from termination, or, where ..."). */
const ALTERNATIVE_NEXT = phrase("orWord", "(?:^|,)\\s*(?:", ")(?=[\\s,])", "iu");

/**
 * Whether the deleting a period sets the time of comes right after it in the same part of the
 * sentence: "shall without delay and in any event within 5 business days, at Company's written
 * request, either certifiably delete or destroy ...". Not when something else is to be done within
 * the period and the deleting is what follows otherwise ("shall inform the Processor within 30
 * days, otherwise the data are destroyed").
 */
function deletedAfter(s: Sentence, p: FoundPeriod): boolean {
  const { before, after } = partAround(s, p);
  const verb = KEYWORDS.deleting.exec(after);
  if (!verb) return false;
  const between = after.slice(0, verb.index);
  const next = findPeriods(between)[0];
  // The law's keeping the deleting reserves is not the deleting's period ("i dati sono eliminati
  // ..., salvo obblighi di conservazione fiscale (10 anni ...)").
  // Up to an exception it makes: "delete ... Personal Data, except for data that remains in
  // encrypted backups ... (currently a 7-day rolling retention)" has no period of its own.
  const whole = after.slice(verb.index);
  const exception = KEYWORDS.exceptionWord.exec(whole);
  const deleting = exception ? whole.slice(0, exception.index) : whole;
  const reserved = KEYWORDS.lawReserved.exec(deleting);
  return (
    between.length <= DELETING_AFTER &&
    // A deleting with a period of its own ("..., Tale supprime toutes les données dans les 90 jours") is that period's.
    findPeriods(reserved ? deleting.slice(0, reserved.index) : deleting).length === 0 &&
    // Another period between is the deleting's, unless the two are alternatives ("Decorsi 30 giorni
    // dalla cessazione, ovvero, qualora ..., decorsi 90 giorni dalla cessazione, ... procede alla
    // cancellazione": each case's period).
    (next === undefined || ALTERNATIVE_NEXT.test(between.slice(0, next.index))) &&
    !KEYWORDS.otherwise.test(between) &&
    ![before, between].some((t) => KEYWORDS.notify.test(t) || KEYWORDS.objection.test(t))
  );
}

/**
 * Whether a period is the label of the deleting after its colon: "b) **Entro 90 giorni dalla
 * cessazione**: procede alla cancellazione sicura di tutti i dati personali", "Within 30 days of
 * termination: Processor deletes all Customer Data". The label is short (a list item's marker and
 * a few words before the period, a few after it) and the deleting comes first after the colon,
 * no other period or notice before it ("a) Entro 30 giorni: mette a disposizione una copia" is none).
 */
function labelsADeleting(s: Sentence, p: FoundPeriod): boolean {
  const { before, after } = partAround(s, p);
  const colon = p.index + p.text.length + after.length;
  if (s.text[colon] !== ":" || before.length > LABEL_AROUND || after.length > LABEL_AROUND) return false;
  const rest = s.text.slice(colon + 1, colon + 1 + LABELLED_DELETING);
  const verb = KEYWORDS.deleting.exec(rest);
  const between = verb ? rest.slice(0, verb.index) : "";
  return (
    verb !== null &&
    findPeriods(between).length === 0 &&
    !KEYWORDS.notify.test(between) &&
    !KEYWORDS.objection.test(before + after + between)
  );
}

/** How many characters a label may have on each side of its period, and how far its deleting may come after the colon. */
const LABEL_AROUND = 40;
const LABELLED_DELETING = 60;

/**
 * How far after a period its deleting may come: what is deleted may be named between at length,
 * and more so in French or Spanish than in English ("30 jours après la désactivation du compte,
 * toutes les données personnelles du Responsable et de ses clients finaux sont définitivement
 * supprimées" has 125 characters between).
 */
const DELETING_AFTER = 180;

/**
 * The part of a sentence a period is in, up to the semicolon, colon or spaced slash on either
 * side: the words before the period and those after it.
 */
function partAround(s: Sentence, p: FoundPeriod): { before: string; after: string } {
  // " / " parts too: a bilingual line gives its translation after one ("Löschfrist: 30 Tage / Deletion period: 30 days").
  // At most PART_REACH characters either side: a part of thousands of periods is not read whole
  // for each of them.
  const start = Math.max(afterLastMark(s, PART_MARK, p.index), p.index - PART_REACH);
  const from = p.index + p.text.length;
  return {
    before: s.text.slice(start, p.index),
    after: s.text.slice(from, Math.min(firstMarkFrom(s, PART_MARK, from), from + PART_REACH)),
  };
}

/** How far a part of a sentence reaches either side of a period (every corpus text drafts the same with it). */
const PART_REACH = 400;

/** The marks a sentence's parts end at: a semicolon, a colon, a spaced slash. */
const PART_MARK = /[;:]| \/ /g;

/**
 * Whether a period details a deleting announced before a colon: "löscht nihito die Daten ...: die
 * planner-Instanz nach 30 Tagen, Backups spätestens 7 Tage später" (the part before the colon
 * deletes, no other period or notice comes between).
 */
function detailOfADeleting(s: Sentence, p: FoundPeriod): boolean {
  const colon = s.text.lastIndexOf(":", p.index);
  if (colon < 0) return false;
  const announced = s.text.slice(Math.max(0, s.text.lastIndexOf(";", colon) + 1), colon);
  const between = s.text.slice(colon + 1, p.index);
  return (
    KEYWORDS.deleting.test(announced) &&
    !KEYWORDS.notify.test(announced + between) &&
    !KEYWORDS.objection.test(announced + between) &&
    findPeriods(between).length === 0
  );
}

/**
 * Whether a period is the one a statute sets, in a clause reserving the law's keeping duties
 * ("Restano salvi gli obblighi di conservazione imposti dalla legge ...: la documentazione contabile
 * va conservata 10 anni (art. 2220 Cod. Civ.)", "wobei gesetzliche Aufbewahrungspflichten (§ 147 AO,
 * 10 Jahre) beachtet werden"): the law's keeping, not the agreement's. A keeping the DPA sets itself
 * and cites the law for ("conservati per dieci (10) anni ai sensi del D.P.R. 600/1973") stays one.
 * The caller has found the reservation in the sentence.
 */
function lawsOwnKeeping(s: Sentence, x: FoundPeriod): boolean {
  const near = s.text.slice(Math.max(0, x.index - CITATION_REACH), x.index + x.text.length + CITATION_REACH);
  return citationsOf(near).length > 0;
}

/** How far before a period the anonymised data it keeps may be named ("Les données anonymisées ... conservées"). */
const ANONYMOUS_REACH = 120;

/** How far from a period the provision of law setting it may be cited. */
const CITATION_REACH = 40;

/** Every keeping or deleting word of a text, in order. */
const KEEPING_WORDS = new RegExp(KEYWORDS.retention.source, "gi");

/**
 * Whether the keeping or deleting a period belongs to comes before it in the same part of the
 * sentence, with nothing else done in between: "will ... delete all Customer Content from the
 * Services, including ..., within sixty (60) days of termination". A notice, an objection or a
 * report between the two makes the period theirs ("deleted after use; you are informed within 30 days").
 */
function keptOrDeletedBefore(s: Sentence, p: FoundPeriod): boolean {
  const span = partAround(s, p).before;
  const verbs = [...span.matchAll(KEEPING_WORDS)];
  const last = verbs.at(-1);
  if (last === undefined) return false;
  const between = span.slice((last.index ?? 0) + last[0].length);
  return !KEYWORDS.notify.test(between) && !KEYWORDS.objection.test(between) && findPeriods(between).length === 0;
}
