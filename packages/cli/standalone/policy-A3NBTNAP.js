import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  EXIT,
  SHARED_POLICY_PARTS,
  UsageError,
  buildPolicies,
  checkPacks,
  findOpa,
  holdsRego,
  ignoreArgs,
  loadPolicyPack,
  plural,
  withBuiltinBundle
} from "./chunk-JYOOLSWZ.js";
import {
  COUNTRY_NAME_LANGUAGES,
  InputError,
  Linter,
  PolicyError,
  __commonJS,
  __require,
  __toESM,
  childProcess,
  countries,
  isCode,
  readBundle,
  require_dist
} from "./chunk-C73BQWG2.js";

// node_modules/i18n-iso-countries/langs/de.json
var require_de = __commonJS({
  "node_modules/i18n-iso-countries/langs/de.json"(exports, module) {
    module.exports = {
      locale: "de",
      countries: {
        AF: "Afghanistan",
        EG: "Ägypten",
        AX: "Åland",
        AL: "Albanien",
        DZ: "Algerien",
        AS: "Amerikanisch-Samoa",
        VI: "Amerikanische Jungferninseln",
        AD: "Andorra",
        AO: "Angola",
        AI: "Anguilla",
        AQ: "Antarktis",
        AG: "Antigua und Barbuda",
        GQ: "Äquatorialguinea",
        AR: "Argentinien",
        AM: "Armenien",
        AW: "Aruba",
        AZ: "Aserbaidschan",
        ET: "Äthiopien",
        AU: "Australien",
        BS: "Bahamas",
        BH: "Bahrain",
        BD: "Bangladesch",
        BB: "Barbados",
        BY: "Belarus",
        BE: "Belgien",
        BZ: "Belize",
        BJ: "Benin",
        BM: "Bermuda",
        BT: "Bhutan",
        BO: "Bolivien",
        BQ: "Bonaire",
        BA: "Bosnien und Herzegowina",
        BW: "Botswana",
        BV: "Bouvetinsel",
        BR: "Brasilien",
        VG: "Britische Jungferninseln",
        IO: "Britisches Territorium im Indischen Ozean",
        BN: "Brunei Darussalam",
        BG: "Bulgarien",
        BF: "Burkina Faso",
        BI: "Burundi",
        CL: "Chile",
        CN: "China",
        CK: "Cookinseln",
        CR: "Costa Rica",
        CI: "Elfenbeinküste",
        CW: "Curaçao",
        DK: "Dänemark",
        DE: "Deutschland",
        DM: "Dominica",
        DO: "Dominikanische Republik",
        DJ: "Dschibuti",
        EC: "Ecuador",
        SV: "El Salvador",
        ER: "Eritrea",
        EE: "Estland",
        FK: "Falklandinseln",
        FO: "Färöer",
        FJ: "Fidschi",
        FI: "Finnland",
        FR: "Frankreich",
        GF: "Französisch-Guayana",
        PF: "Französisch-Polynesien",
        TF: "Französische Süd- und Antarktisgebiete",
        GA: "Gabun",
        GM: "Gambia",
        GE: "Georgien",
        GH: "Ghana",
        GI: "Gibraltar",
        GD: "Grenada",
        GR: "Griechenland",
        GL: "Grönland",
        GP: "Guadeloupe",
        GU: "Guam",
        GT: "Guatemala",
        GG: "Guernsey",
        GN: "Guinea",
        GW: "Guinea-Bissau",
        GY: "Guyana",
        HT: "Haiti",
        HM: "Heard und McDonaldinseln",
        HN: "Honduras",
        HK: ["Hongkong", "Hong Kong"],
        IN: "Indien",
        ID: "Indonesien",
        IM: "Insel Man",
        IQ: "Irak",
        IR: "Iran",
        IE: "Irland",
        IS: "Island",
        IL: "Israel",
        IT: "Italien",
        JM: "Jamaika",
        JP: "Japan",
        YE: "Jemen",
        JE: "Jersey",
        JO: "Jordanien",
        KY: "Kaimaninseln",
        KH: "Kambodscha",
        CM: "Kamerun",
        CA: "Kanada",
        CV: "Kap Verde",
        KZ: "Kasachstan",
        QA: "Katar",
        KE: "Kenia",
        KG: "Kirgisistan",
        KI: "Kiribati",
        CC: "Kokosinseln",
        CO: "Kolumbien",
        KM: "Komoren",
        CD: "Kongo",
        KP: "Nordkorea",
        KR: "Südkorea",
        HR: "Kroatien",
        CU: "Kuba",
        KW: "Kuwait",
        LA: "Laos",
        LS: "Lesotho",
        LV: "Lettland",
        LB: "Libanon",
        LR: "Liberia",
        LY: "Libyen",
        LI: "Liechtenstein",
        LT: "Litauen",
        LU: "Luxemburg",
        MO: "Macao",
        MG: "Madagaskar",
        MW: "Malawi",
        MY: "Malaysia",
        MV: "Malediven",
        ML: "Mali",
        MT: "Malta",
        MA: "Marokko",
        MH: "Marshallinseln",
        MQ: "Martinique",
        MR: "Mauretanien",
        MU: "Mauritius",
        YT: "Mayotte",
        MX: "Mexiko",
        FM: "Mikronesien",
        MD: "Moldawien",
        MC: "Monaco",
        MN: "Mongolei",
        ME: "Montenegro",
        MS: "Montserrat",
        MZ: "Mosambik",
        MM: "Myanmar",
        NA: "Namibia",
        NR: "Nauru",
        NP: "Nepal",
        NC: "Neukaledonien",
        NZ: "Neuseeland",
        NI: "Nicaragua",
        NL: "Niederlande",
        NE: "Niger",
        NG: "Nigeria",
        NU: "Niue",
        MK: "Nordmazedonien",
        MP: "Nördliche Marianen",
        NF: "Norfolkinsel",
        NO: "Norwegen",
        OM: "Oman",
        AT: "Österreich",
        TL: "Osttimor",
        PK: "Pakistan",
        PS: "Staat Palästina",
        PW: "Palau",
        PA: "Panama",
        PG: "Papua-Neuguinea",
        PY: "Paraguay",
        PE: "Peru",
        PH: "Philippinen",
        PN: "Pitcairninseln",
        PL: "Polen",
        PT: "Portugal",
        PR: "Puerto Rico",
        TW: "Taiwan",
        CG: "Republik Kongo",
        RE: "Réunion",
        RW: "Ruanda",
        RO: "Rumänien",
        RU: ["Russische Föderation", "Russland"],
        BL: "Saint-Barthélemy",
        MF: "Saint-Martin",
        SB: "Salomonen",
        ZM: "Sambia",
        WS: "Samoa",
        SM: "San Marino",
        ST: "São Tomé und Príncipe",
        SA: "Saudi-Arabien",
        SE: "Schweden",
        CH: "Schweiz",
        SN: "Senegal",
        RS: "Serbien",
        SC: "Seychellen",
        SL: "Sierra Leone",
        ZW: "Simbabwe",
        SG: "Singapur",
        SX: "Sint Maarten",
        SK: "Slowakei",
        SI: "Slowenien",
        SO: "Somalia",
        ES: "Spanien",
        LK: "Sri Lanka",
        SH: "St. Helena",
        KN: "St. Kitts und Nevis",
        LC: "St. Lucia",
        PM: "Saint-Pierre und Miquelon",
        VC: "St. Vincent und die Grenadinen",
        ZA: "Südafrika",
        SD: "Sudan",
        GS: "Südgeorgien und die Südlichen Sandwichinseln",
        SS: "Südsudan",
        SR: "Suriname",
        SJ: "Svalbard und Jan Mayen",
        SZ: "Eswatini",
        SY: "Syrien, Arabische Republik",
        TJ: "Tadschikistan",
        TZ: ["Tansania, Vereinigte Republik", "Tansania"],
        TH: "Thailand",
        TG: "Togo",
        TK: "Tokelau",
        TO: "Tonga",
        TT: "Trinidad und Tobago",
        TD: "Tschad",
        CZ: ["Tschechische Republik", "Tschechien"],
        TN: "Tunesien",
        TR: "Türkei",
        TM: "Turkmenistan",
        TC: "Turks- und Caicosinseln",
        TV: "Tuvalu",
        UG: "Uganda",
        UA: "Ukraine",
        HU: "Ungarn",
        UM: "United States Minor Outlying Islands",
        UY: "Uruguay",
        UZ: "Usbekistan",
        VU: "Vanuatu",
        VA: "Vatikanstadt",
        VE: "Venezuela",
        AE: "Vereinigte Arabische Emirate",
        US: ["Vereinigte Staaten von Amerika", "Vereinigte Staaten", "USA"],
        GB: ["Vereinigtes Königreich", "Großbritannien"],
        VN: "Vietnam",
        WF: "Wallis und Futuna",
        CX: "Weihnachtsinsel",
        EH: "Westsahara",
        CF: "Zentralafrikanische Republik",
        CY: "Zypern",
        XK: "Kosovo"
      }
    };
  }
});

