/**
 * The breach-notification deadline: a period, null for "without undue delay", or ambiguous when
 * the DPA states two.
 */

import {
  cellSpans,
  ENDS_IN_COLON,
  headingLike,
  headingWords,
  LIST_ITEM,
  type Paragraph,
  rowCells,
  type Sentence,
  tableRows,
  withoutMarkup,
} from "./document.js";
import { type DefinedPeriod, definedPeriods, periodDefinedIn } from "./defined-periods.js";
import { everywhere, KEYWORDS, phrase } from "./language.js";
import { findPeriods, type FoundPeriod, type Period } from "./periods.js";
import type { Context, Found } from "./term-reading.js";
import {
  asPeriod,
  CLAUSE_REFERENCE,
  clauseNumber,
  firstOrContradiction,
  forExample,
  found,
  headingAbove,
  inAdvance,
  labelOf,
  LIST_ITEMS,
  listIntroSentence,
  onListLine,
  paragraphRightAfter,
  periodFollows,
  periodsOf,
  rowWith,
  textAfter,
  textBefore,
} from "./term-reading.js";

/** The breach-notification deadline: a period, or null for "without undue delay" (not numeric). */
export function breachNotification(ctx: Context): Found<Period | null> | undefined {
  let undated: Found<Period | null> | undefined;
  // Every deadline the DPA states: a second, different one makes the term ambiguous.
  const all: Array<Found<Period>> = [];
  const why = (s: Sentence, verdict: string): void => ctx.trace?.("breachNotification", s, verdict);
  const defined = definedPeriods(ctx.sentences, KEYWORDS.notify);
  const namesBreach = breachNamer(ctx.sentences);
  const listsRead = new Set<Sentence>();
  for (const [i, s] of ctx.sentences.entries()) {
    if (aLaterStep(ctx.sentences, i, listsRead, why)) continue;
    const column = underBreachHeader(s, why);
    if (column) {
      all.push(column);
      continue;
    }
    const above = headingAbove(ctx, s);
    const named = namesBreach(s);
    const skip = notABreachNotice(s, above, named);
    if (skip !== undefined) {
      if (skip) why(s, skip);
      continue;
    }
    // "In case of a personal data breach, the Processor shall:" and the duties as a list.
    // A label that is the notice itself ("Initial Notification:") lets its items omit the word.
    // So does a notice of any length ending in the words a period comes after ("... toute violation
    // de données dans un délai de :", then "- ☒ 48 heures").
    const label = (s.text.length <= 80 || periodFollows(s.text)) && KEYWORDS.notify.test(s.text);
    const item = /:\s*$/.test(s.text) ? noticeWithDeadline(listAfter(ctx.sentences, i), label, label ? s : undefined) : undefined;
    if (item) {
      listsRead.add(s);
      all.push(found(item.s, asPeriod(item.p), "sentence pattern: breach notified, the period in an item of the list after", item.p));
      why(s, `taken: ${item.p.text}, from an item of the list it introduces`);
      continue;
    }
    // "The Processor shall notify the Controller ... within 24 hours, of:", then "(a) any Personal
    // Data Breach;": the notice the list's items are the objects of.
    const intro = named && !KEYWORDS.notify.test(s.text) ? noticeIntroducing(ctx.sentences, i) : undefined;
    if (intro) {
      all.push(
        found(
          intro.s,
          asPeriod(intro.p),
          "sentence pattern: a breach in a list, notified within the period of the notice introducing it",
          intro.p,
        ),
      );
      why(s, `taken: ${intro.p.text}, from the notice introducing the list`);
      continue;
    }
    // A short line under a heading about notice ("Délais de notification", then "Violation de
    // données : 24 heures") is that notice's.
    const underNotice = s.text.length <= 100 && KEYWORDS.notify.test(above);
    if (!KEYWORDS.notify.test(s.text) && !underNotice && !keyTermsRow(s)) {
      const next = named ? noticeNext(ctx.sentences, i) : undefined;
      if (next) {
        all.push(found(next.s, asPeriod(next.p), "sentence pattern: a breach, its notice within a period in the sentence after", next.p));
        why(s, `taken: ${next.p.text}, from the notice in the sentence after`);
      } else why(s, "skipped: a breach, but no notice to the controller");
      continue;
    }
    const p = breachPeriod(s);
    if (p) {
      const how = named
        ? "sentence pattern: breach notified within a period"
        : "sentence pattern: notified within a period, under a heading about breaches";
      all.push(found(s, asPeriod(p), how, p));
      why(s, `taken: ${p.text}`);
      continue;
    }
    const after = deadlineElsewhere(ctx, i, underNotice, defined);
    if (after) {
      all.push(found(after.s, asPeriod(after.p), after.how, after.p));
      why(s, `taken: ${after.p.text}, ${after.why}`);
    } else if (!undated && KEYWORDS.noDelay.test(s.text)) {
      undated = found(s, null, 'sentence pattern: breach notified without a number ("without undue delay" or alike): not numeric');
      why(s, "taken as not numeric (without undue delay), unless a period is found elsewhere");
    } else why(s, "skipped: no deadline in hours or days (or the supervisory authority's, Art. 33)");
  }
  return firstOrContradiction(all) ?? undated;
}

