/**
 * The host a section about sub-processors names in a sentence about hosting, with its country in
 * brackets: "Application hosting is provided on **DigitalOcean (US)**." after the sub-processors'
 * table, "El alojamiento de la aplicación se realiza en DigitalOcean (EE. UU.)".
 */

import { type Paragraph, sentences, withoutMarkup } from "./document.js";
import { placeIn } from "./countries.js";
import { KEYWORDS } from "./language.js";
import { entry, foundEntry, nameLike, type FoundSubprocessor, type Taken } from "./subprocessor-entry.js";

/**
 * The word a host's name follows, the name (up to four capitalised words) and a bracket: "on
 * DigitalOcean (US)", "bei Hetzner (Deutschland)". Words about hosting must stand near it, before
 * ("hosting is provided on") or after ("bei Hetzner (Deutschland) gehostet").
 */
const HOST_WITH_PLACE = new RegExp(
  `(?<![\\p{L}])(?:${KEYWORDS.hostedWith.source})\\s+(?<name>\\p{Lu}[\\p{L}\\d.&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&-]*){0,3})\\s*\\((?<place>[^()]{2,40})\\)`,
  "gu",
);

/** How far before and after the host's name its words about hosting are read. */
const HOSTING_BEFORE = 60;
const HOSTING_AFTER = 40;

/**
 * The hosts the sentences of a paragraph under a heading about sub-processors name, each with a
 * place in its bracket (a country, a city) and a name that is no place ("hosted in Frankfurt
 * (Germany)" names a city).
 */
export function hostsNamed(paras: readonly Paragraph[], i: number): Taken | undefined {
  const p = paras[i];
  if (!p || !KEYWORDS.subprocessor.test(p.heading)) return undefined;
  const rows: FoundSubprocessor[] = [];
  for (const s of sentences(p)) {
    const text = withoutMarkup(s.text);
    // One quote for all the sentence's hosts, each read from its own match: a sentence of many
    // hosts is read once, not once per host.
    const quote = s.text.trim();
    for (const m of text.matchAll(HOST_WITH_PLACE)) {
      const name = m.groups?.name ?? "";
      const place = m.groups?.place ?? "";
      const end = m.index + m[0].length;
      const near = `${text.slice(Math.max(0, m.index - HOSTING_BEFORE), m.index)} ${text.slice(end, end + HOSTING_AFTER)}`;
      if (!KEYWORDS.hosting.test(near) || !nameLike(name) || placeIn(name) !== undefined || placeIn(place) === undefined) continue;
      const e = entry(name, m[0], place);
      if (e) rows.push(foundEntry(p, s.line, quote, e, "a host named in a sentence about hosting, under a heading about sub-processors"));
    }
  }
  return rows.length > 0 ? { rows, next: i + 1 } : undefined;
}
