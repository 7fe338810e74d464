/**
 * Text from vendor files (names, values in messages, file names) made safe for a terminal, a CI
 * log or a rendered Markdown page: control characters are shown as `\u{1b}` instead of being
 * interpreted. That covers ANSI escape sequences (a vendor file must not repaint or hide report
 * lines), line breaks and tabs (a value with a line break followed by `::add-mask::` would be a
 * GitHub workflow command of its own when the runner reads the log), and the Unicode bidirectional
 * controls (U+202E and its kin reorder what a reviewer sees).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
