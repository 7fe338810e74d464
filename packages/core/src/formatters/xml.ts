/** Escaping for the XML formats (JUnit, Checkstyle). */
/** XML character data: escaped, and without the characters XML 1.0 cannot carry at all. */
export function text(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped: C0 controls but tab and newlines,
  // U+FFFE and U+FFFF, and unpaired surrogates.
  return s
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** An XML attribute value. */
export function attr(s: string): string {
  return text(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
