import { printable } from "./printable.js";

/**
 * Text from vendor files and paths, made inert in a GitHub-flavoured Markdown table cell (a pull
 * request comment, a job summary): whatever a vendor file says renders as those characters, never
 * as a link, an image, emphasis, HTML, a mention or a second cell.
 * - `\`, backticks, `*`, `_`, `[`, `]`, `!`, `~` and `|` are backslash-escaped (emphasis, code,
 *   links, images, strikethrough, cell breaks);
 * - `&`, `<` and `>` become entities (entities, HTML, autolinks in angle brackets);
 * - `:` before `//`, the dot after `www` and `@` are written as character references or followed
 *   by a zero-width space, which the autolink-literal and mention rules (run on the source) never
 *   match, and which render as the same characters;
 * - line breaks become spaces and control characters are shown as `\u{..}` (printable).
 */
export function markdownText(text: string): string {
  return printable(oneLine(text))
    .replace(/[\\`*_[\]!~|]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/:(?=\/\/)/g, "&#58;")
    .replace(/(www)\./gi, "$1&#46;")
    .replace(/@/g, "@&#8203;");
}

/**
 * Text as an inline code span in a table cell: fenced by one backtick more than the longest run
 * inside it (CommonMark's rule, so a backtick in a file name cannot close the span), padded when
 * it starts or ends with one, with `|` escaped (GFM splits cells before it reads code spans).
 */
export function markdownCode(text: string): string {
  const body = printable(oneLine(text)).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ");
}