// packages/cli/src/commands/policy.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join5, relative as relative4, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// packages/core/src/policy/test-run.ts
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
var COVERAGE_THRESHOLD = 90;
function testPolicies(opa, dir, withDirs = []) {
  const target = resolve(dir);
  const paths = [target, ...withDirs.map((d) => withoutTests(resolve(d)))];
  const run = childProcess().spawnSync(opa, ["test", "-v", ...ignoreArgs(), ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  const cov = childProcess().spawnSync(opa, ["test", "--coverage", "--format", "json", ...ignoreArgs(), ...paths], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  });
  try {
    const report = JSON.parse(cov.stdout);
    const mine = Object.entries(report.files ?? {}).filter(([file]) => resolve(file).startsWith(target));
    const lines = mine.map(([, f]) => lineCount(f));
    const covered = lines.reduce((n, l) => n + l.covered, 0);
    const total = lines.reduce((n, l) => n + l.covered + l.notCovered, 0);
    const files = mine.map(([file, f]) => ({ file, coverage: f.coverage ?? 0 }));
    return { output, passed: run.status === 0, coverage: total === 0 ? 100 : 100 * covered / total, files };
  } catch {
    return { output, passed: false, coverage: 0, files: [] };
  }
}
function lineCount(f) {
  const sum = (ranges) => (ranges ?? []).reduce((n, r) => {
    const range = r;
    return n + ((range.end?.row ?? 0) - (range.start?.row ?? 0) + 1);
  }, 0);
  return { covered: sum(f.covered), notCovered: sum(f.not_covered) };
}
function withoutTests(dir) {
  const copy = join(mkdtempSync(join(tmpdir(), "dpa-lint-shared-")), basename(dir));
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith("_test.rego") });
  return copy;
}

// packages/core/src/policy/format.ts
function formatPolicies(opa, paths, options) {
  const files = opaFmt(opa, ["--list", ...paths]).split("\n").filter(Boolean);
  if (!options.check && files.length > 0) opaFmt(opa, ["--write", ...files]);
  return { files };
}
function opaFmt(opa, args) {
  const run = childProcess().spawnSync(opa, ["fmt", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new PolicyError(`cannot run ${opa}: ${run.error.message}`);
  if (run.status !== 0) throw new PolicyError(`opa fmt failed: ${`${run.stderr}${run.stdout}`.trim()}`);
  return run.stdout;
}

// packages/core/src/policy/scaffold.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join as join2, relative } from "node:path";
function scaffoldPack(id, policiesDir, cwd) {
  checkPackId(id);
  const dir = join2(policiesDir, "dpa", id);
  if (existsSync(dir)) throw new InputError("already exists; choose another id or edit it", { file: relative(cwd, dir) || dir });
  const files = {
    "data.yaml": termsFile(id),
    "tests/unlisted-subprocessor.yaml": fixtureFile(id),
    "tests/unlisted-subprocessor.expected.json": `${JSON.stringify([{ ruleId: `${id}/subprocessor-not-listed`, line: 12 }], null, 2)}
`
  };
  const written = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join2(dir, name);
    mkdirSync(join2(path, ".."), { recursive: true });
    writeFileSync(path, text);
    written.push(relative(cwd, path));
  }
  return written;
}
function termsFile(id) {
  return `# Terms of the ${id} DPA, as data: the rules every pack shares read them (policies/README.md,
# "Adding a DPA"). Replace every TODO with what the signed DPA says, citing its clause and quoting
# its words verbatim; write null where the DPA gives no number. dpa-lint policy check lists what
# is left to do.
terms:
  title: TODO the DPA's title
  source: TODO the DPA's text file, relative to this file (policy check verifies the quotes in it)
  governingLaw: TODO # the ISO code of the governing law's country (its holidays skip working days), or null
  hosting:
    allowed: TODO # where the vendor may host: ISO codes and EEA / adequacy, or null when the DPA does not restrict it
    declared: TODO # what the DPA claims about where all data stays, or null
  subprocessors:
    listed: TODO # true when the DPA lists its sub-processors, else false
    list:
      - name: TODO the sub-processor's name
        country: TODO # ISO code, or null when the DPA gives no server location
        mechanism: TODO # eea, adequacy, dpf, scc, bcr, derogation, or null when the DPA names none
  priorNotice: TODO # {value: 30, unit: days} (units hours, days, working_days, months, years), or null
  objectionWindow: TODO # the same shape, or null
  breachNotification: TODO # the same shape, or null ("without undue delay")
  audit:
    maxPerYear: TODO # a number, or null (then uncapped: true, or absent: true when there is no audit right)
    notice: TODO # a period, or null
  retention: [] # per data category: {category, max: {value, unit}, from, clause, quote}
  specialCategories: TODO # the Art. 9 categories the DPA declares, [] when it declares none, null when silent
  clauses:
    subprocessor-not-listed:
      clause: TODO the clause that lists the sub-processors
      quote: TODO its words, verbatim
`;
}
function fixtureFile(id) {
  return `# A fixture test (dpa-lint policy test): this vendor file must give exactly the findings in
# unlisted-subprocessor.expected.json. Add one file per case the pack must catch or let pass.
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: ${id}-unlisted-subprocessor
vendor:
  name: Example vendor
  country: FR
dpa: ${id}
subprocessors:
  - name: Unlisted Analytics SAS
    country: FR
`;
}
function checkPackId(id) {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
    throw new InputError(`"${id}" is not a pack id: use lower-case letters, digits, - and _`, { field: "ID" });
}

// packages/core/src/policy/fixtures.ts
import { existsSync as existsSync2, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join as join3, relative as relative2 } from "node:path";
function fixtureDirs(location) {
  const base = statSync(location).isDirectory() ? location : dirname(location);
  const dpa = join3(base, "dpa");
  const perPack = existsSync2(dpa) ? readdirSync(dpa).map((id) => join3(dpa, id, "tests")) : [];
  return [join3(base, "tests"), ...perPack].filter((d) => existsSync2(d) && statSync(d).isDirectory());
}
function runFixtures(location, linter, cwd) {
  const failures = [];
  let tests = 0;
  for (const dir of fixtureDirs(location)) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      tests++;
      const file = join3(dir, name);
      const display = relative2(cwd, file) || file;
      const expectedFile = file.replace(/\.ya?ml$/, ".expected.json");
      if (!existsSync2(expectedFile)) {
        failures.push(`${display}: no ${relative2(cwd, expectedFile)} with its expected findings`);
        continue;
      }
      const expected = JSON.parse(readFileSync(expectedFile, "utf8")).map((f) => `${f.line} ${f.ruleId}`).sort();
      const actual = linter.lintFile(file).findings.map((f) => `${f.line} ${f.ruleId}`).sort();
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = actual.filter((a) => !expected.includes(a));
      if (missing.length > 0 || extra.length > 0) {
        const show = (list) => list.map((l) => `line ${l}`).join(", ");
        failures.push(
          `${display}: ${[missing.length > 0 ? `expected ${show(missing)}` : "", extra.length > 0 ? `unexpected ${show(extra)}` : ""].filter(Boolean).join("; ")}`
        );
      }
    }
  }
  return { tests, failures };
}

// packages/core/src/draft/draft.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename as basename3 } from "node:path";

