/**
 * A fillable PDF's fields as the page shows them. A form filled in and kept fillable (not
 * flattened: pdf-blanks.ts reads those) keeps its values out of the page's text, each field an
 * annotation drawn over the page: read without them, "within [48] hours" is "within hours", and a
 * choice's ticked box reads as its empty ones do. Here each field becomes a text item where it
 * sits: a text field's value, a list's chosen value, a check box or radio button as ☒ or ☐
 * (form-choices.ts then reads which option was chosen).
 */

import type { PdfItem } from "./pdf-blanks.js";

/** What the reader needs of pdf.js's annotation data (getAnnotations). */
export interface FormField {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  rect?: number[];
  checkBox?: boolean;
  radioButton?: boolean;
  exportValue?: unknown;
  buttonValue?: unknown;
  hidden?: boolean;
}

/** How many fields of a page are read: a form has tens; a hostile page's thousands stay bounded. */
const MAX_FIELDS = 500;
/** The most characters of one field's value read (a comment box may hold a page of text). */
const MAX_VALUE = 4000;
/** The largest font size a field's text is taken to be set in, in points. */
const MAX_SIZE = 12;

/** How many items of one baseline a field is placed among: bounded, so hostile pages stay linear. */
const PER_BASELINE = 64;

const baselineOf = (item: PdfItem): number => item.transform[5] ?? 0;
const xOf = (item: PdfItem): number => item.transform[4] ?? 0;

/**
 * The page's text items with its form fields' among them: each field right after the item left of
 * it on its line (before the line's first when it opens it, as a check box before its label), the
 * reader taking a line's pieces in order; a field on no line of text is a line of its own at the end.
 */
export function withFormFields(items: readonly PdfItem[], annotations: readonly FormField[]): PdfItem[] {
  const fields = fieldItems(annotations);
  if (fields.length === 0) return [...items];
  const byBaseline = new Map<number, number[]>();
  items.forEach((item, k) => {
    if (item.str.trim() === "") return;
    const key = Math.round(baselineOf(item));
    const line = byBaseline.get(key) ?? [];
    if (line.length < PER_BASELINE) line.push(k);
    byBaseline.set(key, line);
  });
  const after = new Map<number, PdfItem[]>();
  const before = new Map<number, PdfItem[]>();
  const alone: PdfItem[] = [];
  for (const field of fields) {
    const [y, x, size] = [baselineOf(field), xOf(field), Math.abs(field.transform[3] ?? 10)];
    let left: number | undefined;
    let right: number | undefined;
    for (let key = Math.round(y - size / 2); key <= Math.round(y + size / 2); key++)
      for (const k of byBaseline.get(key) ?? []) {
        const item = items[k] as PdfItem;
        if (Math.abs(baselineOf(item) - y) > size / 2) continue;
        if (xOf(item) <= x) {
          if (left === undefined || xOf(item) > xOf(items[left] as PdfItem)) left = k;
        } else if (right === undefined || k < right) right = k;
      }
    const [anchor, into] = left !== undefined ? [left, after] : [right, before];
    if (anchor === undefined) alone.push(field);
    else {
      const beside = into.get(anchor) ?? [];
      beside.push(field);
      into.set(anchor, beside);
    }
  }
  // The fields beside one item in the order they sit on the line, sorted once.
  for (const beside of [...after.values(), ...before.values()]) beside.sort((a, b) => xOf(a) - xOf(b));
  return [...items.flatMap((item, k) => [...(before.get(k) ?? []), item, ...(after.get(k) ?? [])]), ...alone];
}

/** The text items a page's form fields show, where they show it. */
function fieldItems(annotations: readonly FormField[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const field of annotations.slice(0, MAX_FIELDS)) {
    if (field.subtype !== "Widget" || field.hidden || !field.rect || field.rect.length < 4) continue;
    const text = shown(field);
    if (!text) continue;
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = field.rect;
    const height = Math.abs(y2 - y1);
    // A field's text sits on its box's middle, set to fit in it: the baseline is where a line's
    // words beside the box stand.
    const size = Math.max(4, Math.min(MAX_SIZE, height * 0.7));
    const baseline = Math.min(y1, y2) + (height - size) / 2 + size * 0.2;
    // The item spans the field's box: the words after the box stand a word space from it, as on the page.
    const width = Math.max(text.length * size * 0.5, Math.abs(x2 - x1) - 1);
    out.push({ str: text, transform: [size, 0, 0, size, Math.min(x1, x2) + 1, baseline], width });
  }
  return out;
}

/** What a field shows: its value, or its box ticked or not; "" for a button or an empty field. */
function shown(field: FormField): string {
  if (field.fieldType === "Btn") {
    if (field.checkBox)
      return field.fieldValue !== undefined && field.fieldValue !== "Off" && field.fieldValue === field.exportValue ? "\u2612" : "\u2610";
    if (field.radioButton) return field.fieldValue !== undefined && field.fieldValue === field.buttonValue ? "\u2612" : "\u2610";
    return "";
  }
  if (field.fieldType !== "Tx" && field.fieldType !== "Ch") return "";
  const value = Array.isArray(field.fieldValue) ? field.fieldValue.join(", ") : field.fieldValue;
  return typeof value === "string" ? value.slice(0, MAX_VALUE).replace(/\s+/g, " ").trim() : "";
}
