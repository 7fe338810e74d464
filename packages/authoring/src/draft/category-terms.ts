/**
 * Special categories of personal data: whether the DPA says none are processed.
 */

import { KEYWORDS, phrase } from "./language.js";
import type { Context, Found } from "./term-reading.js";
import { found } from "./term-reading.js";

/** "(if applicable)" after a question of a form, in each language: not an answer. */
const IF_APPLICABLE = phrase("ifApplicable", "(?:", ")", "gi");

/** Special categories of data: an explicit "not applicable" becomes [] (none are processed). */
export function specialCategories(ctx: Context): Found<string[]> | undefined {
  for (const [i, s] of ctx.sentences.entries()) {
    if (!KEYWORDS.special.test(s.text)) continue;
    // The answer often follows the question: "Sensitive data transferred (if applicable): Not applicable."
    const next = ctx.sentences[i + 1];
    const answer = KEYWORDS.none.test(s.text.replace(IF_APPLICABLE, ""))
      ? s
      : next && next.paragraph.index - s.paragraph.index <= 1 && next.text.length < 120 && KEYWORDS.none.test(next.text)
        ? next
        : undefined;
    if (answer) {
      ctx.trace?.("specialCategories", s, "taken: none (declared not applicable)");
      return found(answer, [], "sentence pattern: special categories declared not applicable");
    }
    ctx.trace?.("specialCategories", s, "skipped: special categories named, but not declared absent (write them in by hand)");
  }
  return undefined;
}