// packages/core/src/draft/document.ts
var HEADING = /^(?:(article|art\.|artikel|clause|cl\.|section|§|bijlage|annex|annexe|anlage|appendix|schedule)\s*)?((?:\d+(?:\.\d+)*\.?)|[IVXLC]+\b|[A-Z]\b)\s*[.):–-]?\s+(.*)$/i;
var LETTERED = /^\(?([a-z]|[ivx]+)\)\s+\S/;
function paragraphs(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let annex = "";
  let numbered = "";
  let start = -1;
  const flush = (end) => {
    if (start < 0) return;
    const own = lines.slice(start, end).map((l) => l.trim());
    const lineStarts = [];
    let offset = 0;
    for (const l of own) {
      lineStarts.push(offset);
      offset += l.length + 1;
    }
    const paragraphText = own.join(" ");
    const plain = paragraphText.replace(/^#{1,6}\s+/, "").replace(/^(\*\*|__)(.*?)\1/, "$2");
    const heading = HEADING.exec(plain);
    const lettered = LETTERED.exec(plain);
    let clause = [annex, numbered].filter(Boolean).join(" ");
    const numberedHeading = /^\d/.test(heading?.[2] ?? "") && new RegExp("^\\p{Lu}", "u").test(heading?.[3] ?? "") && plain.length <= 150;
    if (heading && (heading[1] || numberedHeading)) {
      const word = heading[1]?.toLowerCase().replace(/\.$/, "");
      const label = (heading[2] ?? "").replace(/\.$/, "");
      if (word && /^(bijlage|annex|annexe|anlage|appendix|schedule)$/.test(word)) {
        annex = `${capitalise(word)} ${label}`;
        numbered = "";
      } else if (word) numbered = `${capitalise(word)} ${label}`;
      else numbered = label;
      clause = [annex, numbered].filter(Boolean).join(" ");
    } else if (lettered) clause = `${clause}(${lettered[1]})`;
    out.push({ index: out.length, text: paragraphText, lines: [start + 1, end], clause, lineStarts });
    start = -1;
  };
  lines.forEach((line, i) => {
    if (line.trim() === "") flush(i);
    else if (start < 0) start = i;
  });
  flush(lines.length);
  return out;
}
function capitalise(word) {
  const canonical = { art: "Article", cl: "Clause", annexe: "Annex" };
  const w = canonical[word] ?? word;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function sentences(p) {
  const out = [];
  const ends = [...p.text.matchAll(/[.;:!?]+(?=\s+[\p{Lu}("“‘•-])/gu)].map((m) => (m.index ?? 0) + m[0].length).filter(
    (end) => !new RegExp("(?:\\b\\p{L}{1,3}|\\d)\\.$", "u").test(p.text.slice(Math.max(0, end - 6), end)) || new RegExp("\\p{Ll}{4,}\\.$", "u").test(p.text.slice(Math.max(0, end - 8), end))
  );
  let from = 0;
  let line = 0;
  for (const end of [...ends, p.text.length]) {
    const piece = p.text.slice(from, end);
    const at = from + (piece.length - piece.trimStart().length);
    from = end;
    const text = piece.trim();
    if (!text) continue;
    while (line + 1 < p.lineStarts.length && (p.lineStarts[line + 1] ?? Infinity) <= at) line++;
    out.push({ text, paragraph: p, line: p.lines[0] + line });
  }
  return out;
}
function paragraphLines(p) {
  return p.lineStarts.map((start, k) => p.text.slice(start, (p.lineStarts[k + 1] ?? p.text.length + 1) - 1));
}
function citeClause(s) {
  return s.paragraph.clause ? `${s.paragraph.clause} (L${s.line})` : `L${s.line}`;
}

// packages/core/src/draft/source.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, extname } from "node:path";
var MAX_DPA_BYTES = 50 * 2 ** 20;
async function readDpa(path, display = path) {
  const ext = extname(path).toLowerCase();
  const stem = basename2(path, extname(path));
  let bytes;
  try {
    if (statSync2(path).size > MAX_DPA_BYTES)
      throw new InputError(`is larger than ${MAX_DPA_BYTES / 2 ** 20} MiB; a DPA is never this big`, { file: display });
    bytes = readFileSync2(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(error.code === "ENOENT" ? "no such file" : "cannot be read", { file: display });
  }
  if (ext === ".pdf") return { name: `${stem}.txt`, format: "pdf", text: await pdfText(bytes, display) };
  if (ext === ".docx") return { name: `${stem}.txt`, format: "docx", text: htmlText(await docxHtml(bytes, display)) };
  if (ext === ".html" || ext === ".htm") return { name: `${stem}.txt`, format: "html", text: htmlText(bytes.toString("utf8")) };
  if (bytes.includes(0)) throw new InputError("is binary; give plain text, Markdown, HTML, PDF or DOCX", { file: display });
  return { name: basename2(path), format: ext === ".md" || ext === ".markdown" ? "markdown" : "text", text: bytes.toString("utf8") };
}
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  ndash: "–",
  mdash: "—",
  euro: "€"
};
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}
var BLOCKS = /* @__PURE__ */ new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "table",
  "section",
  "article",
  "blockquote",
  "pre"
]);
var SKIPPED = /* @__PURE__ */ new Set(["script", "style", "head"]);
function htmlText(html) {
  const lower = html.toLowerCase();
  const parts = [];
  let lineStart = true;
  let row;
  let cell;
  const emit = (piece) => {
    if (cell !== void 0) cell += piece;
    else if (piece) {
      parts.push(piece);
      lineStart = piece.endsWith("\n");
    }
  };
  const endCell = () => {
    if (cell !== void 0 && row) row.push(decode(cell).replace(/\s+/g, " ").replace(/\|/g, "/").trim());
    cell = void 0;
  };
  const endRow = () => {
    endCell();
    if (row) {
      parts.push(`${lineStart ? "" : "\n"}${row.join(" | ")}
`);
      lineStart = true;
    }
    row = void 0;
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open < 0) {
      emit(html.slice(at));
      break;
    }
    emit(html.slice(at, open));
    if (lower.startsWith("<!--", open)) {
      const close2 = html.indexOf("-->", open + 4);
      at = close2 < 0 ? html.length : close2 + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close < 0) break;
    const tag = /^<\s*(\/?)\s*([a-z][a-z0-9-]*)/.exec(lower.slice(open, Math.min(close + 1, open + 40)));
    at = close + 1;
    if (!tag) continue;
    const [, slash, name = ""] = tag;
    if (!slash && SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? html.length : html.indexOf(">", end) + 1 || html.length;
      continue;
    }
    if (name === "tr") {
      endRow();
      if (!slash) row = [];
    } else if ((name === "td" || name === "th") && row) {
      endCell();
      if (!slash) cell = "";
    } else if (name === "br") emit(cell !== void 0 ? " " : "\n");
    else if (BLOCKS.has(name)) {
      if (name === "table") endRow();
      emit(cell !== void 0 ? " " : "\n\n");
    }
  }
  endRow();
  return `${decode(parts.join("")).split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim()).filter((l, i, all) => l !== "" || all[i - 1] !== "").filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "").join("\n").trim()}
`;
}
function missingReader(error, pkg, path) {
  const code = error.code;
  if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
    throw new InputError(
      `reading it needs ${pkg}, which this build of dpa-lint leaves out: use the npm package (npx @dpa-lint/cli policy draft ...)`,
      { file: path }
    );
  throw error;
}
async function docxHtml(bytes, path) {
  let mammoth;
  try {
    mammoth = __require("mammoth");
  } catch (error) {
    missingReader(error, "mammoth", path);
  }
  try {
    return (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new InputError(`is not a readable DOCX file (${error.message.split("\n")[0]})`, { file: path });
  }
}
async function pdfText(bytes, path) {
  let pdfjs;
  try {
    pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  } catch (error) {
    missingReader(error, "pdfjs-dist", path);
  }
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0
    }).promise;
  } catch (error) {
    throw new InputError(`is not a readable PDF file (${error.message.split("\n")[0]})`, { file: path });
  }
  const lines = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    let line = "";
    let y;
    let gap = 0;
    for (const item of items.filter((i) => "str" in i)) {
      const here = item.transform[5] ?? 0;
      const size = Math.abs(item.transform[3] ?? 10) || 10;
      if (y !== void 0 && Math.abs(here - y) > size / 2) {
        lines.push(line.trim());
        if (Math.abs(here - y) > size * 1.8) lines.push("");
        line = "";
        gap = 0;
      }
      line += (gap > 0 && line && !line.endsWith(" ") && !item.str.startsWith(" ") ? " " : "") + item.str;
      gap = item.str ? 1 : gap;
      y = here;
    }
    if (line.trim()) lines.push(line.trim());
    if (/[.:;!?]\s*$/.test(lines[lines.length - 1] ?? "")) lines.push("");
  }
  return `${lines.filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "").join("\n").trim()}
`;
}

