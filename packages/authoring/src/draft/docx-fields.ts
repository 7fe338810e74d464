/**
 * Word fields whose shown text the DOCX reader (mammoth) misses, written into the DOCX as plain
 * runs before it reads it:
 * - a simple field (w:fldSimple: a cross-reference, a document property, a form's value: "within
 *   <w:fldSimple w:instr="DOCPROPERTY BreachHours">24</w:fldSimple> hours"): mammoth drops it with
 *   its text ("within hours"); its runs are kept, the field's markup dropped;
 * - a legacy drop-down form field (FORMDROPDOWN: "innerhalb von [48 Stunden ▾]"): Word keeps the
 *   entries and the chosen one's number in the field's data (w:ddList) and shows it from there, so
 *   the text has nothing; the chosen entry is written after the field. A field Word wrote a result
 *   for (after a "separate" mark) keeps it.
 * A complex field's result (w:fldChar) and a legacy check box mammoth reads already. The DOCX is
 * returned as it is when it has none of these.
 */

/** What is used of JSZip. */
export interface JsZip {
  loadAsync(bytes: Buffer): Promise<JsZip>;
  files: Record<string, unknown>;
  file(name: string): { async(type: "string"): Promise<string> } | null;
  file(name: string, content: string): JsZip;
  generateAsync(options: { type: "nodebuffer" }): Promise<Buffer>;
}

/** The parts of a DOCX whose text is read: the body, its headers and footers, its notes. */
const TEXT_PARTS = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** The DOCX with its simple fields' and drop-downs' shown text as plain runs (see above). */
export async function withFieldsShown(zip: JsZip, bytes: Buffer): Promise<Buffer> {
  const docx = await zip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(docx.files).filter((n) => TEXT_PARTS.test(n))) {
    const xml = (await docx.file(name)?.async("string")) ?? "";
    if (!xml.includes("<w:fldSimple") && !xml.includes("<w:ddList")) continue;
    // An empty field (<w:fldSimple .../>) shows nothing; an open one keeps its runs.
    const shown = withDropDownsShown(xml.replace(/<w:fldSimple\b[^>]*\/>|<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g, ""));
    if (shown === xml) continue;
    docx.file(name, shown);
    changed = true;
  }
  return changed ? docx.generateAsync({ type: "nodebuffer" }) : bytes;
}

/**
 * Each drop-down form field's chosen entry written as a run after the field's end: the entry its
 * w:result numbers (else its w:default, else the first). One pass: each search starts where the
 * last field ended.
 */
export function withDropDownsShown(xml: string): string {
  const out: string[] = [];
  let from = 0;
  for (let at = xml.indexOf("<w:ddList", from); at >= 0; at = xml.indexOf("<w:ddList", from)) {
    const close = xml.indexOf("</w:ddList>", at);
    const end = close < 0 ? -1 : xml.indexOf('w:fldCharType="end"', close);
    const runEnd = end < 0 ? -1 : xml.indexOf("</w:r>", end);
    if (runEnd < 0) break;
    const list = xml.slice(at, close);
    const entries = [...list.matchAll(/<w:listEntry\b[^>]*\bw:val="([^"]*)"/g)].map((m) => m[1] ?? "");
    const chosen = Number(/<w:result\b[^>]*\bw:val="(\d+)"/.exec(list)?.[1] ?? /<w:default\b[^>]*\bw:val="(\d+)"/.exec(list)?.[1] ?? 0);
    const entry = entries[chosen];
    // Word wrote the shown text itself when the field has a result part.
    const hasResult = xml.slice(close, end).includes('w:fldCharType="separate"');
    out.push(xml.slice(from, runEnd + "</w:r>".length));
    // The entry is an attribute's value, escaped as XML text needs it to be.
    if (entry && !hasResult) out.push(`<w:r><w:t xml:space="preserve">${entry}</w:t></w:r>`);
    from = runEnd + "</w:r>".length;
  }
  out.push(xml.slice(from));
  return out.join("");
}