/**
 * Why a sentence is no breach notice to read, "" when it is not about breaches at all (not
 * traced), or undefined when it is one.
 */
function notABreachNotice(s: Sentence, above: string, named: boolean): string | undefined {
  // A short item under a breach heading names no breach itself ("## Breach Notification",
  // "- Notification within 72 hours"), nor does a short sentence deep in a section about breaches.
  // The heading right above, when there is one, is the nearer ("Audits" under "## Breaches").
  // A longer sentence in a section about breaches is its notice when it gives notice within
  // hours or a few days ("## 9. Personal Data Breaches", then "The Processor shall notify the
  // Controller ... within 48 hours after becoming aware of it, ...").
  const underHeading = aboutBreaches(above, s.paragraph) && (s.text.length <= 100 || (KEYWORDS.notify.test(s.text) && soonAfter(s)));
  if (!named && !underHeading) return "";
  // "| Nouveau sous-traitant ultérieur | 30 jours |" in a table of notices under a heading about
  // breaches: another subject's notice, not as soon as a breach's.
  if (!named && aboutAnotherSubject(s) && !soonAfter(s))
    return "skipped: under a heading about breaches, but about another subject (a sub-processor, an audit, an objection)";
  if (CONTROLLER_NOTIFIES.test(withoutMarkup(s.text))) return "skipped: the controller notifies the processor (a notice the other way)";
  return undefined;
}

/**
 * A table set the other way round, its events as the header and their deadlines in the row below
 * ("| Violación de datos | Nuevo subencargado |" over "| 48 horas | 30 días |"): the period of
 * hours or a few days in the cell under the header that names breaches, when the row names none.
 */
function breachColumnPeriod(s: Sentence): FoundPeriod | undefined {
  const columns = s.text.includes("|") ? breachColumns(s) : undefined;
  if (!columns?.some(Boolean) || KEYWORDS.breach.test(s.text)) return undefined;
  const spans = cellSpans(s.text);
  return periodsOf(s).find((x) => {
    const k = spans.findIndex((c) => x.index >= c.from && x.index < c.from + c.cell.length);
    return k >= 0 && columns[k] === true && asSoonAsANotice(x);
  });
}

/** Which of the columns of the table a row is in have a header naming breaches: asked once per table (a table may be long). */
function breachColumns(s: Sentence): readonly boolean[] | undefined {
  const p = s.paragraph;
  if (!BREACH_COLUMNS.has(p)) {
    const header = tableRows(p)?.[0];
    BREACH_COLUMNS.set(p, header === undefined ? undefined : rowCells(header).map((h) => namesBreaches(h.trim())));
  }
  // The header row, the table's first line, has no header above it.
  return s.line === p.lines[0] ? undefined : BREACH_COLUMNS.get(p);
}

const BREACH_COLUMNS = new WeakMap<Paragraph, readonly boolean[] | undefined>();

/**
 * A breach notice's deadline given outside its own sentence: in the sentences after it (under a
 * heading about notice, the items after the breach's own heading need no notice word: "### 12.1
 * Data Breach", "- **Timeline**: Within 24 hours"), or by the name of a period the DPA defines
 * ("within the Breach Notification Period", where "'Breach Notification Period' means 48 hours").
 */
