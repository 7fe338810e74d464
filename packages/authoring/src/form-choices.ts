/**
 * A DPA written as a form offers options and ticks one: "within ☐ 24 hours ☒ 48 hours ☐ 72
 * hours", "[x] Germany [ ] the European Union", Word's check boxes (content controls, legacy form
 * fields and Wingdings symbols, which the DOCX reader writes as these characters), an HTML form's
 * <input type="checkbox" checked>. The options left empty are not the agreement: the text is read,
 * and quotes are compared, with their words blanked, as comments are (each character a space, line
 * breaks kept, so lines and positions stay the file's); the empty box itself stays, so a line of
 * one option is no blank line, and a quote shows where an option was left out.
 *
 * What counts as a choice, so that bullets are never taken for boxes:
 * - a paragraph (lines between blank lines, with the options after it that are paragraphs of
 *   their own, as Word writes them) holding an empty box and a ticked one; or a line
 *   offering two empty boxes or more after its start (a choice the form leaves open: none of its
 *   options is agreed);
 * - boxes that are only boxes (☐ ☒ ☑, "[ ]", "[x]") count wherever they are; shapes that are
 *   also bullets (□ ○ ■ ● ✓ ❑) only on a line with two marks or more, where they cannot be one
 *   line's bullet.
 * An empty option runs from its box to the next box, a table cell's or a tab column's end, or the
 * line's end: a choice written as a sentence's last words takes the rest of its line with it
 * ("☐ 72 hours after becoming aware" blanks the words after the hours too), which the ticked
 * option's sentence does not need.
 */

/** Empty boxes that are never bullets: ☐, Wingdings' boxes as dingbat-to-unicode writes them, their private-use codes in PDFs. */
const EMPTY_BOX = "\u2610\u{1F78E}\u{1F78F}\uF06F\uF0A8";
/** Ticked boxes that are never bullets: ☒ ☑ ⊠ ⌧ and Wingdings' 🗹 🗷 🗸 (and their private-use codes). */
const TICKED_BOX = "\u2612\u2611\u22A0\u2327\u{1F5F9}\u{1F5F7}\u{1F5F8}\uF0FE\uF0FD\uF0FB\uF078";
/** Shapes that are empty boxes in a form and bullets in a list: □ ❏ ❐ ❑ ❒ ◻ ○ ◯ ⭘. */
const EMPTY_SHAPE = "\u25A1\u274F\u2750\u2751\u2752\u25FB\u25CB\u25EF\u2B58";
/** Shapes that are ticks in a form and bullets in a list: ■ ● ◉ ⦿ ✓ ✔ ✗ ✘ ▣ ◼. */
const TICKED_SHAPE = "\u25A0\u25CF\u25C9\u29BF\u2713\u2714\u2717\u2718\u25A3\u25FC";

/** A task list's boxes, ticked ("[x]", "[✓]") and empty ("[ ]"). */
const TICKED_TASK = "\\[\\s{0,2}[xX\u2713\u2714]\\s{0,2}\\]";
const EMPTY_TASK = "\\[\\s{1,3}\\]";

const MARK = new RegExp(`(${TICKED_TASK})|(${EMPTY_TASK})|([${TICKED_BOX}])|([${EMPTY_BOX}])|([${TICKED_SHAPE}])|([${EMPTY_SHAPE}])`, "gu");

/** A list's bullet or number, which may stand before a line's first box ("- ☐ 24 heures", "1. [x]"). */
const LIST_MARKER = "[-*+\\u2022]\\s+|\\(?(?:\\d{1,3}|[a-z])[.)]\\s+";

/** A line's text before a mark that still lets it be the line's first: a list's bullet or number. */
const LEAD = new RegExp(`^\\s*(?:${LIST_MARKER})?$`);

/** Whether a text holds any mark: most hold none. */
const ANY_MARK = new RegExp(MARK.source, "u");

interface Mark {
  start: number;
  end: number;
  ticked: boolean;
  leading: boolean;
}

