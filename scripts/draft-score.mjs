// npm run draft:score [-- --set builtin|dev|test|all] [--json] [--verbose] [--check] [--raise-floor]
// How well `dpa-lint policy draft` reads DPAs, per term family and overall, against hand
// annotations (the matching rules are at the top of packages/authoring/src/draft/score.ts):
// - builtin: the five DPAs the built-in packs are drawn from (../shared/dpas), annotated by the
//   packs themselves (policies/dpa/<id>/data.yaml);
// - dev and test: the corpus of published DPAs in packages/authoring/test/draft-corpus (its README
//   lists each text's source, licence and half). The reader is changed looking at the dev half
//   only; the test half's figures are printed as totals, never DPA by DPA (no --verbose there).
// --check compares each set's figures with draft-corpus/floor.json and fails on any regression;
// --raise-floor writes the figures into it where they went up (never down: a drop is --check's to report).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { draftFromFile, overall, rates, SCORED_FAMILIES, scoreDraft, sumScores } from "../packages/authoring/dist/index.js";
import { root as repoRoot } from "./tools.mjs";

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "all" },
    json: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "raise-floor": { type: "boolean", default: false },
  },
});
const corpusDir = join(repoRoot, "packages/authoring/test/draft-corpus");
const sets = values.set === "all" ? ["builtin", "dev", "test"] : [values.set];
if (values.verbose && sets.includes("test")) {
  console.error("dpa-lint draft:score: the test half is scored in totals only; --verbose applies to --set builtin or dev");
  process.exit(2);
}

/** Each set's DPAs: the text to draft from and its annotated terms. */
function entries(set) {
  if (set === "builtin") {
    const dpas = join(repoRoot, "..", "shared", "dpas");
    return readdirSync(join(repoRoot, "policies/dpa")).map((id) => {
      const { terms } = parse(readFileSync(join(repoRoot, "policies/dpa", id, "data.yaml"), "utf8"));
      return { id, file: join(dpas, terms.source), terms };
    });
  }
  const corpus = parse(readFileSync(join(corpusDir, "corpus.yaml"), "utf8"));
  return corpus.dpas
    .filter((d) => d.half === set)
    .map((d) => ({
      id: d.id,
      file: join(corpusDir, "texts", d.file),
      terms: parse(readFileSync(join(corpusDir, "annotations", `${d.id}.yaml`), "utf8")).terms,
    }));
}

const percent = (n) => (n === undefined ? "   –  " : `${n.toFixed(0).padStart(4)}% `);
const row = (name, c) => {
  const r = rates(c);
  return `| ${name.padEnd(20)} | ${`${c.tp} / ${c.fp} / ${c.fn}`.padEnd(14)} | ${percent(r.precision)} | ${percent(r.recall)} |`;
};

const report = {};
for (const set of sets) {
  const scored = [];
  for (const e of entries(set)) {
    const draft = await draftFromFile(e.file, e.id);
    const score = scoreDraft(draft, e.terms);
    scored.push(score);
    if (values.verbose) {
      const wrong = SCORED_FAMILIES.filter((f) => score.families[f].fp + score.families[f].fn > 0).map(
        (f) => `${f} ${score.families[f].tp}/${score.families[f].fp}/${score.families[f].fn}`,
      );
      console.log(`${set} ${e.id}: ${wrong.length === 0 ? "all right" : wrong.join(", ")}`);
    }
  }
  const total = sumScores(scored);
  report[set] = {
    dpas: scored.length,
    families: total.families,
    overall: overall(total),
    quotes: { checked: total.quotes.checked, notFound: total.quotes.notFound.length },
  };
  if (values.json) continue;
  console.log(
    `\n${set}: ${scored.length} DPAs; quotes verbatim ${total.quotes.checked - total.quotes.notFound.length}/${total.quotes.checked}\n`,
  );
  console.log("| family               | TP / FP / FN   | precision | recall |");
  console.log("|---|---|---|---|");
  for (const f of SCORED_FAMILIES) console.log(row(f, total.families[f]));
  console.log(row("all", overall(total)));
}
if (values.json) console.log(JSON.stringify(report, null, 2));

/** A set's counts for one family, or over all of them ("all", as floor.json names the total). */
function countsOf(got, family) {
  return family === "all" ? got.overall : got.families[family];
}

if (values.check) {
  const floor = JSON.parse(readFileSync(join(corpusDir, "floor.json"), "utf8"));
  const failures = [];
  for (const [set, got] of Object.entries(report)) {
    for (const [family, min] of Object.entries(floor[set] ?? {})) {
      const r = rates(countsOf(got, family));
      for (const k of ["precision", "recall"])
        if (min[k] !== undefined && (r[k] ?? 100) < min[k]) failures.push(`${set} ${family} ${k} ${(r[k] ?? 0).toFixed(1)}% < ${min[k]}%`);
    }
    if (got.quotes.notFound > 0) failures.push(`${set}: ${got.quotes.notFound} quotes are not verbatim in their DPA`);
  }
  if (failures.length > 0) {
    console.error(`dpa-lint draft:score: below the floor (draft-corpus/floor.json):\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

if (values["raise-floor"]) {
  const file = join(corpusDir, "floor.json");
  const floor = JSON.parse(readFileSync(file, "utf8"));
  for (const [set, got] of Object.entries(report))
    for (const family of [...SCORED_FAMILIES, "all"]) {
      const r = rates(countsOf(got, family));
      const min = (floor[set] ??= {})[family] ?? {};
      for (const k of ["precision", "recall"]) if (r[k] !== undefined && Math.floor(r[k]) > (min[k] ?? -1)) min[k] = Math.floor(r[k]);
      floor[set][family] = min;
    }
  writeFileSync(file, `${JSON.stringify(floor, null, 2)}\n`);
}