function deadlineElsewhere(
  ctx: Context,
  i: number,
  underNotice: boolean,
  defined: readonly DefinedPeriod[],
): { s: Sentence; p: FoundPeriod; how: string; why: string } | undefined {
  const after = underNotice ? noticeWithDeadline(listAfter(ctx.sentences, i), true) : noticeWithDeadline(sentencesAfter(ctx.sentences, i));
  if (after)
    return { ...after, how: "sentence pattern: breach notified, the period in the sentence after", why: "from the sentence after" };
  const later = underNotice ? undefined : noticeSaidAgain(ctx.sentences, i);
  if (later)
    return {
      ...later,
      how: "sentence pattern: breach notified, the period where its clause speaks of the notice again",
      why: `from the notice spoken of again (line ${later.s.line})`,
    };
  const s = ctx.sentences[i] as Sentence;
  const named = periodDefinedIn(s, defined);
  // definedPeriods keeps only names that say they are a notice's ("Breach Notification Period",
  // "Meldefrist"), not another act's ("the Controller shall respond within the Response Period").
  if (!named || !BREACH_UNITS.has(named.p.unit) || !KEYWORDS.notify.test(s.text)) return undefined;
  return {
    s: named.s,
    p: named.p,
    how: `sentence pattern: breach notified within "${named.term}", a period the DPA defines (the notice: line ${s.line})`,
    why: `the period "${named.term}" is defined as (line ${named.s.line})`,
  };
}

/**
 * Whether a sentence names a breach. The bare word ("incident", "Vorfall") is a breach when
 * notified so. A notice that names the breach's clause by its number is about the breach too when
 * it is as soon ("The notification referred to in clause 4.6 shall be made within 36 hours", "Le
 * délai de notification mentionné à l'article 4.6 ne peut excéder 24 heures"; a change to "clause
 * 1. of the Agreement" with 30 days' notice is not, though the DPA's clause 1 names breaches). The
 * clauses naming breaches are found once, when a notice first refers to a clause.
 */
function breachNamer(sentences: readonly Sentence[]): (s: Sentence) => boolean {
  let clauses: ReadonlySet<string> | undefined;
  return (s) =>
    KEYWORDS.breach.test(s.text) ||
    KEYWORDS.definedBreach.test(s.text) ||
    (KEYWORDS.violation.test(s.text) && soonAfter(s)) ||
    (soonAfter(s) &&
      KEYWORDS.notify.test(s.text) &&
      !aboutAnotherSubject(s) &&
      refersToBreachClause(s, (clauses ??= clausesNamingBreaches(sentences))));
}

/** The numbers of the clauses with a sentence that names a breach. */
function clausesNamingBreaches(sentences: readonly Sentence[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sentences) if (KEYWORDS.breach.test(s.text)) out.add(clauseNumber(s.paragraph.clause));
  out.delete("");
  return out;
}

/** Whether a sentence names, by its number, a clause about breaches (not its own). */
function refersToBreachClause(s: Sentence, clauses: ReadonlySet<string>): boolean {
  if (clauses.size === 0) return false;
  const own = clauseNumber(s.paragraph.clause);
  for (const m of s.text.matchAll(CLAUSE_REFERENCE)) if (m[1] !== own && clauses.has(m[1] as string)) return true;
  return false;
}

/** The units a breach deadline is given in. */
const BREACH_UNITS: ReadonlySet<string> = new Set(["hours", "days", "working_days"]);

/**
 * Whether the heading a sentence is under is about breaches: the one right above it, else its
 * section's, unless a numbered sub-heading between says it is about something else ("8. Security
 * Incidents and Regulatory Cooperation", then "8.5 Regulatory Inquiries": the inquiries' notice
 * is not the breach's; "9.1 Notification" under "9. Personal Data Breaches" is the breach's).
 */
function aboutBreaches(above: string, p: Paragraph): boolean {
  if (above) return namesBreaches(above);
  const sub = p.subheading;
  return namesBreaches(sub) || (namesBreaches(p.heading) && (sub === "" || KEYWORDS.notify.test(sub)));
}

/**
 * Whether a heading names breaches: in the words of a breach, or the bare word alone ("##
 * Breaches", "7. Incidents", "§ 9 Vorfälle"), which a DPA's own section can only mean as its breaches.
 */