/** The marks of one line, bullets-alike shapes only where the line has two marks or more. */
function marksOf(text: string): Mark[] {
  const all = [...text.matchAll(MARK)];
  const indent = text.length - text.trimStart().length;
  return all
    .filter((m) => all.length > 1 || m[1] !== undefined || m[2] !== undefined || m[3] !== undefined || m[4] !== undefined)
    .map((m) => {
      const start = m.index ?? 0;
      return {
        start,
        end: start + m[0].length,
        ticked: m[1] !== undefined || m[3] !== undefined || m[5] !== undefined,
        // Only a short lead can be a bullet: the slice stays short on a long line of marks.
        leading: start - indent <= 8 && LEAD.test(text.slice(0, start)),
      };
    });
}

/** The text with each empty option of a form's choices blanked (see the file's comment). */
export function withoutUnchosenOptions(text: string): string {
  // Most texts hold no box at all: one scan says so.
  if (!ANY_MARK.test(text)) return text;
  const lines = text.split("\n");
  const marks = lines.map(marksOf);
  let changed = false;
  for (const [first, last] of choiceGroups(lines, marks)) {
    const all = marks.slice(first, last + 1).flat();
    const chosen = all.some((m) => m.ticked) && all.some((m) => !m.ticked);
    for (let k = first; k <= last; k++) {
      const own = marks[k] ?? [];
      const empty = own.filter((m) => !m.ticked);
      // A line offering two empty boxes or more after its start, none ticked: a choice left open.
      const open = empty.length > 1 && own.some((m) => !m.leading);
      if (empty.length === 0 || (!chosen && !open)) continue;
      lines[k] = blanked(lines[k] ?? "", own);
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

/**
 * The lines a choice is made over, first and last: a paragraph (lines between blank lines), and
 * the options after it that are paragraphs of their own, each opening with its box (as Word writes
 * a choice one option a paragraph), when it ends in a colon or in an option itself, a blank line or
 * two between.
 */
function choiceGroups(lines: readonly string[], marks: ReadonlyArray<readonly Mark[]>): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  const blank = (k: number): boolean => (lines[k] ?? "").trim() === "";
  const boxFirst = (k: number): boolean => marks[k]?.[0]?.leading === true;
  for (let first = 0; first < lines.length;) {
    if (blank(first)) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && !blank(last + 1)) last++;
    const previous = groups.at(-1);
    const joins =
      previous !== undefined &&
      boxFirst(first) &&
      (boxFirst(previous[1]) || /:\s*$/.test(lines[previous[1]] ?? "")) &&
      first - previous[1] <= 3;
    if (joins) previous[1] = last;
    else groups.push([first, last]);
    first = last + 1;
  }
  return groups;
}

/** A line with each empty option's words blanked: after its box to the next box, a cell's end or the line's end. */
function blanked(line: string, marks: readonly Mark[]): string {
  const lineEnd = line.endsWith("\r") ? line.length - 1 : line.length;
  const pieces: string[] = [];
  let from = 0;
  for (const [k, m] of marks.entries()) {
    if (m.ticked) continue;
    // Each character up to the next mark is looked at once: a line of many boxes costs its length.
    let end = m.end;
    const limit = marks[k + 1]?.start ?? lineEnd;
    while (end < limit && line[end] !== "|" && line[end] !== "\t") end++;
    // The box stays, so that a line of one option never reads as a blank line (a paragraph's end).
    pieces.push(line.slice(from, m.end), " ".repeat(end - m.end));
    from = end;
  }
  pieces.push(line.slice(from));
  return pieces.join("");
}

/** A form's boxes, whatever their kind ("☐", "[x]", "✔"): a choice's marks, no words of it. */
export function withoutBoxes(text: string): string {
  return text.replace(MARK, " ");
}

/** A line opening with a box that is only a box, after a list's bullet or number if any. */
const OPENS_WITH_BOX = new RegExp(`^\\s*(?:${LIST_MARKER})?(?:${TICKED_TASK}|${EMPTY_TASK}|[${TICKED_BOX}${EMPTY_BOX}])`, "u");

/**
 * Whether a line opens with a box ("[x] Germany", "- ☐ 24 heures"): anchored at its start, so a
 * question asked of every sentence on one long line costs no more than its first characters.
 */
export function opensWithBox(line: string): boolean {
  return OPENS_WITH_BOX.test(line);
}