// packages/core/src/draft/language.ts
var UNITS = {
  // English
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  once: 1,
  twice: 2,
  // French
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  "dix-sept": 17,
  "dix-huit": 18,
  "dix-neuf": 19,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  "soixante-dix": 70,
  "quatre-vingt": 80,
  "quatre-vingts": 80,
  "quatre-vingt-dix": 90,
  cent: 100,
  // Dutch
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  // German
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100
};
var TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
var ONES_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
var TENS_NL = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
var ONES_NL = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
var TENS_DE = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
var ONES_DE = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
var TENS_FR = ["vingt", "trente", "quarante", "cinquante", "soixante"];
var ONES_FR = ["et-un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
var NUMBER_WORDS = (() => {
  const words = new Map(Object.entries(UNITS));
  TENS_EN.forEach((t, i) => ONES_EN.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  TENS_NL.forEach((t, i) => ONES_NL.forEach((o, j) => words.set(`${o}${o.endsWith("e") ? "ën" : "en"}${t}`, 20 + 10 * i + j + 1)));
  TENS_DE.forEach((t, i) => ONES_DE.forEach((o, j) => words.set(`${o}und${t}`, 20 + 10 * i + j + 1)));
  TENS_FR.forEach((t, i) => ONES_FR.forEach((o, j) => words.set(`${t}-${o}`, 20 + 10 * i + j + 1)));
  return words;
})();
var UNIT_WORDS = [
  [
    /^(working|business|work|bank)[- ]days?$|^werkdagen$|^werkdag$|^jours? ouvr(é|a|ab)[a-z]*$|^(werk|arbeits|geschäfts)tage?n?$/,
    "working_days"
  ],
  [/^(calendar )?days?$|^(kalender)?dag(en)?$|^jours?( calendaires| francs)?$|^(kalender)?tage?n?$|^tag$/, "days"],
  [/^hours?$|^u(u|r)en$|^uur$|^heures?$|^stunden?$/, "hours"],
  [/^weeks?$|^weken$|^week$|^semaines?$|^wochen?$/, "weeks"],
  [/^months?$|^maand(en)?$|^mois$|^monate?n?$|^monat$/, "months"],
  [/^years?$|^ja(a)?r(en)?$|^ans?$|^années?$|^jahre?n?$|^jahr$/, "years"]
];
var UNIT_PATTERN = "(?:(?:working|business|work|bank)[- ]days?|calendar days?|days?|hours?|weeks?|months?|years?|werkdagen|werkdag|kalenderdagen|dagen|dag|uren|uur|weken|week|maanden|maand|jaren|jaar|jours? ouvr[ée]s|jours? ouvrables|jours? calendaires|jours? francs|jours?|heures?|semaines?|mois|années?|ans?|kalendertage[n]?|werktage[n]?|arbeitstage[n]?|geschäftstage[n]?|tage[n]?|tag|stunden?|wochen?|monate[n]?|monat|jahre[n]?|jahr)";
var KEYWORDS = {
  subprocessor: /sub-?\s?processors?|sub-?\s?contractors?|subsequent processors?|other (data )?processors?|sub-?verwerkers?|onderaannemers?|sous-traitants?( ultérieurs?)?|unterauftragsverarbeiter|subunternehmer|weitere auftragsverarbeiter/i,
  objection: /\bobject(?:ion|ions|s)?\b(?! of)|\bbezwaar|\bs'opposer|\bopposition|\bobjections?\b|widersprech|widerspruch|einspruch|einwände|einwand/i,
  advance: /in advance|prior (written )?notice|beforehand|before (such|the|any) (change|addition|replacement|engagement)|no later than .{0,40} before|at least .{0,30} (before|prior)|voor (dergelijke|de|deze) wijziging|vooraf|voorafgaand|à l'avance|au préalable|préalablement|avant (tout|toute|le|la) changement|im voraus|vorab|vorher|vor (der|dem|einer) änderung/i,
  breach: /(accidental|unlawful|onopzettelijk|onrechtmatig|accidentel|illicite|unbeabsichtigt|unrechtmäßig)[^.]{0,80}(destruction|loss|verlies|vernietiging|perte|vernichtung|verlust)|personal data breach|data breach|breach of (personal data|security)|security breach|(security|data) incident|violation of personal data|personal data violation|inbreuk (op|in verband met) (de )?persoonsgegevens|datalek|beveiligingsincident|violation de(s)? données|violation de (la )?sécurité|incident de sécurité|verletzung des schutzes|datenpanne|sicherheitsverletzung|datenschutzverletzung/i,
  notify: /notify|notif|inform|report|meld|op de hoogte|in kennis|informer|avertir|benachrichtig|mitteil|informier/i,
  noDelay: /without undue delay|as soon as possible|promptly|immediately|onverwijld|zonder onnodige vertraging|zo snel mogelijk|dans les meilleurs délais|sans délai|dès que possible|unverzüglich|so schnell wie möglich/i,
  audit: /\baudits?\b|inspection|controle|contrôle|prüfung|kontrolle|überprüfung/i,
  /** A sentence that grants or limits a right ("may", "is limited to", "mogen niet meer dan"). */
  permission: /\b(may|can|shall|will|entitled|right|allowed|permitted|toegestaan|autorisée?s?|erlaubt|limited|not more than|no more than|only|mag|mogen|kan|kunnen|beperkt|niet meer dan|alleen|peut|peuvent|droit|limitée?s?|pas plus|uniquement|darf|dürfen|kann|können|berechtigt|beschränkt|nicht mehr als|nur|zulässig)\b/i,
  /** One audit a year, however written ("once per year", "once in any twelve-month period"). */
  onceAYear: /\b(once|one time|one \(1\) audit|one audit|1 audit)\b[^.;]{0,20}?\b(per|a|each|every|in any|during any)\s+(calendar\s+|contract\s+)?(year|twelve[- ]month|12[- ]month|twelve \(12\)[- ]month|(twelve|12) months)|\bonce annually\b|\bnot more than annually\b|(?<![\p{L}])(een|één) keer per (kalender)?jaar|\beenmaal per (kalender)?jaar|\bune (\(1\) )?fois par (an|année)|\bune fois tous les (douze|12) mois|\beinmal (pro|im|je) (kalender)?jahr|\beinmal jährlich|\beinmal alle (zwölf|12) monate/iu,
  /** N audits a year: the count is the named group. */
  timesAYear: /\b(?<n>[\p{L}\d-]+) (times|audits?) (per|a|each|in any) (calendar )?year\b|\b(?<tw>twice|thrice) (per|a|each|in any) (calendar )?year\b|\b(?<nl>[\p{L}\d-]+) keer per jaar\b|\b(?<fr>[\p{L}\d-]+) fois par an\b|\b(?<de>[\p{L}\d-]+) ?mal (pro|im|je) jahr\b/iu,
  auditUncapped: /at reasonable intervals|at any time|whenever|op elk moment|à tout moment|jederzeit/i,
  notice: /notice|kennisgeving|vooraf|préavis|avance|vorankündigung|ankündigung|vorher|before the desired start|before .{0,30} start/i,
  law: /governed by|construed in accordance|applicable law|beheerst door|onderworpen aan het|toepasselijk recht|soumis au droit|régi par|droit applicable|unterliegt|anwendbares recht|es gilt .{0,20} recht/i,
  special: /special categor|sensitive data|bijzondere categorie|gevoelige gegevens|catégories particulières|données sensibles|besondere kategorie|sensible daten/i,
  none: /not applicable|\bn\/a\b|\bnone\b|\bno special\b|niet van toepassing|\bgeen\b|non applicable|sans objet|\baucune?\b|nicht zutreffend|entfällt|\bkeine\b/i,
  retention: /retain|retention|kept|keep|stored for|(processed|stored|verwerkt|opgeslagen|traitées?|verarbeitet) (for|gedurende|pendant|für) (a|een|une|einen) (maximum |maximale )?(period|periode|période|durée|zeitraum)|conserv|bewa+r|aufbewahr|speicher|delete|deletion|erase|verwijder|supprim|efface|lösch/i,
  /** Keeping information secret is not retention. */
  confidential: /confidential|vertrouwelijk|confidenti|vertraulich|geheim/i,
  hosting: /host|stored|store|data cent(er|re)s?|servers?|gehost|opgeslagen|opslag|hébergé|héberg|stock|serveurs?|gespeichert|speicher|rechenzentr/i,
  noneOutsideEurope: /\b(no|geen|aucune?|keine)\b[^.]{0,60}\b(outside|buiten|hors|außerhalb)\b (of )?(the |de |l'|der )?(eu\b|european union|european economic area|europese unie|eea\b|eer\b|europese economische ruimte|union européenne|espace économique européen|ue\b|eee\b|europäischen (union|wirtschaftsraum)|ewr\b)/i,
  locatedIn: /\b(are|is) (located|situated|hosted|stored) in\b|\bbevind(t|en) zich in\b|\b(gehost|opgeslagen|gevestigd) in\b|\b(situé|situés|située|situées|hébergé|hébergés|hébergée|hébergées|stocké|stockés|stockée|stockées) (en|au|aux)\b|\bbefinde[nt] sich in\b|\b(gehostet|gespeichert) in\b/i,
  withinEurope: /(within|in) the (european union|eu\b|eea\b|european economic area)|binnen de (europese unie|eu\b|eer\b)|in de (europese unie|eu\b)|(au sein|à l'intérieur) de l'(union européenne|ue\b|eee\b)|dans l'(union européenne|ue\b)|innerhalb der (europäischen union|eu\b|ewr\b)|in der (europäischen union|eu\b)/i
};
var COLUMN_WORDS = [
  [/transfer|overdracht|transfert|übermittlung|safeguard|garantie|mechanism|maatregelen voor de overdracht/i, "mechanism"],
  [/locati|location|address|adres|adresse|country|pays|land\b|standort|sitz|server|serveur/i, "location"],
  [
    /purpose|activit|acties|actions|description|finalit|zweck|service|dienst(en)?\b|tätigkeit|leistung|gegenstand|doel|processing|verwerking|traitement|sub-processing/i,
    "purpose"
  ],
  [
    /name|naam|nom\b|identit|dénomination|firma|company|entity|entiteit|société|unternehmen|processor|verwerker|verarbeiter|dienstleister|auftragnehmer|sous-traitant/i,
    "name"
  ]
];
var LAW_WORDS = [
  [/belgi(an|sch|sche|que|schem|schen)|belges?\b|belgium|belgië|belgique|belgien/i, "BE"],
  [/french|fran(s|se|çais|çaise)|france|frankrijk|französisch|frankreich/i, "FR"],
  [/dutch|nederlands|netherlands|néerlandais|niederländisch|niederlande/i, "NL"],
  [/german|duits|allemand|deutsch|germany|duitsland|allemagne|deutschland/i, "DE"],
  [/luxembourg|luxemburg/i, "LU"],
  [/irish|ireland|ierland|irlandais|irland/i, "IE"],
  [/english|england|wales|engels|anglais|englisch/i, "GB"],
  [/spanish|spain|spaans|espagnol|spanisch|spanien/i, "ES"],
  [/italian|italy|italiaans|italien/i, "IT"],
  [/swiss|switzerland|zwitser|suisse|schweiz/i, "CH"],
  [/austrian|austria|oostenrijk|autrichien|österreich/i, "AT"]
];

// packages/core/src/draft/countries.ts
var index;
function names() {
  if (index) return index;
  const lib = countries();
  lib.registerLocale(require_de());
  index = /* @__PURE__ */ new Map();
  for (const lang of [...COUNTRY_NAME_LANGUAGES, "de"])
    for (const [code, all] of Object.entries(lib.getNames(lang, { select: "all" })))
      for (const n of all) if (n.length > 3) index.set(fold(n), code);
  const shortForms = [
    ["usa", "US"],
    ["u.s.a.", "US"],
    ["etats-unis", "US"],
    ["uk", "GB"],
    ["u.k.", "GB"],
    ["angleterre", "GB"],
    ["england", "GB"]
  ];
  for (const [n, code] of shortForms) index.set(n, code);
  return index;
}
function fold(text) {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
}
function countryIn(text, glued = false) {
  const table = names();
  for (const [n, segment] of text.split(/[,\n;/()|]+/).entries()) {
    const lone = segment.trim();
    if (/^[A-Z]{2}$/.test(lone) && isCode(lone === "UK" ? "GB" : lone)) return lone === "UK" ? "GB" : lone;
    const code = glued && n > 0 ? /^([A-Z]{2})(?=[A-Z]{2,}\b|[A-Z][a-z])/.exec(lone)?.[1] : void 0;
    if (code && !table.has(fold(lone.split(/\s/)[0] ?? "")) && isCode(code)) return code;
    const words = lone.replace(new RegExp("(\\p{Ll})(\\p{Lu})", "gu"), "$1 $2").split(/\s+/).filter(Boolean);
    for (let n2 = 4; n2 >= 1; n2--)
      for (let k = 0; k + n2 <= words.length; k++) {
        const code2 = table.get(fold(words.slice(k, k + n2).join(" ")));
        if (code2) return code2;
      }
  }
  return void 0;
}

// packages/core/src/draft/subprocessors.ts
var eea;
function inEea(country) {
  if (!eea) {
    const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
    const facts = readBundle().data.lib;
    const spans = Object.entries(facts?.legal?.eea ?? {});
    eea = new Set(spans.flatMap(([code, s]) => (s.from ?? "") <= today && (!s.until || today <= s.until) ? [code] : []));
  }
  return eea.has(country);
}
function mechanismOf(text, country) {
  if (/\b(scc|cct|sccs)\b|standard contractual|modelcontract|standaardcontract|clauses contractuelles types|standardvertragsklausel/i.test(
    text
  ))
    return "scc";
  if (/\bbcr\b|binding corporate rules|bindende bedrijfsvoorschriften|règles d'entreprise contraignantes/i.test(text)) return "bcr";
  if (/data privacy framework|\bdpf\b/i.test(text)) return "dpf";
  return country && inEea(country) ? "eea" : null;
}
function columnOf(cell) {
  if (cell.length > 80) return void 0;
  return COLUMN_WORDS.find(([re]) => re.test(cell))?.[1];
}
function entry(name, rowText, locationText, glued = false) {
  const clean = name.replace(/\s+/g, " ").replace(/^[\d.)\s-]+/, "").trim();
  if (clean.length < 2 || clean.length > 80 || !new RegExp("\\p{L}", "u").test(clean)) return void 0;
  const country = countryIn(locationText, glued) ?? null;
  return { name: clean, country, mechanism: mechanismOf(rowText, country) };
}
function foundEntry(p, line, quote, value, method, purpose) {
  const found2 = { value, quote: quote.trim(), clause: citeClause({ paragraph: p, line }), line, method };
  if (purpose?.trim()) found2.purpose = purpose.trim();
  return found2;
}
function subprocessorList(paras) {
  const out = [];
  for (let i = 0; i < paras.length; i++) {
    const context = paras.slice(Math.max(0, i - 4), i + 1).map((p) => `${p.text} ${p.clause}`).join(" ");
    if (!KEYWORDS.subprocessor.test(context) && !/verwerkers|processors|sous-traitants/i.test(paras[i]?.text ?? "")) continue;
    const taken = pipeTable(paras, i) ?? cellParagraphs(paras, i) ?? gluedRows(paras, i) ?? numberedList(paras, i);
    if (taken) {
      out.push(...taken.rows);
      i = taken.next - 1;
    }
  }
  return dedupe(out);
}
function dedupe(rows) {
  const seen = /* @__PURE__ */ new Set();
  return rows.filter((r) => {
    const key = r.value.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function pipeTable(paras, i) {
  const p = paras[i];
  if (!p) return void 0;
  const lines = paragraphLines(p);
  const headerAt = lines.findIndex((l) => l.includes("|") && cellsOf(l).filter((c) => columnOf(c)).length >= 2);
  if (headerAt < 0) return void 0;
  const columns = cellsOf(lines[headerAt] ?? "").map(columnOf);
  const nameCol = columns.indexOf("name") >= 0 ? columns.indexOf("name") : 0;
  const headers = cellsOf(lines[headerAt] ?? "");
  const locations = columns.flatMap((c, k) => c === "location" ? [k] : []);
  const locCol = locations.find((k) => /process|server|data|host|storage|verwerking|traitement|héberg|speicher|verarbeitung/i.test(headers[k] ?? "")) ?? locations[0] ?? -1;
  const rows = [];
  lines.slice(headerAt + 1).forEach((line, k) => {
    if (!line.includes("|") || /^\|?[\s:|-]+\|?$/.test(line)) return;
    const cells = cellsOf(line);
    const e = entry(cells[nameCol] ?? "", line, locCol >= 0 ? cells[locCol] ?? "" : cells.filter((_, c) => c !== nameCol).join(", "));
    const purpose = columns.indexOf("purpose") >= 0 ? cells[columns.indexOf("purpose")] : void 0;
    if (e) rows.push(foundEntry(p, p.lines[0] + headerAt + 1 + k, line, e, "table row", purpose));
  });
  return rows.length ? { rows, next: i + 1 } : void 0;
}
function cellsOf(line) {
  return line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
}
function cellParagraphs(paras, i) {
  const columns = [];
  let k = i;
  while (k < paras.length && (paras[k]?.text.length ?? 99) <= 80 && columnOf(paras[k]?.text ?? "")) {
    columns.push(columnOf(paras[k]?.text ?? ""));
    k++;
  }
  if (columns.length < 3 || !columns.includes("name") || !columns.includes("location")) return void 0;
  const rows = [];
  const headerAt = (at) => columns.every((c, j) => columnOf(paras[at + j]?.text ?? "") === c && (paras[at + j]?.text.length ?? 99) <= 80);
  while (k + columns.length <= paras.length) {
    let cells = paras.slice(k, k + columns.length);
    const cut = cells.findIndex((_, j) => j > 0 && headerAt(k + j));
    if (cut > 0) cells = cells.slice(0, cut);
    if (cells.some((c) => c.text.length > 200)) break;
    const cell = (col) => cells[columns.indexOf(col)]?.text ?? "";
    const country = countryIn(cell("location"));
    const stated = country !== void 0 || /^(n\/?a|-|—|unknown|onbekend|inconnu|unbekannt)$/i.test(cell("location").trim());
    if (!stated && cut < 0) break;
    const first = cells[0];
    const row = cells.map((c) => c.text).join(" ");
    const e = entry(cell("name"), row, cell("location"));
    if (e)
      rows.push(
        foundEntry(
          first,
          first.lines[0],
          row,
          e,
          cut > 0 ? "table row, cut off by a page break (no location)" : "table row (one paragraph per cell)",
          columns.includes("purpose") ? cell("purpose") : void 0
        )
      );
    k += cells.length + (cut > 0 ? columns.length : 0);
  }
  return rows.length ? { rows, next: k } : void 0;
}
function gluedRows(paras, i) {
  const p = paras[i];
  if (!p) return void 0;
  const lines = paragraphLines(p);
  const headerAt = lines.findIndex((l) => l.length < 200 && COLUMN_WORDS.filter(([re]) => re.test(l)).length >= 2 && gluedHeader(l));
  if (headerAt < 0) return void 0;
  const rows = [];
  let current;
  const close = () => {
    if (!current) return;
    const text = current.text.join("\n");
    const e = entry(current.name, text, text.slice(current.name.length), true);
    if (e) rows.push(foundEntry(p, current.line, current.text[0] ?? "", e, "table row (cells run together)"));
  };
  lines.slice(headerAt + 1).forEach((line, k) => {
    const name = gluedName(line);
    if (name) {
      close();
      current = { name, text: [line], line: p.lines[0] + headerAt + 1 + k };
    } else current?.text.push(line);
  });
  close();
  return rows.length ? { rows, next: i + 1 } : void 0;
}
function gluedHeader(line) {
  return new RegExp("\\p{Ll}\\p{Lu}\\p{Ll}", "u").test(line);
}
function gluedName(line) {
  const caps = new RegExp("^(\\p{Lu}[\\p{Lu}\\d&.\\- ]*\\p{Lu})(\\p{Lu}\\p{Ll})", "u").exec(line);
  if (caps?.[1] && caps[1].replace(/[^\p{Lu}]/gu, "").length >= 3) return caps[1];
  const digit = new RegExp("^(\\p{L}[\\p{L}&.-]*?\\p{L})(\\d)", "u").exec(line);
  if (digit?.[1] && digit[1].length >= 3) return digit[1];
  return void 0;
}
function numberedList(paras, i) {
  const heading = paras[i];
  if (!heading || heading.text.length > 120 || !KEYWORDS.subprocessor.test(heading.text)) return void 0;
  if (!/list|lijst|liste|overzicht|annex|bijlage|anlage|appendix|schedule|verzeichnis/i.test(`${heading.text} ${heading.clause}`))
    return void 0;
  const rows = [];
  let next = i + 1;
  for (let k = i + 1; k < paras.length && k < next + 6; k++) {
    const p = paras[k];
    const items = /^\d+[.)]\s/.test(p.text) && p.text.length > 200 ? [{ text: p.text, line: p.lines[0] }] : paragraphLines(p).map((text, n) => ({ text, line: p.lines[0] + n }));
    for (const item of items) {
      const m = /^(\d+[.)]|[•·▪*–-])\s+([\p{Lu}\d][^,(;:–|]*?)\s*(?:[,(;:|]|\s[-–]\s)(.*)$/u.exec(item.text);
      if (!m) continue;
      const numbered = /^\d/.test(m[1] ?? "");
      if (numbered ? Number.parseInt(m[1] ?? "", 10) !== rows.length + 1 : countryIn(m[3] ?? "") === void 0) continue;
      next = k + 1;
      const e = entry(m[2] ?? "", item.text, m[3] ?? "");
      if (e) rows.push(foundEntry(p, item.line, item.text, e, numbered ? "numbered list entry" : "bulleted list entry"));
    }
  }
  return rows.length ? { rows, next } : void 0;
}

// packages/core/src/draft/periods.ts
var NUMBER = `(?:\\d+(?:[.,]\\d+)?|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, "[- ]")).join("|")})`;
var PERIOD = new RegExp(
  `(?<![\\d.,])(?<!\\p{L}(?=\\p{L}))(\\[\\s*)?(${NUMBER})(?:\\s*/\\s*(${NUMBER}))?(?:\\s*\\((\\d+)\\))?\\s*(?:-\\s*)?(${UNIT_PATTERN})(?![\\p{L}])`,
  "giu"
);
function numberValue(text) {
  const t = text.toLowerCase().replace(/\s+/g, "-");
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS.get(t);
}
function unitOf(text) {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  return UNIT_WORDS.find(([re]) => re.test(t))?.[1];
}
function period(value, unit) {
  return unit === "weeks" ? { value: value * 7, unit: "days" } : { value, unit };
}
function findPeriods(sentence) {
  const out = [];
  for (const m of sentence.matchAll(PERIOD)) {
    const [text, bracket, first, second, digits, unitText] = m;
    const unit = unitOf(unitText ?? "");
    const a = numberValue(first ?? "");
    if (unit === void 0 || a === void 0) continue;
    const value = digits !== void 0 ? Number(digits) : a;
    const found2 = { ...period(value, unit), index: m.index ?? 0, text: text.trim() };
    const b = second !== void 0 ? numberValue(second) : void 0;
    if (b !== void 0 && b !== a) {
      const readings = [period(Math.min(a, b), unit), period(Math.max(a, b), unit)];
      Object.assign(found2, readings[1], { readings, ambiguity: `the text gives two values ("${text.trim()}"), a choice left open` });
    } else if (bracket) {
      found2.ambiguity = `the value is in brackets ("${text.trim()}"), a placeholder to confirm`;
    }
    out.push(found2);
  }
  return out;
}

// packages/core/src/draft/terms.ts
function found(s, value, method, p) {
  const out = { value, quote: s.text, clause: citeClause(s), line: s.line, method };
  if (p?.ambiguity) out.ambiguity = p.ambiguity;
  if (p?.readings) out.readings = p.readings;
  return out;
}
function near(ctx, s) {
  const i = s.paragraph.index;
  return [...ctx.paragraphs.slice(Math.max(0, i - 3), i + 1).map((p) => p.text), s.paragraph.clause].join(" ");
}
var asPeriod = (p) => ({ value: p.value, unit: p.unit });
function beforeSomething(s, p) {
  const after = s.text.slice(p.index + p.text.length, p.index + p.text.length + 30);
  const before = s.text.slice(Math.max(0, p.index - 30), p.index);
  return /^[\s,]*(in advance|before|prior|beforehand|voor|vooraf|voorafgaand|avant|à l'avance|au préalable|vor|im voraus|vorab)\b/i.test(
    after
  ) || /no later than\s*$|uiterlijk\s*$|au plus tard\s*$|spätestens\s*$/i.test(before);
}
function priorNotice(ctx) {
  const all = [];
  for (const s of ctx.sentences) {
    if (!KEYWORDS.advance.test(s.text)) continue;
    if (!KEYWORDS.subprocessor.test(near(ctx, s)) || KEYWORDS.audit.test(s.text)) continue;
    const p = findPeriods(s.text).find((x) => beforeSomething(s, x) || !KEYWORDS.objection.test(s.text));
    if (p && p.unit !== "hours")
      all.push(found(s, asPeriod(p), "sentence pattern: sub-processor change announced in advance, with a period", p));
  }
  return firstOrContradiction(all);
}
function firstOrContradiction(all) {
  const [first] = all;
  if (!first) return void 0;
  const key = (p) => `${p.value} ${p.unit}`;
  const others = all.filter((f) => key(f.value) !== key(first.value));
  if (others.length === 0 || first.readings) return first;
  const readings = [first.value, ...others.map((o) => o.value)].filter((p, i, list) => list.findIndex((q) => key(q) === key(p)) === i);
  const places = [first, ...others].map((f) => `${key(f.value).replace("working_days", "working days")} (line ${f.line})`).join(", ");
  return { ...first, readings, ambiguity: `the DPA states different values: ${places}; the first is kept until a reviewer decides` };
}
function objectionWindow(ctx) {
  const all = [];
  for (const s of ctx.sentences) {
    if (!KEYWORDS.objection.test(s.text) || !KEYWORDS.subprocessor.test(near(ctx, s))) continue;
    const p = findPeriods(s.text).find((x) => x.unit !== "hours" && !beforeSomething(s, x));
    if (p) all.push(found(s, asPeriod(p), "sentence pattern: objection to a sub-processor, with a period", p));
  }
  return firstOrContradiction(all);
}
function breachNotification(ctx) {
  let undated;
  for (const s of ctx.sentences) {
    if (!KEYWORDS.breach.test(s.text) || !KEYWORDS.notify.test(s.text)) continue;
    const p = findPeriods(s.text).find(
      (x) => (x.unit === "hours" || x.unit === "days" || x.unit === "working_days") && !/supervisory authorit|toezichthoud|autorité de contrôle|aufsichtsbehörde|article 33|artikel 33|art\. 33/i.test(
        s.text.slice(Math.max(0, x.index - 90), x.index)
      )
    );
    if (p) return found(s, asPeriod(p), "sentence pattern: breach notified within a period", p);
    if (!undated && KEYWORDS.noDelay.test(s.text))
      undated = found(s, null, 'sentence pattern: breach notified without a number ("without undue delay" or alike): not numeric');
  }
  return undated;
}
function auditLimit(ctx) {
  for (const s of ctx.sentences) {
    if (!KEYWORDS.audit.test(`${s.text} ${s.paragraph.clause}`) || !KEYWORDS.permission.test(s.text)) continue;
    if (KEYWORDS.onceAYear.test(s.text)) return { maxPerYear: found(s, 1, "sentence pattern: audits limited per year") };
    const g = KEYWORDS.timesAYear.exec(s.text)?.groups;
    const count = numberValue(g?.n ?? g?.tw ?? g?.nl ?? g?.fr ?? g?.de ?? "");
    if (count !== void 0 && count > 0) return { maxPerYear: found(s, count, "sentence pattern: audits limited per year") };
  }
  for (const s of ctx.sentences)
    if (KEYWORDS.audit.test(s.text) && KEYWORDS.auditUncapped.test(s.text))
      return { uncapped: found(s, true, "sentence pattern: audits at reasonable intervals or at any time (no yearly cap)") };
  return {};
}
function auditNotice(ctx) {
  for (const s of ctx.sentences) {
    if (!/audit|inspection|prüfung|controle|contrôle/i.test(`${s.text} ${s.paragraph.clause}`)) continue;
    if (KEYWORDS.subprocessor.test(s.text) && !/audit/i.test(s.text)) continue;
    const p = findPeriods(s.text).find((x) => {
      const after = s.text.slice(x.index + x.text.length, x.index + x.text.length + 40);
      const before = s.text.slice(Math.max(0, x.index - 40), x.index);
      return /^\s*(before|prior|in advance|voor|vooraf|avant|à l'avance|vor|im voraus|vorher)/i.test(after) || /notice|préavis|kennisgeving|vorankündigung/i.test(before + after);
    });
    if (p) return found(s, asPeriod(p), "sentence pattern: audit requested a period before it takes place", p);
  }
  return void 0;
}
function governingLaw(ctx) {
  for (const s of ctx.sentences) {
    const m = KEYWORDS.law.exec(s.text);
    if (!m) continue;
    const rest = s.text.slice(m.index, m.index + m[0].length + 80);
    const law = LAW_WORDS.find(([re]) => re.test(rest));
    if (law) return found(s, law[1], "sentence pattern: agreement governed by a country's law");
  }
  return void 0;
}
function specialCategories(ctx) {
  for (const [i, s] of ctx.sentences.entries()) {
    if (!KEYWORDS.special.test(s.text)) continue;
    const next = ctx.sentences[i + 1];
    const answer = KEYWORDS.none.test(
      s.text.replace(/\(if applicable\)|\(indien van toepassing\)|\(le cas échéant\)|\(falls zutreffend\)/gi, "")
    ) ? s : next && next.paragraph.index - s.paragraph.index <= 1 && next.text.length < 120 && KEYWORDS.none.test(next.text) ? next : void 0;
    if (answer) return found(answer, [], "sentence pattern: special categories declared not applicable");
  }
  return void 0;
}
function hostingDeclared(ctx) {
  for (const s of ctx.sentences) {
    if (KEYWORDS.noneOutsideEurope.test(s.text)) return found(s, ["EEA"], "sentence pattern: no data leaves the EU/EEA");
    if (KEYWORDS.hosting.test(s.text) && KEYWORDS.withinEurope.test(s.text) && !/outside|buiten|hors|außerhalb/i.test(s.text))
      return found(s, ["EEA"], "sentence pattern: data hosted within the EU/EEA");
  }
  return void 0;
}
function hostingAllowed(ctx) {
  for (const s of ctx.sentences) {
    if (!KEYWORDS.hosting.test(s.text)) continue;
    const m = KEYWORDS.locatedIn.exec(s.text);
    if (!m) continue;
    const place = s.text.slice(m.index + m[0].length).split(/[,;:]|\b(which|wat|ce qui|was|so that|zodat)\b/)[0] ?? "";
    const codes = [
      ...new Set(
        place.split(/\s+(?:and|or|en|of|et|ou|und|oder)\s+/).map((p) => countryIn(p)).filter((c) => c !== void 0)
      )
    ];
    if (codes.length > 0) return found(s, codes, "sentence pattern: data hosted in named countries");
  }
  return void 0;
}
function retention(ctx) {
  const out = [];
  for (const s of ctx.sentences) {
    const underHeading = s.text.length < 160 && /^\s*\S+\s+\S+/.test(s.text) && findPeriods(s.text)[0]?.index === 0 && KEYWORDS.retention.test(near(ctx, s));
    if (!KEYWORDS.retention.test(s.text) && !underHeading || KEYWORDS.subprocessor.test(s.text) || KEYWORDS.breach.test(s.text)) continue;
    if (KEYWORDS.objection.test(s.text) || KEYWORDS.audit.test(s.text) || KEYWORDS.confidential.test(s.text)) continue;
    const p = findPeriods(s.text).find((x) => x.unit !== "hours");
    if (!p) continue;
    out.push({ ...found(s, asPeriod(p), "sentence pattern: data kept or deleted within a period", p), category: categoryOf(s.text) });
  }
  return out;
}
function retentionTable(ctx) {
  const out = [];
  for (const p of ctx.paragraphs) {
    const lines = paragraphLines(p);
    const header = lines.findIndex(
      (l) => l.length < 200 && /retention|bewaartermijn|bewaarperiode|conservation|aufbewahrung|speicherdauer|löschfrist/i.test(l)
    );
    if (header < 0 || lines.length < 3) continue;
    let rowStart = "";
    lines.slice(header + 1).forEach((line, k) => {
      const period3 = findPeriods(line).find((x) => x.unit !== "hours");
      if (!period3) {
        if (!/^[•\-*]/.test(line.trim()) && rowStart === "") rowStart = line;
        return;
      }
      const at = p.lines[0] + header + 1 + k;
      out.push({
        value: asPeriod(period3),
        quote: line.trim(),
        clause: citeClause({ paragraph: p, line: at }),
        line: at,
        method: "table row: a retention column",
        category: categoryOf(rowStart || line)
      });
      rowStart = "";
    });
  }
  return out;
}
function categoryOf(text) {
  const words = text.toLowerCase().replace(/[^\p{L}\s-]/gu, " ").split(/\s+/).filter(
    (w) => w.length > 3 && !/^(shall|will|must|data|personal|their|these|this|that|with|from|after|period|maximum|least|years?|months?|days?|retain\w*|kept|keep|stored|delete\w*|erase\w*|worden|zijn|wordt|gegevens|persoonsgegevens|sont|seront|données|personnelles|werden|daten|personenbezogene|processed|period)$/.test(
      w
    )
  );
  return words.slice(0, 2).join("-") || "data";
}

// packages/core/src/draft/draft.ts
var DRAFT_TERMS = [
  "title",
  "governingLaw",
  "hostingAllowed",
  "hostingDeclared",
  "subprocessors",
  "priorNotice",
  "objectionWindow",
  "breachNotification",
  "auditMaxPerYear",
  "auditNotice",
  "retention",
  "specialCategories"
];
async function draftFromFile(path, id, display = path) {
  const source = await readDpa(path, display);
  return draftFromText(source, id ?? packId(basename3(path)));
}
function packId(fileName) {
  const id = fileName.replace(/\.[a-z0-9]+$/i, "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return /^[a-z0-9]/.test(id) ? id : `dpa-${id || "draft"}`;
}
function draftFromText(source, id) {
  const paras = paragraphs(source.text);
  const ctx = { paragraphs: paras, sentences: paras.flatMap(sentences) };
  const audit = auditLimit(ctx);
  const short = paras.filter((p) => p.text.length > 3 && p.text.length < 160);
  const firstLine = short.find(
    (p) => /data processing|processing agreement|data protection|addendum|agreement|general (terms|conditions)|overeenkomst|voorwaarden|contrat|accord|conditions générales|vertrag|vereinbarung|\bdpa\b|\bavv\b/i.test(
      p.text
    )
  ) ?? short[0];
  const terms = {
    subprocessors: subprocessorList(paras),
    retention: [...retentionTable(ctx), ...retention(ctx)]
  };
  const set = (key, value) => {
    if (value !== void 0) terms[key] = value;
  };
  if (firstLine)
    set("title", {
      value: firstLine.text,
      quote: firstLine.text,
      clause: `L${firstLine.lines[0]}`,
      line: firstLine.lines[0],
      method: "the document's first line"
    });
  set("governingLaw", governingLaw(ctx));
  set("hostingDeclared", hostingDeclared(ctx));
  set("hostingAllowed", hostingAllowed(ctx));
  set("priorNotice", priorNotice(ctx));
  set("objectionWindow", objectionWindow(ctx));
  set("breachNotification", breachNotification(ctx));
  set("auditMaxPerYear", audit.maxPerYear);
  set("auditUncapped", audit.uncapped);
  set("auditNotice", auditNotice(ctx));
  set("specialCategories", specialCategories(ctx));
  return { id, source, terms };
}
function draftJson(d) {
  return { id: d.id, source: { name: d.source.name, format: d.source.format }, terms: d.terms, summary: summarise(d) };
}
function summarise(d) {
  const found2 = [];
  const ambiguous = [];
  const missing = [];
  for (const name of DRAFT_TERMS) {
    const t = d.terms[name];
    const has = Array.isArray(t) ? t.length > 0 : t !== void 0 || name === "auditMaxPerYear" && d.terms.auditUncapped;
    (has ? found2 : missing).push(name);
    const items = Array.isArray(t) ? t : t ? [t] : [];
    if (items.some((x) => x.ambiguity)) ambiguous.push(name);
  }
  return { found: found2, ambiguous, missing };
}
var flow = (value) => (0, import_yaml.stringify)(value, { flow: true, lineWidth: 0 }).trim();
var quoted = (text) => JSON.stringify(text);
function how(f) {
  return `# ${f.method}, line ${f.line}${f.ambiguity ? `; AMBIGUOUS: ${f.ambiguity}` : ""}`;
}
function period2(f, todo) {
  if (!f) return `TODO # not found: ${todo}`;
  if (f.value === null) return `null ${how(f)}`;
  const readings = f.readings && f.readings.length >= 2 ? `, readings: ${flow(f.readings)}` : "";
  const ambiguity = f.ambiguity ? `, ambiguity: ${quoted(`${f.ambiguity}; review what the signed DPA means`)}` : "";
  return `{value: ${f.value.value}, unit: ${f.value.unit}${readings}${ambiguity}} ${how(f)}`;
}
function citation(f, indent) {
  return `
${indent}  clause: ${quoted(f.clause)}
${indent}  quote: ${quoted(f.quote)}`;
}
function draftYaml(d, inputName, sourceRef = d.source.name) {
  const t = d.terms;
  const out = [
    `# Drafted by \`dpa-lint policy draft\` from ${inputName}. A draft, not a reviewed pack: check every`,
    "# term against the DPA (each says how it was found and on which line), resolve each AMBIGUOUS",
    "# one, replace each TODO (a term the reader did not find), then run `dpa-lint policy check`.",
    "terms:",
    `  title: ${t.title ? quoted(t.title.value) : "TODO the DPA's title"}`,
    `  source: ${quoted(sourceRef)}`,
    `  governingLaw: ${t.governingLaw ? `${t.governingLaw.value} ${how(t.governingLaw)}` : "TODO # not found: the governing law's country (ISO code), or null"}`,
    "  hosting:",
    `    allowed: ${t.hostingAllowed ? `${flow(t.hostingAllowed.value)} ${how(t.hostingAllowed)}` : "TODO # not found: where the vendor may host (ISO codes, EEA, adequacy), or null when unrestricted"}`,
    `    declared: ${t.hostingDeclared ? `${flow(t.hostingDeclared.value)} ${how(t.hostingDeclared)}` : "TODO # not found: what the DPA claims about where data stays, or null"}`,
    "  subprocessors:"
  ];
  if (t.subprocessors.length === 0)
    out.push("    listed: TODO # not found: true with the list when the DPA lists its sub-processors, else false", "    list: []");
  else {
    out.push("    listed: true", "    list:");
    for (const s of t.subprocessors)
      out.push(
        `      - name: ${quoted(s.value.name)} ${how(s)}${s.purpose ? `; purpose: ${s.purpose.replace(/\s+/g, " ")}` : ""}`,
        `        country: ${s.value.country ?? "null # no country named: confirm the server location"}`,
        `        mechanism: ${s.value.mechanism ?? "null # none named"}`
      );
  }
  out.push(
    `  priorNotice: ${period2(t.priorNotice, "the notice before a sub-processor change, or null")}`,
    `  objectionWindow: ${period2(t.objectionWindow, "the time to object to a new sub-processor, or null")}`,
    `  breachNotification: ${period2(t.breachNotification, "the breach-notification deadline, or null")}`,
    "  audit:",
    `    maxPerYear: ${t.auditMaxPerYear ? `${t.auditMaxPerYear.value} ${how(t.auditMaxPerYear)}` : t.auditUncapped ? `null ${how(t.auditUncapped)}` : "TODO # not found: audits allowed a year, or null"}`,
    ...t.auditUncapped && !t.auditMaxPerYear ? ["    uncapped: true"] : [],
    `    notice: ${period2(t.auditNotice, "the notice an audit needs, or null")}`
  );
  if (t.retention.length === 0)
    out.push("  retention: [] # none found: add {category, max, clause, quote} per data category the DPA limits");
  else {
    out.push("  retention:");
    for (const r of t.retention)
      out.push(
        `    - category: ${r.category} ${how(r)}; name the category as your vendor files do`,
        `      max: ${flow(r.value)}`,
        `      clause: ${quoted(r.clause)}`,
        `      quote: ${quoted(r.quote)}`
      );
  }
  out.push(
    `  specialCategories: ${t.specialCategories ? `[] ${how(t.specialCategories)}` : "TODO # not found: the Art. 9 categories the DPA declares, [] for none, null when silent"}`
  );
  const cited = ["priorNotice", "objectionWindow", "breachNotification"].filter((k) => t[k]);
  if (cited.length > 0) {
    out.push("  citations:");
    for (const k of cited) out.push(`    ${k}:${citation(t[k], "    ")}`);
  }
  out.push("  clauses:");
  const first = t.subprocessors[0];
  out.push(
    first ? `    subprocessor-not-listed:${citation(first, "    ")}` : "    subprocessor-not-listed:\n      clause: TODO the clause that lists the sub-processors\n      quote: TODO its words, verbatim"
  );
  const audit = t.auditMaxPerYear ?? t.auditUncapped;
  if (audit) out.push(`    contract-audits:${citation(audit, "    ")}`);
  if (t.specialCategories) out.push(`    special-categories-not-declared:${citation(t.specialCategories, "    ")}`);
  return `${out.join("\n")}
`;
}

// packages/cli/src/commands/policy-draft.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { basename as basename4, join as join4, relative as relative3, resolve as resolve2 } from "node:path";
async function draftCommand(file, options, io) {
  if (!file) throw new UsageError("policy draft needs the DPA's file (text, Markdown, HTML, PDF or DOCX)");
  if (options.format !== void 0 && options.format !== "json" && options.format !== "yaml")
    throw new UsageError(`policy draft --format must be yaml or json, not "${options.format}"`);
  const input = resolve2(io.cwd, file);
  const id = options.id ?? packId(basename4(input));
  checkPackId(id);
  const draft = await draftFromFile(input, id, file);
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(draftJson(draft), null, 2)}
`);
    return EXIT.ok;
  }
  const packDir = join4(resolve2(io.cwd, options.dir), "dpa", id);
  const dataFile = join4(packDir, "data.yaml");
  if (existsSync3(dataFile)) throw new UsageError(`${relative3(io.cwd, dataFile)} already exists; give another --id or move it`);
  mkdirSync2(packDir, { recursive: true });
  let sourceRef = relative3(packDir, input);
  if (draft.source.format !== "text" && draft.source.format !== "markdown") {
    writeFileSync2(join4(packDir, draft.source.name), draft.source.text);
    sourceRef = draft.source.name;
  }
  writeFileSync2(dataFile, draftYaml(draft, file, sourceRef));
  const s = summarise(draft);
  const list = (names2) => names2.length ? ` (${names2.join(", ")})` : "";
  io.stdout(
    `drafted ${relative3(io.cwd, dataFile)} from ${file}: ${s.found.length} terms found${list(s.found)}, ${s.ambiguous.length} ambiguous${list(s.ambiguous)}, ${s.missing.length} not found${list(s.missing)}
Next: review every term against the DPA (each says how it was found), replace each TODO, then dpa-lint policy check ${options.dir}
`
  );
  return EXIT.ok;
}

// packages/cli/src/commands/policy.ts
var policyHelp = `Usage: dpa-lint policy <check|test|build|fmt|new|draft> [options]

  dpa-lint policy check [dir|file] [--source <file|dir>]
      Check a policy directory's pack terms (default: policies) against the pack-terms schema,
      with file:line:col and did-you-mean, and verify every quote verbatim against the DPA text:
      the pack's source: (relative to its terms file), or --source (a file, or a directory holding
      the file the pack names). Needs Node only.
  dpa-lint policy test [dir|file] [--threshold <percent>]
      Run a pack's fixture tests: the vendor files under tests/ beside it, each with its expected
      findings in <name>.expected.json (Node alone). Where the packs have Rego of their own, also
      its unit tests with coverage (OPA); fail when a test fails, coverage is under the threshold
      (default: ${COVERAGE_THRESHOLD}%), or there is no test at all.
  dpa-lint policy build [dir] [-o <out>] [--docs-base <url>]
      Compile a policy directory (default: policies) to a Wasm bundle that lint --policy loads
      (default output: <dir>/.bundle). Only built-ins that run under opa-wasm are accepted.
      --docs-base names where the pack's rule pages are published (<url><pack>/<rule>); without it
      the shared rules link to dpa-lint's shared pages.
  dpa-lint policy fmt [paths...] [--check]
      Format Rego files and directories (default: policies) with opa fmt; --check only lists the
      files that are not formatted and fails when there are any (the pre-commit hook).
  dpa-lint policy new ID [--dir <policies>]
      Scaffold a DPA pack: terms in <policies>/dpa/ID/data.yaml, one rule, its test and its doc.
  dpa-lint policy draft DPA-FILE [--id ID] [--dir <policies>] [--format yaml|json]
      Draft a pack from the DPA itself (text, Markdown, HTML, PDF or DOCX; English, French, Dutch,
      German): <policies>/dpa/ID/data.yaml with every term found (clause, verbatim quote, line,
      how it was found), ambiguous ones with each reading, and TODO for the rest; then review it.
      ID defaults to the file's name. --format json prints the draft and writes nothing. Node only.

A policy directory builds on dpa-lint's helpers and shared rules, so a typical DPA is a
data.yaml only. The policy commands need OPA: set DPA_LINT_OPA or put opa on the PATH.
`;
async function policyCommand(args, io) {
  const [sub, ...rest] = args;
  if (sub === void 0 || sub === "-h" || sub === "--help") {
    io.stdout(policyHelp);
    return sub === void 0 ? EXIT.error : EXIT.ok;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      threshold: { type: "string", default: String(COVERAGE_THRESHOLD) },
      output: { type: "string", short: "o" },
      dir: { type: "string", default: "policies" },
      check: { type: "boolean" },
      source: { type: "string" },
      "docs-base": { type: "string" },
      id: { type: "string" },
      format: { type: "string", short: "f" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(policyHelp);
    return EXIT.ok;
  }
  const dir = resolve3(io.cwd, positionals[0] ?? "policies");
  switch (sub) {
    case "new": {
      const id = positionals[0];
      if (!id) throw new UsageError("policy new needs an ID");
      for (const file of scaffoldPack(id, resolve3(io.cwd, values.dir), io.cwd)) io.stdout(`created ${file}
`);
      io.stdout(`Next: edit the terms, then dpa-lint policy test ${values.dir} and dpa-lint lint --policy ${values.dir}
`);
      return EXIT.ok;
    }
    case "draft":
      return draftCommand(
        positionals[0],
        { dir: values.dir, ...values.id ? { id: values.id } : {}, ...values.format ? { format: values.format } : {} },
        io
      );
    case "check":
      return checkCommand(positionals[0] ?? "policies", values.source, io);
    case "test":
      return testCommand(positionals[0] ?? "policies", values.threshold, io);
    case "fmt": {
      const paths = positionals.length > 0 ? positionals.map((p) => resolve3(io.cwd, p)) : [dir];
      for (const p of paths) needDir(p, io.cwd, "file or directory");
      const report = formatPolicies(findOpa(io.env), paths, { check: values.check === true });
      const shown = report.files.map((f) => relative4(io.cwd, f) || f);
      if (values.check) {
        if (shown.length === 0) return EXIT.ok;
        io.stderr(
          `dpa-lint: ${shown.length === 1 ? "this file is" : "these files are"} not formatted (run dpa-lint policy fmt):
${shown.map((f) => `  ${f}
`).join("")}`
        );
        return EXIT.findings;
      }
      for (const f of shown) io.stdout(`formatted ${f}
`);
      return EXIT.ok;
    }
    case "build": {
      needDir(dir, io.cwd);
      const out = resolve3(io.cwd, values.output ?? join5(dir, ".bundle"));
      const docsBase = values["docs-base"];
      const catalogue = buildPolicies({
        opa: findOpa(io.env),
        dirs: [...SHARED_POLICY_PARTS, dir],
        outDir: out,
        ...docsBase ? { docsBase } : {}
      });
      io.stdout(
        `built ${relative4(io.cwd, out) || "."}: ${catalogue.rules.length} rules in ${catalogue.packs.length} packs (${catalogue.packs.map((p) => p.id).join(", ")})
`
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown policy command "${sub}" (check, test, build, fmt, new, draft)`);
  }
}
async function testCommand(location, thresholdText, io) {
  const path = resolve3(io.cwd, location);
  needDir(path, io.cwd, "directory or terms file");
  const threshold = Number(thresholdText);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)
    throw new UsageError(`--threshold must be a percentage, not "${thresholdText}"`);
  const linter = await Linter.create({ cwd: io.cwd, bundles: withBuiltinBundle([loadPolicyPack(path, io.env)]) });
  const fixtures = runFixtures(path, linter, io.cwd);
  for (const f of fixtures.failures) io.stdout(`FAIL: ${f}
`);
  io.stdout(`fixtures: ${fixtures.tests - fixtures.failures.length}/${fixtures.tests} passed
`);
  let regoTests = 0;
  let failed = fixtures.failures.length > 0;
  if (holdsRego(path)) {
    const report = testPolicies(findOpa(io.env), path, SHARED_POLICY_PARTS);
    const lines = report.output.split("\n").filter((l) => /FAIL|ERROR|error|^PASS: |^FAIL: /.test(l));
    io.stdout(`${lines.join("\n")}
Rego coverage: ${report.coverage.toFixed(1)}% (threshold ${threshold}%)
`);
    regoTests = Number(/^PASS: \d+\/(\d+)/m.exec(report.output)?.[1] ?? "0");
    if (!report.passed) failed = true;
    else if (report.coverage < threshold) {
      io.stderr(`dpa-lint: Rego coverage ${report.coverage.toFixed(1)}% is under ${threshold}%
`);
      failed = true;
    }
  }
  if (fixtures.tests + regoTests === 0) {
    io.stderr(`dpa-lint: 0 tests: add vendor files with their <name>.expected.json under tests/ beside the pack
`);
    return EXIT.findings;
  }
  return failed ? EXIT.findings : EXIT.ok;
}
function checkCommand(location, source, io) {
  const path = resolve3(io.cwd, location);
  needDir(path, io.cwd, "directory or terms file");
  const shared = (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);
  const report = checkPacks(path, io.cwd, shared, source === void 0 ? void 0 : resolve3(io.cwd, source));
  for (const p of report.problems) io.stdout(`${p}
`);
  if (report.packs.length === 0 && report.problems.length === 0)
    throw new UsageError(`${location}: holds no pack terms (dpa/<id>/data.yaml, data.yaml or a terms file)`);
  for (const u of report.unverified) io.stderr(`dpa-lint: ${u}: quotes not verified (name the DPA text with source: or --source)
`);
  const packs = plural(report.packs.length, "pack");
  if (report.problems.length > 0) {
    io.stderr(`dpa-lint: ${plural(report.problems.length, "problem")} in the pack terms of ${location}
`);
    return EXIT.findings;
  }
  io.stdout(
    `${packs} checked (${report.packs.join(", ")}): terms valid${report.unverified.length === report.packs.length ? "" : ", quotes verbatim"}
`
  );
  return EXIT.ok;
}
function needDir(dir, cwd, what = "directory") {
  if (!existsSync4(dir)) throw new UsageError(`${relative4(cwd, dir) || dir}: no such policy ${what}`);
}
export {
  policyCommand,
  policyHelp
};