function namesBreaches(heading: string): boolean {
  if (WITHOUT_BREACH.test(heading)) return false;
  return KEYWORDS.breach.test(heading) || BARE_VIOLATION.test(headingWords(heading).replace(/['’]/g, " "));
}

/**
 * A heading that sets its incidents apart from breaches ("8.2 Incidents de sécurité (sans
 * violation)", "Security incidents without a breach"): its notices are not a breach's.
 */
const WITHOUT_BREACH = new RegExp(
  `(?:${KEYWORDS.exceptWord.source})\\s+(?:\\p{L}{1,5}\\s+)?(?:${KEYWORDS.violation.source}|${KEYWORDS.breach.source})`,
  "iu",
);

/**
 * The bare word of a breach as a whole heading, alone or with words of its handling around it
 * ("Incidents", "Incident management", "Gestion des incidents", "Gestione degli incidenti",
 * "Meldung von Vorfällen"); an elided article is a word of its own ("Gestion d'incidents").
 */
const HANDLING = `(?:${KEYWORDS.incidentHandling.source}|${KEYWORDS.elidedArticle.source})`;
const BARE_VIOLATION = new RegExp(`^(?:${HANDLING}\\s+)*(?:${KEYWORDS.violation.source})(?:\\s+${HANDLING})*$`, "i");

/** How many sentences after a breach's own are read for its deadline. */
const SENTENCES_AFTER = 3;

/**
 * The sentences that go on about a breach: the deadline is often a sentence or two later ("...
 * unverzüglich mit. Auch begründete Verdachtsfälle hierauf sind mitzuteilen. Die Mitteilung hat
 * spätestens innerhalb von 24 Stunden ... zu erfolgen."), in the same paragraph, or the next
 * paragraph's first ("7.2 The notification ... within 24 hours"). They end at a sentence about
 * another subject (a sub-processor, an audit, an objection): its periods are its own.
 */
function sentencesAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const s = sentences[i] as Sentence;
  const out: Sentence[] = [];
  for (const next of sentences.slice(i + 1, i + 1 + SENTENCES_AFTER)) {
    // After a sentence that is no heading, a short paragraph that gives a period is no heading
    // either ("**Termine operativo proposto: entro 24 ore** dalla conoscenza. ⚖️-14" ends in a
    // mark, not a stop).
    const nextParagraph =
      paragraphRightAfter(next, s) &&
      (!headingLike(next.paragraph.text) || (periodsOf(next).length > 0 && !s.paragraph.marked && !headingLike(s.paragraph.text))) &&
      out.every((x) => x.paragraph === s.paragraph);
    if (next.paragraph !== s.paragraph && !nextParagraph) break;
    if (aboutAnotherSubject(next)) break;
    out.push(next);
    if (next.paragraph !== s.paragraph) break;
  }
  return withContentsListed(sentences, i, out);
}

/** How many sentences of a breach's own clause are read for the notice spoken of again. */
const SAME_CLAUSE_SENTENCES = 8;

/**
 * The notice spoken of again further on in the breach's own clause ("... notify the Controller of
 * any Personal Data Breach without undue delay. [three sentences on investigating it] Such notice
 * shall be given within 24 hours."; or in a paragraph of the clause after another): its period,
 * when no other notice begins before it and no other subject.
 */
function noticeSaidAgain(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  const s = sentences[i] as Sentence;
  const clause = s.paragraph.clause;
  for (const next of sentences.slice(i + 1, i + 1 + SAME_CLAUSE_SENTENCES)) {
    // The next point of a clause about breaches ("## 9. Data Breach", "9.1 ... inform the Controller
    // without undue delay.", "9.2 Such information shall be provided within 48 hours") is the same
    // clause's; under a heading of many obligations ("## 4. Obligations") each point is its own.
    const points = siblingClauses(clause, next.paragraph.clause) && KEYWORDS.breach.test(s.paragraph.heading);
    const ofClause = clause !== "" && (next.paragraph.clause === clause || points);
    const sameClause = next.paragraph === s.paragraph || (ofClause && !next.paragraph.marked);
    if (!sameClause || aboutAnotherSubject(next) || headingLike(next.text)) return undefined;
    const again = KEYWORDS.thatNotice.test(next.text);
    if (!again && KEYWORDS.notify.test(next.text)) return undefined;
    const p = again ? breachPeriod(next) : undefined;
    if (p) return { s: next, p };
  }
  return undefined;
}

/**
 * Whether sentence i is an item of a list whose introduction already gave the notice's deadline
 * (`listsRead`: "In case of a data breach, the Processor will:", "- notify the Controller within
 * 24 hours;"): the list's later items are later steps ("- provide a full report within 72
 * hours"), as a sentence's later periods are.
 */
function aLaterStep(
  sentences: readonly Sentence[],
  i: number,
  listsRead: ReadonlySet<Sentence>,
  why: (s: Sentence, verdict: string) => void,
): boolean {
  const intro = listsRead.size > 0 ? listIntroSentence(sentences, i) : undefined;
  if (intro === undefined || !listsRead.has(intro)) return false;
  why(sentences[i] as Sentence, "skipped: an item of a list whose notice the sentence introducing it has given");
  return true;
}

/** A deadline in a table's cell under a header naming breaches (breachColumnPeriod), found. */
function underBreachHeader(s: Sentence, why: (s: Sentence, verdict: string) => void): Found<Period> | undefined {
  const column = breachColumnPeriod(s);
  if (!column) return undefined;
  why(s, `taken: ${column.text}, under a header naming breaches`);
  return found(s, asPeriod(column), "table pattern: a deadline under a header naming breaches", column);
}

/** Two points of one clause: numbers of two levels or more with the same parent ("9.1" and "9.2"). */
function siblingClauses(a: string, b: string): boolean {
  const [x, y] = [clauseNumber(a), clauseNumber(b)];
  return x.includes(".") && y.includes(".") && x !== y && x.slice(0, x.lastIndexOf(".")) === y.slice(0, y.lastIndexOf("."));
}

/**
 * A sentence about another subject than a breach (a sub-processor, an audit, an objection, or a
 * deleting that names no breach nor notice: "Automatische Datenlöschung nach 90 Tagen im CRM" after
 * the breach's "Sofortige Benachrichtigung ... bei Datenpannen"): its periods are its own.
 */
const aboutAnotherSubject = (s: Sentence): boolean =>
  [KEYWORDS.subprocessor, KEYWORDS.audit, KEYWORDS.objection].some((k) => k.test(s.text)) ||
  (KEYWORDS.deleting.test(s.text) &&
    ![KEYWORDS.breach, KEYWORDS.violation, KEYWORDS.notify, KEYWORDS.thatNotice].some((k) => k.test(s.text)));

/** The most items a notice's list of contents is read past. */
const CONTENTS_ITEMS = 12;

/**
 * The sentences after breach sentence i (`out`), gone on past a list of what the notice contains
 * when a sentence of the breach's own paragraph introduces one: "... notifie ... toute violation
 * de données dans les meilleurs délais. Cette notification contient au moins :", the contents a
 * line each, then "La notification intervient au plus tard dans un délai de 48 heures ...". The
 * list's items and the paragraph right after it go on about the notice.
 */
function withContentsListed(sentences: readonly Sentence[], i: number, out: Sentence[]): Sentence[] {
  const s = sentences[i] as Sentence;
  // The breach sentence itself may introduce the list ("... without undue delay; the notification
  // shall:"); `out` follows it sentence by sentence.
  const chain = [s, ...out];
  const colon = chain.findIndex((x) => x.paragraph === s.paragraph && ENDS_IN_COLON.test(x.text));
  if (colon < 0) return out;
  const items: Sentence[] = [];
  let j = i + colon + 1;
  for (; j < sentences.length && items.length < CONTENTS_ITEMS && onListLine(sentences[j] as Sentence); j++)
    items.push(sentences[j] as Sentence);
  const lastItem = items[items.length - 1];
  const after = sentences[j];
  if (
    !lastItem ||
    !after ||
    !paragraphRightAfter(after, lastItem) ||
    onListLine(after) ||
    headingLike(after.text) ||
    aboutAnotherSubject(after)
  )
    return out;
  return [...chain.slice(1, colon + 1), ...items, after];
}

/**
 * A breach named without a notice, and the next sentence of its paragraph the notice within hours
 * or a few days ("... a process for managing security incidents. The Customer is informed within
 * 24 hours."): that notice is the breach's.
 */
function noticeNext(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  // The first of the sentences that go on about the breach, in its own paragraph only.
  const [next] = sentencesAfter(sentences, i);
  if (!next || next.paragraph !== sentences[i]?.paragraph || !soonAfter(next)) return undefined;
  return noticeWithDeadline([next]);
}

/**
 * The notice with a deadline that introduces the list item i is in, when the item is short, as an
 * object of that notice is ("... within 24 hours, of:", then "(a) any Personal Data Breach;").
 */
function noticeIntroducing(sentences: readonly Sentence[], i: number): { s: Sentence; p: FoundPeriod } | undefined {
  const s = sentences[i] as Sentence;
  const intro = listIntroSentence(sentences, i);
  if (!intro || s.text.length > LIST_OBJECT_LENGTH || !KEYWORDS.notify.test(intro.text)) return undefined;
  const p = breachPeriod(intro);
  return p ? { s: intro, p } : undefined;
}

/** The most characters of a list item that is an object of its list's notice ("(a) any Personal Data Breach;"). */
const LIST_OBJECT_LENGTH = 160;

/**
 * The items of the list after sentence i: the next few sentences, a paragraph or line each. The
 * list ends at the next heading ("### Audits", or a short line with no item marker in a paragraph
 * of its own): what follows belongs to another clause. A line ending in a colon labels the items
 * after it ("Within 24 hours:", a Word paragraph of its own, then "1. Notify Customer ..."): no
 * heading.
 */
function listAfter(sentences: readonly Sentence[], i: number): Sentence[] {
  const intro = sentences[i] as Sentence;
  const items: Sentence[] = [];
  for (const s of sentences.slice(i + 1, i + 1 + LIST_ITEMS)) {
    if (s.paragraph.index - intro.paragraph.index > LIST_ITEMS) break;
    const heading =
      s.text.startsWith("#") ||
      (s.paragraph !== intro.paragraph &&
        s.paragraph.text === s.text &&
        headingLike(s.text) &&
        !LIST_ITEM.test(s.text) &&
        !ENDS_IN_COLON.test(s.text) &&
        !BOLD_LABEL_AND_VALUE.test(s.text));
    if (heading) break;
    items.push(s);
  }
  return items;
}

/**
 * A line that is a bold label and its value ("**Délai de notification :** Dès détection (maximum
 * 72h)"): an item of what the line before introduces, no heading.
 */
const BOLD_LABEL_AND_VALUE = /^\s*(\*\*|__)[^*_:]{2,60}(?::\s*\1|\1\s*:)\s*\S/;

/**
 * The first of these sentences that gives notice within a period, and the period. Under a label
 * that is itself the notice ("Initial Notification:", then "- Within 12 hours of becoming
 * aware"), a list item's period is the notice's without the word again, and so is the rest of the
 * label's own line ("Data Breach Notification: Within 48 hours of discovery").
 */
function noticeWithDeadline(
  sentences: readonly Sentence[],
  underNoticeLabel = false,
  label?: Sentence,
): { s: Sentence; p: FoundPeriod } | undefined {
  let underLabel = underNoticeLabel;
  // "**Within 24 hours:**", then "1. Notify Customer via email": a deadline as the label of the
  // steps it sets, the notice among them.
  let timeLabel: { s: Sentence; p: FoundPeriod } | undefined;
  for (const s of sentences) {
    const labelsValue = label !== undefined && s.paragraph === label.paragraph && s.line === label.line;
    const notice = KEYWORDS.notify.test(s.text) || DEADLINE_LABEL.test(withoutMarkup(s.text));
    if (timeLabel && notice && onListLine(s)) return timeLabel;
    const p = notice || (underLabel && (onListLine(s) || labelsValue)) ? breachPeriod(s) : undefined;
    if (p) return { s, p };
    // "... shall notify the Controller. The notification shall:", then "(a) be made within 24
    // hours ...": the items after a notice ending in a colon are that notice's.
    if (/:\s*$/.test(s.text) && KEYWORDS.notify.test(s.text)) underLabel = true;
    const alone = withoutMarkup(s.text).trim();
    const period = alone.length <= TIME_LABEL_LENGTH && /:$/.test(alone) ? breachPeriod(s) : undefined;
    timeLabel = period ? { s, p: period } : onListLine(s) ? timeLabel : undefined;
  }
  return undefined;
}

/** The most characters of a deadline set as a label over steps ("Within 24 hours:", "Dentro de 24 horas:"). */
const TIME_LABEL_LENGTH = 40;

/** A line labelled as a deadline ("Termine operativo proposto: entro 24 ore", "Deadline: 48 hours"). */
const DEADLINE_LABEL = phrase("deadlineWord", "^[\\s\\-*•]*(?:\\p{L}+\\s+)?(?:", ")(?![\\p{L}])[^.;:]{0,40}:", "iu");

/**
 * A breach sentence's period in hours or days. "... so that the Controller can notify the
 * supervisory authority within 72 hours" is the controller's own deadline under Art. 33(1) GDPR
 * (Regulation (EU) 2016/679: "not later than 72 hours after having become aware of it"), not the
 * processor's; a period of another length near the authority ("..., to meet its obligations
 * towards the supervisory authority, within 24 hours") is the processor's.
 */
function breachPeriod(s: Sentence): FoundPeriod | undefined {
  // In a table read as one sentence, the period is the breach's own row's ("| Objection period |
  // 30 days | | Breach notification | 48 hours |").
  const row = rowWith(s, KEYWORDS.breach);
  return periodsOf(s).find(
    (x) =>
      BREACH_UNITS.has(x.unit) &&
      (!row || (x.index >= row.from && x.index < row.to)) &&
      // "upon at least 30 days' prior written notice (shorter notice in case of a Security
      // Incident)": a notice ahead of something (an audit) is never a breach's deadline.
      !inAdvance(s, x) &&
      // "(e comunque entro `[es. 48 ore]`)": a template's example, not its deadline; "with a target
      // of **48 hours**": an aim, not a deadline.
      !forExample(s, x) &&
      !AIMED_RIGHT_BEFORE.test(textBefore(s, x, AIM_REACH)) &&
      // "de eerste 24 uur nadat hij ... heeft geïnformeerd ... beschikbaar": a span, not a deadline.
      !FIRST_RIGHT_BEFORE.test(textBefore(s, x, 16)) &&
      !(theAuthoritysDeadline(x) && (authorityRightBefore(s.text.slice(0, x.index)) || authorityRightAfter(s, x))),
  );
}

/** Right before a period, an aim ("with a target of **48 hours**"), and how far it is looked for. */
const AIMED_RIGHT_BEFORE = phrase("targetWord", "(?<![\\p{L}])(?:", ")[\\s*_]*$", "iu");
const AIM_REACH = 30;

/** How many characters after a period the authority it is owed to is named in. */
const AUTHORITY_AFTER = 120;

/**
 * The authority named right after a period, as whom it is owed to ("notificación en 72h a la
 * AEPD", "il proprio termine di 72 ore verso l'autorità di controllo"): the controller's deadline.
 */
const AUTHORITY_RIGHT_AFTER = new RegExp(`^[^.;,]{0,25}?(?<who>${KEYWORDS.supervisoryAuthority.source})`, "iu");

/**
 * Whether the authority is named right after a period as whom it is owed to. The article of the
 * GDPR cited after it ("Processor will notify Controller ... (and within 72 hours where required by
 * GDPR Art. 33)") names no recipient: after a notice to the controller, the period is that notice's.
 */
function authorityRightAfter(s: Sentence, x: FoundPeriod): boolean {
  const who = AUTHORITY_RIGHT_AFTER.exec(textAfter(s, x, AUTHORITY_AFTER))?.groups?.who;
  if (who === undefined) return false;
  return !(/\d/.test(who) && NOTIFIES_THE_CONTROLLER.test(s.text.slice(0, x.index)));
}

/** A notice and the controller as its recipient ("will notify Controller", "informe le Client"). */
const NOTIFIES_THE_CONTROLLER = new RegExp(`(?:${KEYWORDS.notify.source})[^.;]{0,40}?(?:${KEYWORDS.controllerParty.source})`, "iu");

/** "the first" right before a period ("for the first 24 hours"). */
const FIRST_RIGHT_BEFORE = phrase("firstWord", "(?<![\\p{L}])(?:", ")\\s*$", "iu");

/**
 * "The Customer shall notify the Processor of any incident within 48 hours", "Le Client doit
 * informer le Prestataire ...": the controller, the sentence's subject, notifies the processor (no
 * passive between them: "The Customer will be notified by the Processor" is the processor's).
 */
const CONTROLLER_NOTIFIES = new RegExp(
  `^\\W*(?:\\p{L}+\\s+)?(?:${KEYWORDS.controllerParty.source})(?:(?!${KEYWORDS.passive.source})[^.;:,]){0,30}?(?:${KEYWORDS.notify.source})[^.;]{0,40}?(?:${KEYWORDS.processorParty.source})`,
  "iu",
);

/**
 * Whether the text right before a period names the supervisory authority as who is notified in
 * it ("... to notify the supervisory authority within 72 hours"). A notice to the controller
 * after the authority is named is the processor's own ("To let the Customer meet its duties to
 * the supervisory authority, the Processor notifies the Customer ... within 72 hours").
 */
function authorityRightBefore(before: string): boolean {
  const last = [...before.slice(-AUTHORITY_BEFORE).matchAll(everywhere("supervisoryAuthority"))].at(-1);
  if (last === undefined) return false;
  const at = Math.max(0, before.length - AUTHORITY_BEFORE) + (last.index ?? 0);
  const after = before.slice(at + last[0].length);
  // "..., the Processor notifies the Customer within 72 hours": a notice to the controller after
  // the authority is named; "The supervisory authority must be notified within 72 hours": none.
  if ((KEYWORDS.notify.test(after) && KEYWORDS.controllerParty.test(after)) || CONTROLLER_TOO.test(after)) return false;
  // The words just before the authority: a notice's verb and its recipients are close by, and a
  // sentence of many deadlines is not searched from its start again for each.
  return !ALONGSIDE.test(before.slice(Math.max(0, at - ALONGSIDE_WINDOW), at));
}

/**
 * The controller joined to the authority right after it ("notificará a la autoridad de control y
 * al Responsable ... en un plazo de 72 horas"): the controller is notified in the same notice.
 */
const CONTROLLER_TOO = new RegExp(
  `^[^.;]{0,20}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])[^.;]{0,20}?(?:${KEYWORDS.controllerParty.source})`,
  "iu",
);

/** How many characters before the authority ALONGSIDE reads: its bounded parts and a verb. */
const ALONGSIDE_WINDOW = 160;

/** How many characters before a period the authority it is the deadline of is named in. */
const AUTHORITY_BEFORE = 90;

/**
 * A notice whose recipients the authority joins, after the controller ("notify the Controller and,
 * where applicable, the competent supervisory authority ... within 72 hours"): the deadline is the
 * processor's own notice's, the controller notified in it too ("notification of breaches to the
 * supervisory authority" names no controller: the authority's deadline).
 */
const ALONGSIDE = new RegExp(
  `(?:${KEYWORDS.notify.source})[^.;]{0,30}?(?:${KEYWORDS.controllerParty.source})[^.;]{0,20}?(?<![\\p{L}])(?:${KEYWORDS.andOr.source})(?![\\p{L}])[^.;]{0,50}$`,
  "iu",
);

/**
 * Whether a sentence is a key-terms table whose row naming the breach gives a deadline of hours
 * or a few days ("| Personal Data Breach | Without undue delay and within 48 hours |"): the row is
 * the notice term without the word "notify". Longer periods in such a row are something else (how
 * long incident logs are kept), as for the bare word "incident".
 */
function keyTermsRow(s: Sentence): boolean {
  const p = rowWith(s, KEYWORDS.breach) || breachLabelled(s) ? breachPeriod(s) : undefined;
  return p !== undefined && asSoonAsANotice(p);
}

/**
 * Whether a sentence is one line labelled as the breach whose value opens on its deadline ("|
 * Data breach | Within 48 hours of discovery |", "- **Data breach:** within 48 hours"): a key term
 * on a line of its own, outside a key-terms table or list (whose rows rowWith finds). A value
 * that keeps something ("Security incidents: logs kept for 72 hours") is no notice.
 */
function breachLabelled(s: Sentence): boolean {
  const label = labelOf(s);
  if (!label || !KEYWORDS.breach.test(label)) return false;
  const value = s.text.slice(s.text.indexOf(label) + label.length);
  const first = findPeriods(value)[0];
  return first !== undefined && first.index <= LABELLED_DEADLINE_AT && !KEYWORDS.retention.test(value);
}

/** How far into a breach line's value its deadline may start ("Without undue delay, and within 48 hours"). */
const LABELLED_DEADLINE_AT = 45;

/**
 * Whether a sentence gives a period of hours, or a notice within a few days: beyond the 72 hours
 * Art. 33(1) GDPR gives the controller, a notice cannot serve it and is another one (a report, a
 * review).
 */
function soonAfter(s: Sentence): boolean {
  // Whether the sentence gives notice, asked once and only of a few days: a sentence of thousands
  // of periods was searched whole for it at each (quadratic).
  let notice: boolean | undefined;
  return periodsOf(s).some((x) => x.unit === "hours" || (asSoonAsANotice(x) && (notice ??= KEYWORDS.notify.test(s.text))));
}

/**
 * Whether a period is as soon as a breach notice is given: hours, or a few days (working or
 * not); a longer one is another notice's or a keeping's.
 */
function asSoonAsANotice(x: Period): boolean {
  return x.unit === "hours" || (BREACH_UNITS.has(x.unit) && x.value <= 3);
}

/** Whether a period is the 72 hours (three days) Art. 33(1) GDPR gives the controller. */
function theAuthoritysDeadline(x: Period): boolean {
  return (x.unit === "hours" && x.value === 72) || (x.unit === "days" && x.value === 3);
}
