/**
 * Text from vendor files (names, values in messages, file names) made safe for a terminal or a
 * rendered Markdown page: control characters, ANSI escape sequences among them, are shown as
 * `\u{1b}` instead of being interpreted (a vendor file must not repaint or hide report lines).
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
