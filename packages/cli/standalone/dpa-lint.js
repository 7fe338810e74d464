#!/usr/bin/env node
import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  DEFAULT_INCLUDE,
  DpaLintError,
  ENTRYPOINT,
  InputError,
  Linter,
  PARSE_LIMITS,
  POLICY_GROUPS,
  PROJECT_URL,
  PolicyError,
  SEVERITY_OF_SET,
  SEVERITY_RANK,
  __commonJS,
  __require,
  __toESM,
  decodeText,
  defaultConfig,
  describeThrown,
  engineRuleMeta,
  finalize,
  findConfig,
  foldTermsPacks,
  isDpaRule,
  isSeverity,
  loadConfig,
  nearest,
  parseYamlText,
  positionOf,
  readBaseline,
  readBundle,
  readTarGz,
  readUpTo,
  require_dist,
  require_en,
  require_fr,
  require_i18n_iso_countries,
  require_nl,
  require_picomatch,
  ruleDocsUrl,
  schemaValidator,
  sharedRuleDocsUrl,
  toPosix,
  unlintedFile,
  withRegularFile,
  writeBaseline,
  writeFileSafely
} from "./chunk-5X2DOPEJ.js";

// packages/core/package.json
var require_package = __commonJS({
  "packages/core/package.json"(exports, module) {
    module.exports = {
      name: "@dpa-lint/core",
      version: "0.1.0",
      description: "dpa-lint engine: parse vendor setups, evaluate DPA policies compiled to WebAssembly, locate findings",
      license: "Apache-2.0",
      type: "module",
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      exports: {
        ".": {
          types: "./dist/index.d.ts",
          default: "./dist/index.js"
        },
        "./policy": {
          types: "./dist/policy/index.d.ts",
          default: "./dist/policy/index.js"
        },
        "./schemas/*": "./schemas/*"
      },
      files: [
        "dist",
        "bundle",
        "policies",
        "schemas",
        "LICENSE"
      ],
      engines: {
        node: ">=20.10"
      },
      dependencies: {
        "@open-policy-agent/opa-wasm": "^1.10.0",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "i18n-iso-countries": "^7.14.0",
        mammoth: "^1.13.0",
        "pdfjs-dist": "4.10.38",
        picomatch: "^4.0.7",
        yaml: "^2.9.1"
      },
      scripts: {
        prepack: "node ../../scripts/prepack.mjs",
        postpack: "node ../../scripts/prepack.mjs --clean"
      }
    };
  }
});

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

// packages/core/src/api.ts
import { relative as relative2, resolve as resolve3 } from "node:path";

// packages/core/src/files/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
var VENDOR_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var GLOB_CHARS = /[*?[\]{}!]/;
function collectFiles(paths, cwd, options = {}) {
  const out = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  const excluded = excludedBy(options.exclude, resolve(options.root ?? cwd));
  const repository = realpathOr(resolve(options.repository ?? repositoryRoot(cwd)));
  const walker = new Walker(repository, refused, (f) => {
    if (!excluded(f)) out.add(f);
  });
  for (const p of paths) {
    const before = out.size + refused.size;
    if (GLOB_CHARS.test(p)) {
      walker.glob(p, cwd);
      if (out.size + refused.size === before) throw new InputError("no vendor file matches this glob", { file: p });
      continue;
    }
    const abs = resolve(cwd, p);
    const stat = statOr(abs);
    if (!stat) throw new InputError(lstatOr(abs) ? "a symbolic link to nothing" : "no such file or directory", { file: p });
    if (!stat.isDirectory()) {
      if (walker.admit(abs)) out.add(abs);
      continue;
    }
    walker.walk(abs);
    if (out.size + refused.size === before)
      throw new InputError(`no vendor file (${[...VENDOR_EXTENSIONS].join(", ")}, or kind: VendorSetup) in this directory`, { file: p });
  }
  return { files: [...out].sort(), refused };
}
var Walker = class {
  constructor(repository, refused, visit) {
    this.repository = repository;
    this.refused = refused;
    this.visit = visit;
  }
  repository;
  refused;
  visit;
  seenDirs = /* @__PURE__ */ new Set();
  glob(pattern, cwd) {
    const parts = toPosix(pattern).split("/");
    const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
    const base = resolve(cwd, parts.slice(0, firstGlob).join("/") || ".");
    const match = (0, import_picomatch.default)(parts.slice(firstGlob).join("/"), { dot: false });
    if (statOr(base)?.isDirectory()) this.walk(base, (f) => match(toPosix(relative(base, f))));
  }
  /** Whether a named file may be read: true, or false after recording why it is refused. */
  admit(abs) {
    const real = realpathOr(abs);
    if (real === abs || isInside(real, this.repository)) return true;
    this.refused.set(abs, `a symbolic link to ${real}, outside the repository: dpa-lint does not follow it`);
    return false;
  }
  walk(dir, matches = () => true) {
    const real = realpathOr(dir);
    if (this.seenDirs.has(real)) return;
    this.seenDirs.add(real);
    for (const entry2 of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED_DIRS.has(entry2.name)) continue;
      const full = join(dir, entry2.name);
      let target = entry2;
      if (entry2.isSymbolicLink()) {
        if (!this.admit(full)) continue;
        target = statOr(full);
        if (!target) {
          this.refused.set(full, "a symbolic link to nothing");
          continue;
        }
      }
      if (target.isDirectory()) this.walk(full, matches);
      else if (target.isFile() && matches(full) && (isVendorFileName(entry2.name) || declaresVendorSetup(full))) this.visit(full);
    }
  }
};
function findRepositoryRoot(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (lstatOr(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function repositoryRoot(cwd) {
  return findRepositoryRoot(cwd) ?? resolve(cwd);
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function statOr(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}
function lstatOr(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
var SNIFF_BYTES = 64 * 1024;
var DECLARES_VENDOR_SETUP = /^\s*(?:kind|"kind"|'kind')\s*:\s*["']?VendorSetup\b/m;
function declaresVendorSetup(path) {
  return withRegularFile(path, (fd) => DECLARES_VENDOR_SETUP.test(decodeText(readUpTo(fd, SNIFF_BYTES)))) === true;
}
function isSkipped(name) {
  return name.startsWith(".") || SKIPPED_DIRS.has(name);
}
function isVendorFileName(name) {
  return !name.startsWith(".") && VENDOR_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith(".expected.json");
}
function excludedBy(exclude, root) {
  if (!exclude || exclude.length === 0) return () => false;
  const match = (0, import_picomatch.default)([...exclude], { dot: true });
  return (abs) => match(toPosix(relative(root, abs)));
}
function selectIncluded(paths, cwd, options) {
  const root = resolve(options.root);
  const include = options.include.map(
    (p) => toPosix(p).replace(/^\.\/+/, "").replace(/\/+$/, "")
  );
  const globs = include.filter((p) => GLOB_CHARS.test(p));
  const matchesGlob = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: false }) : () => false;
  const prefixes = include.filter((p) => !GLOB_CHARS.test(p));
  const excluded = excludedBy(options.exclude, resolve(options.excludeRoot ?? root));
  return paths.filter((p) => {
    const abs = resolve(cwd, p);
    const rel = toPosix(relative(root, abs));
    if (excluded(abs)) return false;
    const inside = !(rel.startsWith("../") || rel === "..");
    const byName = inside && !rel.split("/").some(isSkipped) && isVendorFileName(basename(abs));
    if (byName && (matchesGlob(rel) || prefixes.some((pre) => pre === "" || pre === "." || rel === pre || rel.startsWith(`${pre}/`))))
      return true;
    return declaresVendorSetup(abs);
  });
}

// packages/core/src/files/git.ts
import { execFileSync } from "node:child_process";
import { resolve as resolve2 } from "node:path";
function gitOutput(args, cwd, field, what) {
  return gitBytes(args, cwd, field, what).toString("utf8");
}
function gitBytes(args, cwd, field, what) {
  try {
    return execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024
    });
  } catch (error) {
    const stderr = (error.stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
    throw new InputError(`${what}: ${stderr || "is this a git repository?"}`, { field });
  }
}
function changedSince(ref, cwd, field = "--changed-since") {
  const git = (args) => gitOutput(args, cwd, field, `git cannot compare with "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"]).trim();
  const commit = resolveCommit(ref, cwd, field);
  const changed = git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", commit, "--"]).split("\0");
  const untracked = git(["ls-files", "-z", "--others", "--exclude-standard"]).split("\0");
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve2(top, f)));
}
function resolveCommit(ref, cwd, field) {
  const out = gitOutput(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`], cwd, field, `"${ref}" is not a commit git knows`);
  return out.trim();
}

// packages/core/src/parallel/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_THRESHOLD = 1500;
var WORKER_HEAP_MB = 1024;
function defaultWorkers(files) {
  if (files < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / PARALLEL_THRESHOLD)));
}
async function lintInWorkers(setup, files, workers, lintOnMainThread, onProgress) {
  const share = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * share, (i + 1) * share)).filter((s) => s.length > 0);
  let done = 0;
  const parts = await Promise.all(
    shares.map(
      (part) => new Promise((resolvePart, reject) => {
        const results = [];
        let finished = false;
        const worker = new Worker(workerScript(), {
          workerData: { ...setup, files: part },
          // Flags for the main script (such as --input-type) break a worker's file entry point.
          execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")),
          // A worker keeps little (results leave in batches). V8's default young generation
          // let two workers take the process to ~215 MB at 10,000 files; 16 MB keeps it near
          // 180 MB for ~5% more time (bench/RESULTS.md).
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 }
        });
        worker.on("message", (m) => {
          if (m.kind === "results") {
            results.push(...m.results);
            done += m.results.length;
            onProgress?.(done, files.length);
          } else if (m.kind === "done") {
            finished = true;
            resolvePart(results);
            void worker.terminate();
          } else {
            const options = { ...m.file ? { file: m.file } : {}, ...m.field ? { field: m.field } : {} };
            finished = true;
            reject(m.name === "PolicyError" ? new PolicyError(m.message, options) : new InputError(m.message, options));
            void worker.terminate();
          }
        });
        const finishHere = () => {
          if (finished) return;
          finished = true;
          for (const file of part.slice(results.length)) {
            results.push(lintOnMainThread(file));
            done++;
            onProgress?.(done, files.length);
          }
          resolvePart(results);
        };
        worker.on("error", finishHere);
        worker.on("exit", (code) => {
          if (code !== 0) finishHere();
        });
      })
    )
  );
  return parts.flat();
}
function workerScript() {
  const here2 = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(here2) ? here2 : join2(dirname2(here2), "..", "..", "dist", "parallel", "worker.js");
}

// packages/core/src/result.ts
function summarize(files, results, suppressed) {
  const count = (s) => results.filter((f) => f.severity === s).length;
  return { files, errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: suppressed.length };
}
function fails(results, failSeverity) {
  return results.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failSeverity]);
}

// packages/core/src/api.ts
async function lint(paths, options = {}) {
  const cwd = resolve3(options.cwd ?? process.cwd());
  const config = options.config ?? resolveConfig(cwd, options.configFile);
  const linter = options.linter ?? await Linter.create({ ...options, cwd, config });
  const repository = findRepositoryRoot(cwd);
  const [include, includeRoot] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const named = options.onlyIncluded ? selectIncluded(paths, cwd, { include, root: includeRoot, exclude: config.exclude, excludeRoot: config.root }) : paths;
  const targets = paths.length > 0 ? named : include.map((g) => relative2(cwd, resolve3(includeRoot, g)) || ".");
  const notices = [];
  if (options.onlyIncluded && paths.length > 0 && named.length === 0) {
    const which = paths.length === 1 ? "the named file is not" : `none of the ${paths.length} named files is`;
    notices.push(`${which} a vendor file the configuration includes; nothing to lint`);
  }
  const collected = options.stdin || options.onlyIncluded && named.length === 0 ? { files: [], refused: /* @__PURE__ */ new Map() } : collectFiles(targets, cwd, { exclude: config.exclude, root: config.root, repository: repository ?? cwd });
  const changed = options.changedSince === void 0 ? void 0 : changedSince(options.changedSince, cwd);
  const files = changed ? collected.files.filter((f) => changed.has(f)) : collected.files;
  const refused = [...collected.refused].filter(([f]) => !changed || changed.has(f)).map(([f, why]) => unlintedFile(linter.displayName(f), "file/outside-repository", why));
  const workers = options.workers ?? defaultWorkers(files.length);
  const checked = options.stdin ? [linter.check(options.stdin.filename, options.stdin.text)] : workers > 1 ? await lintInWorkers(linter.workerSetup(), files, workers, (f) => linter.checkFile(f), options.onProgress) : files.map((f, i) => {
    const r = linter.checkFile(f);
    options.onProgress?.(i + 1, files.length);
    return r;
  });
  if (refused.length > 0) {
    for (const r of refused) checked.push(r);
    checked.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  }
  addDuplicateNames(checked);
  const done = finalize(checked, linter.finalizeContext(options.baseline));
  if (options.baseline && done.staleBaselineEntries > 0) {
    const n = done.staleBaselineEntries;
    notices.push(
      `${options.baseline.file}: ${n} baselined ${n === 1 ? "finding no longer occurs" : "findings no longer occur"} (fixed or changed); --write-baseline drops them`
    );
  }
  const legalFacts = { asOf: linter.asOf, ...linter.catalogues.find((c) => c.legalFacts)?.legalFacts };
  return {
    files: checked.map((r) => r.file),
    results: done.results,
    suppressed: done.suppressed,
    summary: summarize(checked.length, done.results, done.suppressed),
    ...notices.length > 0 ? { notices } : {},
    legalFacts,
    location: { cwd, root: repository ?? config.root }
  };
}
function resolveConfig(cwd, configFile) {
  const file = configFile ?? findConfig(cwd);
  return file ? loadConfig(file, cwd) : defaultConfig(cwd);
}
function addDuplicateNames(files) {
  const first = /* @__PURE__ */ new Map();
  for (const r of files) {
    for (const n of r.names) {
      const seen = first.get(n.name);
      if (!seen) {
        first.set(n.name, { file: r.file, line: n.position.line });
        continue;
      }
      r.findings.push({
        file: r.file,
        ruleId: "schema/duplicate-name",
        severity: "error",
        message: `metadata.name "${n.name}" is already used in ${seen.file}:${seen.line}; names are unique in the repository`,
        path: ["metadata", "name"],
        ...n.document !== void 0 ? { document: n.document } : {},
        ...n.position
      });
    }
  }
}

// packages/core/src/formatters/printable.ts
function printable(text2) {
  return text2.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

// packages/core/src/formatters/plural.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// packages/core/src/formatters/stylish.ts
var COLORS = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1 };
function painter(color) {
  return (code, text2) => color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
}
function severityLabel(f, paint) {
  const label = f.severity.padEnd(7);
  return paint(f.severity === "error" ? COLORS.red : f.severity === "warning" ? COLORS.yellow : COLORS.blue, label);
}
function summaryLine(result, paint) {
  const { summary } = result;
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    ...summary.infos > 0 ? [`${summary.infos} info`] : [],
    ...summary.suppressed > 0 ? [`${summary.suppressed} suppressed`] : []
  ].join(", ");
  return total === 0 ? paint(
    COLORS.bold,
    `✓ ${plural(summary.files, "file")} checked, no problems${summary.suppressed > 0 ? ` (${summary.suppressed} suppressed)` : ""}`
  ) : paint(COLORS.bold, `✖ ${plural(total, "problem")} (${counts}) in ${plural(summary.files, "file")}`);
}
function formatStylish(result, options = { color: false }) {
  const paint = painter(options.color);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.results) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const blocks = [...byFile].map(([file, findings]) => {
    const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const rows = findings.map(
      (f) => `  ${`${f.line}:${f.column}`.padEnd(width)}  ${severityLabel(f, paint)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`
    );
    return `${paint(COLORS.bold, printable(file))}
${rows.join("\n")}
`;
  });
  return `${blocks.length > 0 ? `${blocks.join("\n")}
` : ""}${summaryLine(result, paint)}
`;
}
function formatCompact(result, options = { color: false }) {
  const paint = painter(options.color);
  const lines = result.results.map(
    (f) => `${printable(f.file)}:${f.line}:${f.column}  ${severityLabel(f, paint)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`
  );
  return `${lines.length > 0 ? `${lines.join("\n")}

` : ""}${summaryLine(result, paint)}
`;
}
var stylish = {
  description: "findings grouped under each file, line:col severity message rule-id (default)",
  format: (result, context) => formatStylish(result, { color: context.color })
};
var compact = {
  description: "one line per finding, file:line:col severity message rule-id (links in editors and terminals)",
  format: (result, context) => formatCompact(result, { color: context.color })
};

// packages/core/src/formatters/xml.ts
function text(s) {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    ""
  ).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}

// packages/core/src/formatters/checkstyle.ts
var checkstyle = {
  description: "Checkstyle XML",
  format(result) {
    const byFile = new Map(result.files.map((f) => [f, []]));
    for (const f of result.results) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const [file, list] of byFile) {
      out.push(`  <file name="${attr(file)}">`);
      for (const f of list) {
        out.push(
          `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${attr(f.message)}" source="${attr(`dpa-lint.${f.ruleId}`)}"/>`
        );
      }
      out.push("  </file>");
    }
    out.push("</checkstyle>", "");
    return out.join("\n");
  }
};

// packages/core/src/formatters/github.ts
var KIND = { error: "error", warning: "warning", info: "notice" };
function annotationOf(f) {
  const oneLine = f.endLine === void 0 || f.endLine === f.line;
  return {
    kind: KIND[f.severity],
    message: f.message + (f.clause ? ` (${f.clause})` : ""),
    properties: {
      title: f.ruleId,
      file: f.file,
      startLine: f.line,
      ...oneLine ? { startColumn: f.column } : {},
      ...f.endLine !== void 0 ? { endLine: f.endLine } : {},
      ...oneLine && f.endColumn !== void 0 ? { endColumn: f.endColumn } : {}
    }
  };
}
var github = {
  description: "GitHub Actions workflow-command annotations (::error file=...)",
  format(result) {
    return result.results.map(annotation).join("");
  }
};
function annotation(f) {
  const { kind, message, properties: p } = annotationOf(f);
  const props = [
    `file=${escapeProperty(p.file)}`,
    `line=${p.startLine}`,
    ...p.startColumn !== void 0 ? [`col=${p.startColumn}`] : [],
    ...p.endLine !== void 0 ? [`endLine=${p.endLine}`] : [],
    ...p.endColumn !== void 0 ? [`endColumn=${p.endColumn}`] : [],
    `title=${escapeProperty(p.title)}`
  ].join(",");
  return `::${kind} ${props}::${escapeData(message)}
`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// packages/core/src/formatters/repository-paths.ts
import { relative as relative3, resolve as resolve4, sep } from "node:path";
import { pathToFileURL } from "node:url";
function locator(result) {
  const loc = result.location;
  if (!loc) return { root: "file:///", path: (file) => file, uri: (file) => encodeURI(file) };
  const root = pathToFileURL(loc.root).href.replace(/\/?$/, "/");
  const path = (file) => relative3(loc.root, resolve4(loc.cwd, file)).split(sep).join("/");
  return { root, path, uri: (file) => encodeURI(path(file)) };
}

// packages/core/src/formatters/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var sarif = {
  description: "SARIF 2.1.0 for GitHub code scanning",
  format(result, context) {
    const catalogue = new Map(context.rules.map((r) => [r.id, r]));
    const all = [...result.results, ...result.suppressed];
    const ids = [...new Set(all.map((f) => f.ruleId))].sort();
    const rules = ids.map(
      (id) => descriptor(id, catalogue.get(id) ?? engineRuleMeta(id), all.find((f) => f.ruleId === id)?.severity ?? "error", context.docsBase)
    );
    const index2 = new Map(ids.map((id, i) => [id, i]));
    const place = locator(result);
    const toResult = (f) => ({
      ruleId: f.ruleId,
      ruleIndex: index2.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: place.uri(f.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          }
        }
      ],
      partialFingerprints: { "dpaLintFinding/v1": fingerprint(f) },
      properties: { path: f.path, ...f.dpa ? { dpa: f.dpa } : {}, ...f.clause ? { clause: f.clause } : {} }
    });
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "dpa-lint", version: context.toolVersion, informationUri: PROJECT_URL, rules } },
          originalUriBaseIds: { "%SRCROOT%": { uri: place.root } },
          ...context.exitCode === void 0 ? {} : { invocations: [{ executionSuccessful: true, exitCode: context.exitCode }] },
          ...result.legalFacts ? { properties: { legalFacts: result.legalFacts } } : {},
          results: [
            ...result.results.map(toResult),
            // Suppressed findings stay in the log with their justification: code scanning shows
            // them as dismissed in source (inline comments) or elsewhere (the baseline).
            ...result.suppressed.map((f) => ({
              ...toResult(f),
              suppressions: [{ kind: f.suppression.kind === "inline" ? "inSource" : "external", justification: f.suppression.reason }]
            }))
          ]
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  }
};
function descriptor(id, meta, severity, docsBase) {
  const docs = ruleDocsUrl(id, meta?.docsUrl, docsBase);
  const title = meta?.title ?? id;
  const clause = meta?.clause ? `

Clause: ${meta.clause}` : "";
  const quote = meta?.quote ? `

> ${meta.quote}${meta.gloss ? `
>
> (${meta.gloss})` : ""}` : "";
  const description = meta?.description || title;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => c ? c.toUpperCase() : ""),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: {
      text: `${description}${meta?.clause ? ` Clause: ${meta.clause}.` : ""} See ${docs}`,
      markdown: `${description}${clause}${quote}

[Documentation](${docs})`
    },
    helpUri: docs,
    defaultConfiguration: { level: LEVEL[meta?.severity ?? severity] }
  };
}
function fingerprint(f) {
  return createHash("sha256").update(JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path])).digest("hex").slice(0, 32);
}

// packages/core/src/formatters/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", info: "info" };
var gitlab = {
  description: "GitLab Code Quality report (artifacts: reports: codequality)",
  format(result) {
    const place = locator(result);
    const issues = result.results.map((f) => ({
      description: `${f.message}${f.clause ? ` (${f.clause})` : ""}`,
      check_name: f.ruleId,
      fingerprint: fingerprint(f),
      severity: SEVERITY[f.severity],
      location: { path: place.path(f.file), lines: { begin: f.line, end: f.endLine } }
    }));
    return `${JSON.stringify(issues, null, 2)}
`;
  }
};

// packages/core/src/formatters/json.ts
var json = {
  description: "machine-readable results, suppressed findings and summary (spec: --format json)",
  format(result) {
    const out = {
      version: 1,
      results: result.results.map(publicFields),
      suppressed: result.suppressed.map((f) => ({ ...publicFields(f), suppression: f.suppression })),
      summary: result.summary,
      ...result.legalFacts ? { legalFacts: result.legalFacts } : {}
    };
    return `${JSON.stringify(out, null, 2)}
`;
  }
};
function publicFields(f) {
  return {
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    ...f.dpa ? { dpa: f.dpa } : {},
    ...f.clause ? { clause: f.clause } : {},
    ...f.docsUrl ? { docsUrl: f.docsUrl } : {}
  };
}

// packages/core/src/formatters/junit.ts
var junit = {
  description: "JUnit XML, one test suite per file",
  format(result) {
    const byFile = new Map(result.files.map((f) => [f, []]));
    for (const f of result.results) {
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const failures = result.results.length;
    const tests = [...byFile.values()].reduce((n, list) => n + Math.max(1, list.length), 0);
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="dpa-lint" tests="${tests}" failures="${failures}" errors="0">`
    ];
    for (const [file, list] of byFile) {
      out.push(`  <testsuite name="${attr(file)}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0">`);
      if (list.length === 0) out.push(`    <testcase name="${attr(file)}" classname="${attr(file)}"/>`);
      for (const f of list) {
        out.push(`    <testcase name="${attr(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${attr(file)}">`);
        out.push(
          `      <failure type="${attr(f.severity)}" message="${attr(f.message)}">${text(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}
${f.message}${f.clause ? `
Clause: ${f.clause}` : ""}`)}</failure>`
        );
        out.push("    </testcase>");
      }
      out.push("  </testsuite>");
    }
    out.push("</testsuites>", "");
    return out.join("\n");
  }
};

// packages/core/src/formatters/legal-facts.ts
function legalFactsLine(judged) {
  if (!judged) return void 0;
  const facts = judged.version ? `legal facts ${judged.version}, reviewed ${judged.reviewed ?? "on an unknown day"}` : "no dated legal facts in the policy bundle";
  return `Judged by the law in force on ${judged.asOf} (${facts}).`;
}

// packages/core/src/formatters/markdown.ts
var markdown = {
  description: "Markdown summary for a pull request comment or job summary",
  format(result) {
    const { summary } = result;
    const lines = [
      "## dpa-lint",
      "",
      `${summary.files} ${summary.files === 1 ? "file" : "files"} checked: **${summary.errors}** ${summary.errors === 1 ? "error" : "errors"}, **${summary.warnings}** ${summary.warnings === 1 ? "warning" : "warnings"}, ${summary.infos} info, ${summary.suppressed} suppressed.`,
      ""
    ];
    const judged = legalFactsLine(result.legalFacts);
    if (judged) lines.push(`_${judged}_`, "");
    if (result.results.length > 0) {
      lines.push("| | location | rule | message | clause |", "|---|---|---|---|---|");
      const icon = { error: "❌", warning: "⚠️", info: "ℹ️" };
      for (const f of result.results) {
        lines.push(
          `| ${icon[f.severity]} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${cell(f.ruleId)}\` | ${cell(f.message)} | ${cell(f.clause ?? "")} |`
        );
      }
      lines.push("");
    }
    return `${lines.join("\n")}${suppressedSection(result)}`;
  }
};
var SUPPRESSED_ROWS = 100;
function suppressedSection(result) {
  const all = result.suppressed;
  if (all.length === 0) return "";
  const rows = all.slice(0, SUPPRESSED_ROWS).map(
    (f) => `| \`${cell(f.file)}:${f.line}:${f.column}\` | \`${cell(f.ruleId)}\` | ${f.suppression.kind} | ${cell(f.suppression.reason)}${f.suppression.until ? ` (until ${f.suppression.until})` : ""} |`
  );
  const more = all.length > SUPPRESSED_ROWS ? `
_and ${all.length - SUPPRESSED_ROWS} more._
` : "";
  return `
<details><summary>${all.length} suppressed ${all.length === 1 ? "finding" : "findings"}</summary>

| location | rule | by | reason |
|---|---|---|---|
${rows.join("\n")}
${more}
</details>
`;
}
function cell(text2) {
  return printable(text2.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;"));
}

// packages/core/src/formatters/registry.ts
var builtin = { stylish, compact, json, sarif, junit, github, markdown, gitlab, checkstyle };
var FORMATTERS = builtin;
function formatterNames() {
  return Object.keys(FORMATTERS);
}

// packages/core/src/formatters/types.ts
function formatContext(bundles, toolVersion, color = false, docsBase) {
  return { color, rules: bundles.flatMap((b) => b.catalogue.rules), toolVersion, ...docsBase ? { docsBase } : {} };
}

// packages/core/src/engine/rule-docs.ts
import { readFileSync } from "node:fs";
import { join as join3 } from "node:path";
function readRuleDoc(bundle, rule) {
  if (!rule.doc) return void 0;
  let markdown2;
  try {
    markdown2 = readFileSync(join3(bundle.source, "docs", rule.doc), "utf8");
  } catch {
    return void 0;
  }
  const section = (title) => new RegExp(`## ${title}\\n\\n\`\`\`yaml[^\\n]*\\n([\\s\\S]*?)\`\`\``).exec(markdown2)?.[1];
  const doc = { markdown: markdown2 };
  const compliant = section("Compliant");
  const violating = section("Violating");
  const configuration = section("Configuration");
  if (compliant) doc.compliant = compliant;
  if (violating) doc.violating = violating;
  if (configuration) doc.configuration = configuration;
  return doc;
}

// packages/core/src/policy/load.ts
import { existsSync as existsSync5, mkdtempSync, readdirSync as readdirSync3, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join8, resolve as resolve6 } from "node:path";

// packages/core/src/policy/catalogue-build.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, join as join4, relative as relative4 } from "node:path";
var GROUPS = new Set(POLICY_GROUPS);
function termOfRules(data) {
  return (data.lib ?? {}).citations?.term_of ?? {};
}
function buildCatalogue(inspect, data, roots, opaVersion2) {
  const problems = [];
  const docs = /* @__PURE__ */ new Map();
  const dpaData = data.dpa ?? {};
  const packs = [];
  for (const [id, pack] of Object.entries(dpaData)) {
    const terms = pack.terms;
    if (!terms) continue;
    packs.push({ id, kind: "dpa", title: terms.title ?? id, ...terms.governingLaw ? { governingLaw: terms.governingLaw } : {} });
  }
  const rules = [];
  const generic = [];
  for (const a of inspect.annotations ?? []) {
    const found2 = ruleOf(a, roots, problems, docs);
    if (!found2) continue;
    if (found2.group === "shared") generic.push(found2.base);
    else {
      const pack = found2.group === "dpa" ? packOf(found2.pkg ?? found2.group, dpaData) : found2.group;
      rules.push({ id: `${pack}/${found2.base.name}`, pack, ...found2.base });
    }
  }
  for (const r of sharedRulesPerPack(packs, generic, dpaData, termOfRules(data))) rules.push(r);
  const ids = /* @__PURE__ */ new Set();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`rule id ${r.id} is defined twice`);
    ids.add(r.id);
  }
  if (rules.some((r) => r.pack === "gdpr")) packs.push({ id: "gdpr", kind: "gdpr", title: "GDPR baseline" });
  if (rules.some((r) => r.pack === "org")) packs.push({ id: "org", kind: "org", title: "Organisation policy (.dpa-lint.yaml org)" });
  rules.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  packs.sort((a, b) => a.id < b.id ? -1 : 1);
  const legalFacts = legalFactsOf(data);
  const sharedRules = [...generic].sort((a, b) => a.name < b.name ? -1 : 1);
  return { catalogue: { version: 1, opaVersion: opaVersion2, ...legalFacts ? { legalFacts } : {}, packs, rules, sharedRules }, docs, problems };
}
function ruleOf(a, roots, problems, docs) {
  if (a.annotations?.scope !== "rule" || !a.location) return void 0;
  const path = (a.path ?? []).slice(1).map((p) => p.value);
  const [group, pkg] = path;
  const setName = path[path.length - 1] ?? "";
  const where = `${a.location.file}:${a.location.row}`;
  if (!group || !GROUPS.has(group)) return void 0;
  const custom = a.annotations.custom ?? {};
  const name = custom.id;
  if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    problems.push(`${where}: custom.id must be the rule's kebab-case name`);
    return void 0;
  }
  const severity = custom.severity;
  if (!isSeverity(severity) || SEVERITY_OF_SET[setName] !== severity) {
    problems.push(
      `${where}: custom.severity "${String(severity)}" must match the set ${setName} (${SEVERITY_OF_SET[setName] ?? "deny, warn or info"})`
    );
    return void 0;
  }
  if (!a.annotations.title) problems.push(`${where}: the rule needs a title`);
  const docFile = join4(dirname3(a.location.file), "docs", `${name}.md`);
  const root = roots.find((r) => !relative4(r, docFile).startsWith(".."));
  const doc = existsSync2(docFile) && root ? relative4(root, docFile).split("\\").join("/") : void 0;
  if (doc) docs.set(doc, docFile);
  const base = clean({
    name,
    title: a.annotations.title ?? name,
    description: (a.annotations.description ?? "").trim(),
    severity,
    doc,
    clause: str(custom.clause),
    quote: str(custom.quote),
    gloss: str(custom.gloss)
  });
  return { group, pkg, base };
}
function sharedRulesPerPack(packs, generic, dpaData, termOf) {
  const out = [];
  for (const pack of packs) {
    const terms = dpaData[pack.id]?.terms;
    for (const g of generic) {
      const term = termOf[g.name];
      const ref = (term ? terms?.citations?.[term] : void 0) ?? terms?.clauses?.[g.name] ?? {};
      out.push(
        clean({
          ...g,
          id: `${pack.id}/${g.name}`,
          pack: pack.id,
          clause: ref.clause ?? g.clause,
          quote: ref.quote ?? g.quote,
          gloss: ref.gloss ?? g.gloss
        })
      );
    }
  }
  return out;
}
function legalFactsOf(data) {
  const legal = (data.lib ?? {}).legal;
  if (typeof legal?.version !== "string" || typeof legal.reviewed !== "string") return void 0;
  return { version: legal.version, reviewed: legal.reviewed };
}
function packOf(pkg, dpaData) {
  return pkg in dpaData ? pkg : pkg.replace(/_/g, "-");
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function clean(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== void 0 && v !== ""));
}

// packages/core/src/policy/pack-terms.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname4, extname as extname2, join as join5, relative as relative5 } from "node:path";

// packages/core/src/schema/pack-terms.schema.json
var pack_terms_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://dpa-lint.dev/schemas/pack-terms-v1.json",
  title: "dpa-lint DPA pack terms (policies/dpa/<id>/data.yaml)",
  description: "What a DPA pack may say: the signed DPA's terms, each with the clause and quote it comes from. A term the DPA does not state is written null, never left out (policies/README.md, 'Adding a DPA').",
  type: "object",
  required: [
    "terms"
  ],
  additionalProperties: false,
  properties: {
    terms: {
      type: "object",
      required: [
        "title",
        "governingLaw",
        "hosting",
        "subprocessors",
        "priorNotice",
        "objectionWindow",
        "breachNotification",
        "audit",
        "retention",
        "specialCategories",
        "clauses"
      ],
      additionalProperties: false,
      properties: {
        title: {
          type: "string",
          minLength: 1,
          not: {
            pattern: "TODO"
          },
          "x-message": "must be the DPA's title, not a TODO placeholder",
          description: "The DPA's title, as `dpa-lint rules` and `terms` show it."
        },
        source: {
          type: "string",
          minLength: 1,
          not: {
            pattern: "TODO"
          },
          "x-message": "must be the DPA text's file name, not a TODO placeholder",
          description: "The DPA's text file, relative to the pack, for policy check's quote verification."
        },
        governingLaw: {
          anyOf: [
            {
              $ref: "#/$defs/country"
            },
            {
              type: "null"
            }
          ],
          description: "The country whose public holidays working days skip; null when the DPA names no law.",
          "x-message": "must be the ISO code of the governing law's country, such as BE, or null when the DPA names none"
        },
        hosting: {
          type: "object",
          required: [
            "allowed",
            "declared"
          ],
          additionalProperties: false,
          properties: {
            allowed: {
              anyOf: [
                {
                  $ref: "#/$defs/places"
                },
                {
                  type: "null"
                }
              ],
              description: "Where the vendor may host; null when the DPA does not restrict hosting.",
              "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA does not restrict hosting"
            },
            declared: {
              anyOf: [
                {
                  $ref: "#/$defs/places"
                },
                {
                  type: "null"
                }
              ],
              description: "What the DPA claims about where all data stays; null when it claims nothing.",
              "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA claims nothing"
            }
          },
          description: "The DPA's hosting commitments."
        },
        subprocessors: {
          type: "object",
          required: [
            "listed",
            "list"
          ],
          additionalProperties: false,
          properties: {
            listed: {
              type: "boolean",
              description: "Whether the DPA gives a list of sub-processors."
            },
            list: {
              type: "array",
              items: {
                $ref: "#/$defs/subprocessor"
              },
              description: "The listed sub-processors."
            }
          },
          description: "The DPA's sub-processor list."
        },
        transfers: {
          type: "object",
          required: [
            "mechanisms"
          ],
          additionalProperties: false,
          description: "The DPA's own transfer clause, where it narrows GDPR Chapter V; absent when it does not.",
          properties: {
            mechanisms: {
              type: "array",
              minItems: 1,
              items: {
                enum: [
                  "adequacy",
                  "dpf",
                  "privacy-shield",
                  "scc",
                  "bcr",
                  "derogation"
                ]
              },
              description: "The transfer mechanisms the DPA accepts outside the EEA."
            },
            covers: {
              type: "array",
              minItems: 1,
              items: {
                enum: [
                  "hosting",
                  "subprocessors"
                ]
              },
              description: "Which locations the DPA's transfer clause covers: the vendor's hosting, its sub-processors, or both."
            }
          }
        },
        noticeCovers: {
          type: "array",
          minItems: 1,
          items: {
            enum: [
              "add",
              "replace",
              "remove"
            ]
          },
          description: "The changes the prior-notice clause covers, when it also covers removals."
        },
        priorNotice: {
          $ref: "#/$defs/term",
          description: "How long before a sub-processor change the vendor must give notice, or null when the DPA gives no number."
        },
        objectionWindow: {
          $ref: "#/$defs/term",
          description: "How long the controller has to object to a new sub-processor, or null when the DPA gives no number."
        },
        breachNotification: {
          $ref: "#/$defs/term",
          description: "How fast the vendor must report a personal data breach, or null ('without undue delay')."
        },
        audit: {
          type: "object",
          required: [
            "maxPerYear",
            "notice"
          ],
          additionalProperties: false,
          properties: {
            maxPerYear: {
              anyOf: [
                {
                  type: "integer",
                  minimum: 0
                },
                {
                  type: "null"
                }
              ],
              "x-message": "must be a whole number, or null when the DPA sets no cap",
              description: "The most audits a year the DPA allows, or null when it sets no cap."
            },
            uncapped: {
              const: true,
              description: "true when the DPA does not cap audits."
            },
            absent: {
              const: true,
              description: "true when the DPA grants no audit right at all."
            },
            notice: {
              $ref: "#/$defs/term",
              description: "The notice the DPA requires before an audit, or null."
            },
            noticeRef: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the audit-notice term, when it is not the audit right's own clause."
            }
          },
          description: "The DPA's audit right: a cap per year, the notice it requires, or uncapped / absent."
        },
        retention: {
          type: "array",
          items: {
            type: "object",
            required: [
              "category",
              "max",
              "clause",
              "quote"
            ],
            additionalProperties: false,
            properties: {
              category: {
                $ref: "#/$defs/name",
                description: "The data category, as vendor setups name it under retention."
              },
              aliases: {
                type: "array",
                items: {
                  $ref: "#/$defs/name"
                },
                description: "Other names setups may use for the category."
              },
              max: {
                $ref: "#/$defs/period",
                description: "The longest the DPA allows the category to be kept."
              },
              from: {
                enum: [
                  "collection",
                  "capture",
                  "creation",
                  "last-contact",
                  "end-of-contract",
                  "end-of-role"
                ],
                description: "The event the limit counts from (collection when absent)."
              },
              clause: {
                $ref: "#/$defs/clause",
                description: "The DPA's clause."
              },
              quote: {
                $ref: "#/$defs/quote",
                description: "The clause's words, verbatim."
              },
              gloss: {
                type: "string",
                description: "An English gloss of a quote in another language."
              }
            },
            description: "One retention limit."
          },
          description: "The DPA's retention limits per data category, each with its clause and quote."
        },
        specialCategories: {
          anyOf: [
            {
              type: "array",
              items: {
                enum: [
                  "health",
                  "biometric",
                  "genetic",
                  "racial-ethnic",
                  "political",
                  "religious",
                  "trade-union",
                  "sex-life"
                ]
              }
            },
            {
              type: "null"
            }
          ],
          description: "The Art. 9 categories the DPA declares ([] when it declares none); null when it says nothing.",
          "x-message": "must be a list of Art. 9 categories (health, biometric, genetic, racial-ethnic, political, religious, trade-union, sex-life), [] when the DPA declares none, or null when it is silent"
        },
        citations: {
          type: "object",
          additionalProperties: false,
          description: "One citation per term, serving every rule that reads it: the clause and quote of the DPA's notice, objection and breach terms (also where the DPA gives no number).",
          properties: {
            priorNotice: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the priorNotice term."
            },
            objectionWindow: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the objectionWindow term."
            },
            breachNotification: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the breachNotification term."
            }
          }
        },
        clauses: {
          type: "object",
          description: "The clause and quote of each shared rule that reads no single term (hosting, lists, audits, retention...), keyed by the rule's name.",
          additionalProperties: {
            $ref: "#/$defs/citation"
          }
        }
      },
      description: "The signed DPA's terms, each with the clause and quote it comes from."
    }
  },
  $defs: {
    country: {
      type: "string",
      pattern: "^[A-Z]{2}$",
      "x-message": "must be an ISO 3166-1 alpha-2 code such as FR"
    },
    places: {
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        pattern: "^([A-Z]{2}|EEA|adequacy)$",
        "x-message": "must be an ISO code such as FR, or EEA, or adequacy"
      }
    },
    name: {
      type: "string",
      minLength: 1
    },
    clause: {
      type: "string",
      minLength: 1,
      not: {
        pattern: "TODO"
      },
      "x-message": "must name the DPA's clause, not a TODO placeholder"
    },
    quote: {
      type: "string",
      minLength: 1,
      not: {
        pattern: "TODO"
      },
      "x-message": "must be the clause's words, verbatim, not a TODO placeholder"
    },
    citation: {
      type: "object",
      required: [
        "clause",
        "quote"
      ],
      additionalProperties: false,
      properties: {
        clause: {
          $ref: "#/$defs/clause",
          description: "The DPA's clause."
        },
        quote: {
          $ref: "#/$defs/quote",
          description: "The clause's words, verbatim (original language)."
        },
        gloss: {
          type: "string",
          description: "An English gloss of a quote in another language."
        }
      },
      description: "A clause and its verbatim quote."
    },
    unit: {
      enum: [
        "hours",
        "days",
        "working_days",
        "months",
        "years"
      ],
      "x-message": "must be hours, days, working_days, months or years"
    },
    period: {
      description: 'A period: {value, unit}, or as vendor files write it ("12 months").',
      anyOf: [
        {
          type: "object",
          required: [
            "value",
            "unit"
          ],
          additionalProperties: false,
          properties: {
            value: {
              type: "integer",
              minimum: 0,
              description: "The amount."
            },
            unit: {
              $ref: "#/$defs/unit",
              description: "The unit: hours, days, working_days, months or years."
            }
          },
          "x-message": "must be {value, unit}, such as {value: 30, unit: days}"
        },
        {
          $ref: "#/$defs/periodText"
        }
      ],
      "x-message": 'must be {value, unit} or a period such as "12 months", "10 working days"'
    },
    term: {
      description: "A period the DPA states, or null when it gives no number ('without undue delay', 'in advance').",
      anyOf: [
        {
          type: "object",
          required: [
            "value",
            "unit"
          ],
          additionalProperties: false,
          properties: {
            value: {
              type: "integer",
              minimum: 0,
              description: "The amount."
            },
            unit: {
              $ref: "#/$defs/unit",
              description: "The unit: hours, days, working_days, months or years."
            },
            readings: {
              type: "array",
              minItems: 2,
              items: {
                $ref: "#/$defs/period"
              },
              description: "Every reading of an ambiguous term (Easi's 'fifteen/thirty days')."
            },
            ambiguity: {
              type: "string",
              minLength: 1,
              description: "Why the term is ambiguous and which reading each check takes."
            }
          }
        },
        {
          $ref: "#/$defs/periodText"
        },
        {
          type: "null"
        }
      ],
      "x-message": 'must be {value, unit} (units hours, days, working_days, months, years), a period such as "10 working days", or null when the DPA gives no number'
    },
    subprocessor: {
      type: "object",
      required: [
        "name",
        "country",
        "mechanism"
      ],
      additionalProperties: false,
      properties: {
        name: {
          $ref: "#/$defs/name",
          description: "The sub-processor's name, as the DPA lists it."
        },
        aliases: {
          type: "array",
          items: {
            $ref: "#/$defs/name"
          },
          description: "Other names setups may use for it."
        },
        country: {
          anyOf: [
            {
              $ref: "#/$defs/country"
            },
            {
              type: "null"
            }
          ],
          "x-message": "must be an ISO code such as FR, or null when the DPA gives no server location",
          description: "Where it processes data (ISO code), or null when the DPA gives no server location."
        },
        mechanism: {
          anyOf: [
            {
              enum: [
                "eea",
                "adequacy",
                "dpf",
                "scc",
                "bcr",
                "derogation",
                "conditional"
              ]
            },
            {
              type: "null"
            }
          ],
          "x-message": "must be eea, adequacy, dpf, scc, bcr, derogation or conditional, or null when the DPA names none",
          description: "The transfer mechanism the DPA names for it, or null when it names none."
        },
        clause: {
          $ref: "#/$defs/clause",
          description: "The clause (row) of the DPA's list it comes from."
        },
        quote: {
          $ref: "#/$defs/quote",
          description: "That row's words, verbatim."
        },
        gloss: {
          type: "string",
          description: "An English gloss of a quote in another language."
        }
      },
      description: "One sub-processor the DPA lists."
    },
    periodText: {
      type: "string",
      pattern: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$",
      description: 'A period as vendor files write it: "10 working days", "1 month", "48 hours".'
    }
  }
};

// packages/core/src/policy/pack-terms.ts
var validatePackTerms = schemaValidator(pack_terms_schema_default);
var KNOWN_KEYS = [...new Set(collectKeys(pack_terms_schema_default))].sort();
function collectKeys(node) {
  if (Array.isArray(node)) return node.flatMap(collectKeys);
  if (node === null || typeof node !== "object") return [];
  const o = node;
  const own = o.properties && typeof o.properties === "object" ? Object.keys(o.properties) : [];
  return [...own, ...Object.values(o).flatMap(collectKeys)];
}
function findPackTermsFiles(location) {
  if (statSync2(location).isFile()) return [{ id: basename2(location, extname2(location)), file: location }];
  if (existsSync3(join5(location, "data.yaml"))) return [{ id: basename2(location), file: join5(location, "data.yaml") }];
  const dpa = join5(location, "dpa");
  if (!existsSync3(dpa)) return [];
  return readdirSync2(dpa).sort().filter((id) => existsSync3(join5(dpa, id, "data.yaml"))).map((id) => ({ id, file: join5(dpa, id, "data.yaml") }));
}
function checkPackTerms(file, display, sharedRules) {
  const parsed = parseYamlText(display, readFileSync2(file, "utf8"));
  const problems = parsed.findings.map((f) => `${display}:${f.line}:${f.column}: ${f.message}`);
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== void 0);
  if (!doc || problems.length > 0) return { problems: problems.length > 0 ? problems : [`${display}:1:1: holds no terms`] };
  const locate2 = (path, message, atKey = false) => {
    const pos = positionOf(doc.node, parsed.lineCounter, path, atKey);
    return `${display}:${pos.line}:${pos.column}: ${message}`;
  };
  const at = (path, message, atKey = false) => {
    const line = locate2(path, message, atKey);
    if (!problems.includes(line)) problems.push(line);
  };
  for (const p of validatePackTerms(doc.value)) {
    const key = p.path[p.path.length - 1];
    const hint = p.ruleId === "schema/additional-properties" && typeof key === "string" ? didYouMean(key, KNOWN_KEYS) : "";
    at(p.path, `${p.message}${hint}`, p.atKey);
  }
  const terms = doc.value.terms;
  const clauses = terms?.clauses;
  if (clauses && typeof clauses === "object" && sharedRules.length > 0) {
    for (const name of Object.keys(clauses)) {
      if (!sharedRules.includes(name))
        at(["terms", "clauses", name], `no shared rule "${name}" cites a clause${didYouMean(name, sharedRules)}`, true);
    }
  }
  return problems.length > 0 ? { problems } : { terms: terms ?? {}, at: locate2, problems };
}
function didYouMean(word, candidates) {
  const near2 = nearest(word, candidates);
  return near2.length > 0 ? ` (did you mean ${near2.join(", ")}?)` : "";
}
function readPackTerms(location, cwd, sharedRules) {
  const packs = [];
  const problems = [];
  for (const { id, file } of findPackTermsFiles(location)) {
    const checked = checkPackTerms(file, relative5(cwd, file) || file, sharedRules);
    problems.push(...checked.problems);
    if (checked.terms && checked.at) packs.push({ id, file, terms: checked.terms, at: checked.at });
  }
  return { packs, problems };
}
function citationsOf(terms) {
  const out = [];
  const add = (path, c) => {
    const { clause, quote } = c ?? {};
    if (typeof quote === "string") out.push({ path: [...path, "quote"], clause: typeof clause === "string" ? clause : "", quote });
  };
  for (const [term, c] of Object.entries(terms.citations ?? {})) add(["terms", "citations", term], c);
  for (const [name, c] of Object.entries(terms.clauses ?? {})) add(["terms", "clauses", name], c);
  (terms.retention ?? []).forEach((r, i) => add(["terms", "retention", i], r));
  (terms.subprocessors?.list ?? []).forEach((e, i) => add(["terms", "subprocessors", "list", i], e));
  add(["terms", "audit", "noticeRef"], terms.audit?.noticeRef);
  return out;
}
function normalizeQuoteText(text2) {
  return text2.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"').replace(/\s+/g, " ").trim();
}
function quoteAppearsIn(quote, source) {
  const text2 = normalizeQuoteText(source);
  let from = 0;
  for (const part of normalizeQuoteText(quote).split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean)) {
    const at = text2.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
function checkQuotes(pack, sourceText) {
  return citationsOf(pack.terms).filter((c) => !quoteAppearsIn(c.quote, sourceText)).map((c) => pack.at(c.path, `the quote for ${c.clause || "this term"} is not in the DPA text verbatim`));
}
function checkPacks(location, cwd, sharedRules, sourceOverride) {
  const { packs, problems } = readPackTerms(location, cwd, sharedRules);
  const unverified = [];
  for (const p of packs) {
    const source = sourceFor(p, sourceOverride);
    if (!source || !existsSync3(source) || statSync2(source).isDirectory()) {
      unverified.push(source ? `${p.id} (${relative5(cwd, source) || source} not found)` : p.id);
      continue;
    }
    problems.push(...checkQuotes(p, readFileSync2(source, "utf8")));
  }
  return { packs: packs.map((p) => p.id), problems, unverified };
}
function sourceFor(p, override) {
  const named = typeof p.terms.source === "string" ? p.terms.source : void 0;
  if (override)
    return existsSync3(override) && statSync2(override).isDirectory() ? named ? join5(override, basename2(named)) : void 0 : override;
  return named ? join5(dirname4(p.file), named) : void 0;
}

// packages/core/src/policy/build.ts
import { execFileSync as execFileSync3 } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync as readFileSync3, rmSync, writeFileSync } from "node:fs";
import { dirname as dirname6, join as join7, relative as relative6, resolve as resolve5, sep as sep2 } from "node:path";

// packages/core/src/policy/tools.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import { delimiter, dirname as dirname5, join as join6 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var here = dirname5(fileURLToPath2(import.meta.url));
var repoRoot = join6(here, "..", "..", "..", "..");
var BUILTIN_POLICIES_DIR = [join6(here, "policies"), join6(here, "..", "..", "policies")].find((d) => existsSync4(d)) ?? join6(repoRoot, "policies");
var NOT_DATA = ["capabilities.json", "catalogue.json", "*.md", "tests", ".bundle"];
function ignoreArgs(extra = []) {
  return [...NOT_DATA, ...extra].flatMap((p) => ["--ignore", p]);
}
function findOpa(env = process.env) {
  const candidates = [
    env.DPA_LINT_OPA,
    join6(repoRoot, ".tools", "bin", "opa"),
    ...(env.PATH ?? "").split(delimiter).map((d) => join6(d, "opa"))
  ];
  const found2 = candidates.find((c) => typeof c === "string" && c !== "" && existsSync4(c));
  if (found2) return found2;
  const v = readBundle().catalogue.opaVersion;
  throw new PolicyError(
    `OPA is needed for policy commands on packs with Rego (packs of terms only need none): install OPA ${v} (go install github.com/open-policy-agent/opa@${v}, or its release binary) and set DPA_LINT_OPA to it or put opa on the PATH; in a checkout, npm run tools`
  );
}
function opaVersion(opa) {
  return /^Version: (.*)$/m.exec(execFileSync2(opa, ["version"], { encoding: "utf8" }))?.[1] ?? "unknown";
}

// packages/core/src/policy/build.ts
var SHARED_POLICY_PART_NAMES = ["lib", "shared", "main"];
var SHARED_POLICY_PARTS = SHARED_POLICY_PART_NAMES.map((d) => join7(BUILTIN_POLICIES_DIR, d));
function buildPolicies(options) {
  const dirs = options.dirs.map((d) => resolve5(d));
  const out = resolve5(options.outDir);
  const userDirs = dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR) || dirs.length === 1);
  const capabilities = options.capabilities ?? join7(BUILTIN_POLICIES_DIR, "capabilities.json");
  mkdirSync(out, { recursive: true });
  const tarball = join7(out, "bundle.tar.gz");
  const opa = (args, cwd) => {
    try {
      return execFileSync3(options.opa, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const e = error;
      const lines = `${e.stdout ?? ""}
${e.stderr ?? ""}`.split("\n").map((l) => l.trim()).filter((l) => /error|rego_/i.test(l) && !/\d+ errors? occurred/.test(l));
      const first = lines[0] ?? describeThrown(error).split("\n")[0];
      const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : "";
      throw new PolicyError(`opa ${args[0]} failed: ${first}${more}`, { file: userDirs.join(", ") });
    }
  };
  const base = commonParent(dirs);
  opa(
    [
      "build",
      "-t",
      "wasm",
      "-e",
      ENTRYPOINT,
      "--capabilities",
      capabilities,
      ...ignoreArgs(["*_test.rego"]),
      "-o",
      tarball,
      ...dirs.map((d) => relative6(base, d) || ".")
    ],
    base
  );
  const annotations = dirs.flatMap(
    (d) => JSON.parse(opa(["inspect", "-a", "--format", "json", d])).annotations ?? []
  );
  const inspect = { annotations };
  const data = JSON.parse(readTarGz(readFileSync3(tarball)).get("/data.json")?.toString("utf8") ?? "{}");
  const roots = [BUILTIN_POLICIES_DIR, ...dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR))];
  const { catalogue, docs, problems } = buildCatalogue(inspect, data, roots, `v${opaVersion(options.opa)}`);
  if (problems.length > 0) throw new PolicyError(`the rules' METADATA is incomplete:
${problems.join("\n")}`, { file: dirs.join(", ") });
  const shared = (catalogue.sharedRules ?? []).map((r) => r.name);
  const termProblems = dirs.flatMap((d) => readPackTerms(d, process.cwd(), shared).problems);
  if (termProblems.length > 0) throw new PolicyError(termProblems.join("; "), { field: "pack terms" });
  if (!catalogue.packs.some((p) => p.kind === "gdpr")) linkDocs(catalogue, options.docsBase);
  writeFileSync(join7(out, "catalogue.json"), `${JSON.stringify(catalogue, null, 1)}
`);
  rmSync(join7(out, "docs"), { recursive: true, force: true });
  for (const [doc, source] of docs) {
    mkdirSync(dirname6(join7(out, "docs", doc)), { recursive: true });
    copyFileSync(source, join7(out, "docs", doc));
  }
  return catalogue;
}
function linkDocs(catalogue, docsBase) {
  const shared = new Set((catalogue.sharedRules ?? []).map((r) => r.name));
  for (const rule of catalogue.rules) {
    if (docsBase) rule.docsUrl = `${docsBase.replace(/\/?$/, "/")}${rule.pack}/${rule.name}`;
    else if (shared.has(rule.name)) rule.docsUrl = sharedRuleDocsUrl(rule.name);
  }
}
function commonParent(dirs) {
  const parts = dirs.map((d) => dirname6(d).split(sep2));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep2) || sep2;
}

// packages/core/src/policy/load.ts
function loadTermsPack(location, cwd = process.cwd()) {
  const builtin2 = readBundle();
  const shared = builtin2.catalogue.sharedRules ?? [];
  const { packs, problems } = readPackTerms(
    location,
    cwd,
    shared.map((r) => r.name)
  );
  if (problems.length > 0) throw new PolicyError(problems.join("; "), { field: "pack terms" });
  if (packs.length === 0) throw new PolicyError("holds no pack terms: dpa/<id>/data.yaml, data.yaml, or a terms file", { file: location });
  const data = Object.fromEntries(packs.map((p) => [p.id, { terms: p.terms }]));
  const metas = packs.map((p) => {
    const law = p.terms.governingLaw;
    return { id: p.id, kind: "dpa", title: String(p.terms.title), ...typeof law === "string" ? { governingLaw: law } : {} };
  });
  const rules = sharedRulesPerPack(metas, shared, data, termOfRules(builtin2.data)).map((r) => ({
    ...r,
    docsUrl: sharedRuleDocsUrl(r.name)
  }));
  return {
    source: location,
    module: builtin2.module,
    data: { dpa: data },
    catalogue: { ...builtin2.catalogue, packs: metas, rules },
    termsOnly: true
  };
}
function holdsRego(location) {
  if (!statSync3(location).isDirectory()) return false;
  return readdirSync3(location, { recursive: true, encoding: "utf8" }).some((f) => f.endsWith(".rego"));
}
function loadPolicyPack(dir, env = process.env) {
  if (existsSync5(join8(dir, "bundle.tar.gz"))) return readBundle(dir);
  if (!holdsRego(dir)) return loadTermsPack(dir);
  const out = mkdtempSync(join8(tmpdir(), "dpa-lint-policy-"));
  buildPolicies({ opa: findOpa(env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
  return readBundle(out);
}
function loadPolicyPacks(dirs, cwd, option, env = process.env) {
  return dirs.map((dir) => {
    const abs = resolve6(cwd, dir);
    if (!existsSync5(abs)) throw new InputError("no such directory", { file: dir, field: option });
    return loadPolicyPack(abs, env);
  });
}
function withBuiltinBundle(packs) {
  return foldTermsPacks([readBundle(), ...packs]);
}

// packages/core/src/version.ts
var VERSION = require_package().version;

// packages/cli/src/commands/explain.ts
import { parseArgs } from "node:util";

// packages/cli/src/bundles.ts
function loadBundles(policies, io, config = resolveConfig(io.cwd)) {
  const fromConfig = loadPolicyPacks(config.policies, io.cwd, `${config.file ?? ".dpa-lint.yaml"}: policies`, io.env);
  return withBuiltinBundle([...fromConfig, ...loadPolicyPacks(policies ?? [], io.cwd, "--policy", io.env)]);
}
var POLICY_OPTION = { policy: { type: "string", multiple: true } };

// packages/cli/src/io.ts
var EXIT = { ok: 0, findings: 1, error: 2 };
function processIo() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: async () => {
      const chunks = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk);
        length += chunk.length;
        if (length > PARSE_LIMITS.maxBytes) break;
      }
      return decodeText(Buffer.concat(chunks).subarray(0, PARSE_LIMITS.maxBytes + 1));
    }
  };
}

// packages/cli/src/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// packages/cli/src/commands/explain.ts
var explainHelp = `Usage: dpa-lint explain RULE_ID [--policy DIR]

Show why a rule exists, the DPA clause or GDPR article it enforces with a short quote, and a
compliant and a violating example. RULE_ID is as findings print it, e.g. quicktalk/hosting-country.
`;
function explainCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, ...POLICY_OPTION }
  });
  if (values.help) {
    io.stdout(explainHelp);
    return EXIT.ok;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) throw new UsageError("explain takes exactly one rule id");
  const bundles = loadBundles(values.policy, io);
  const bundle = bundles.find((b) => b.catalogue.rules.some((r) => r.id === id));
  const rule = bundle?.catalogue.rules.find((r) => r.id === id);
  if (!bundle || !rule) {
    const near2 = bundles.flatMap((b) => b.catalogue.rules).filter((r) => r.name === id.split("/").pop()).map((r) => r.id);
    throw new UsageError(`no rule "${id}"${near2.length > 0 ? ` (did you mean ${near2.slice(0, 3).join(", ")}?)` : "; run dpa-lint rules"}`);
  }
  const doc = readRuleDoc(bundle, rule);
  const out = [`${rule.id}: ${rule.title}`, `severity: ${rule.severity}`, ""];
  if (rule.description) out.push(rule.description, "");
  if (rule.clause) out.push(`Clause: ${rule.clause}`);
  if (rule.quote) out.push(`Quote: «${rule.quote}»`);
  if (rule.gloss) out.push(`English: ${rule.gloss}`);
  if (rule.clause || rule.quote) out.push("");
  const examplePack = /^dpa: (.*)$/m.exec(doc?.violating ?? "")?.[1];
  if (examplePack && examplePack !== rule.pack && isDpaRule(rule)) {
    out.push(
      `No example is written for the ${rule.pack} pack. The rule's examples use the ${examplePack} pack's terms: dpa-lint explain ${examplePack}/${rule.name}`
    );
    io.stdout(`${out.join("\n").trimEnd()}
`);
    return EXIT.ok;
  }
  if (doc?.configuration) out.push("Configuration (.dpa-lint.yaml):", indent(doc.configuration));
  if (doc?.compliant) out.push("Compliant:", indent(doc.compliant));
  if (doc?.violating) out.push("Violating:", indent(doc.violating));
  io.stdout(`${out.join("\n").trimEnd()}
`);
  return EXIT.ok;
}
function indent(text2) {
  return `${text2.trimEnd().split("\n").map((l) => `    ${l}`).join("\n")}
`;
}

// packages/cli/src/commands/init.ts
import { existsSync as existsSync6, mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname7, join as join9 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var initHelp = `Usage: dpa-lint init [--force]

Write a starter .dpa-lint.yaml and one example vendor file, vendors/example-vendor.yaml, in the
current directory. Existing files are left alone unless --force is given.
`;
var SCHEMAS = "https://raw.githubusercontent.com/dpa-lint/dpa-lint/main/schemas";
var CONFIG = `# yaml-language-server: $schema=${SCHEMAS}/config.schema.json
# dpa-lint configuration: https://github.com/dpa-lint/dpa-lint/blob/main/docs/configuration.md
include: [vendors]
# exclude: ["vendors/archive/**"]

# The organisation's own policy, on top of the DPAs and the GDPR.
org:
  allowedCountries: [EEA, adequacy] # ISO codes, or the groups EEA and adequacy
  minObjectionWindow: 10 days
  maxBreachNotification: 48 hours
  maxRetention:
    default: 3 years

# Change a rule's severity, or switch it off: error | warning | info | off
# rules:
#   gdpr/retention-missing: info
`;
var VENDOR = `# yaml-language-server: $schema=${SCHEMAS}/vendor-setup.schema.json
# One file per vendor: where it hosts your data, its sub-processors, retention and the terms you
# signed. dpa-lint checks it against the policy pack named in "dpa" (dpa-lint rules lists them).
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: example-vendor
  owner: team-platform
vendor:
  name: Quicktalk
  country: FR
dpa: quicktalk
processing:
  dataCategories: [call-logs]
  specialCategories: []
hosting:
  - provider: scaleway
    region: fr-par
subprocessors:
  - name: Scaleway
    country: FR
retention:
  call-logs: 12 months
contract:
  objectionWindow: 10 working days
`;
function initCommand(args, io) {
  const { values } = parseArgs2({ args, options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.stdout(initHelp);
    return EXIT.ok;
  }
  const files = [
    [".dpa-lint.yaml", CONFIG],
    [join9("vendors", "example-vendor.yaml"), VENDOR]
  ];
  const existing = files.filter(([name]) => existsSync6(join9(io.cwd, name))).map(([name]) => name);
  if (existing.length > 0 && !values.force) throw new UsageError(`${existing.join(", ")} already exists; use --force to overwrite`);
  for (const [name, text2] of files) {
    mkdirSync2(dirname7(join9(io.cwd, name)), { recursive: true });
    writeFileSync2(join9(io.cwd, name), text2);
    io.stdout(`created ${name}
`);
  }
  io.stdout("Next: edit vendors/example-vendor.yaml, then run dpa-lint lint\n");
  return EXIT.ok;
}

// packages/cli/src/commands/lint.ts
import { relative as relative7, resolve as resolve7 } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { parseArgs as parseArgs3 } from "node:util";

// packages/cli/src/color.ts
function useColor(env, isTTY) {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}

// packages/cli/src/commands/lint.ts
var lintHelp = `Usage: dpa-lint lint [options] [paths...]

Lint vendor setup files (YAML or JSON) against the DPA policy packs.
Paths may be files, directories or globs; the default is the config's include, else vendors/.
Use - to read one file from standard input (name it with --stdin-filename).

Options:
  -c, --config <file>        configuration file (default: the nearest .dpa-lint.yaml upwards)
  -f, --format <name>        ${formatterNames().join(" | ")} (default: stylish), or the path
                             of a formatter module (./team-report.js); repeatable
  -o, --output-file <file>   write the --format given before it to this file instead of stdout
  --fail-severity <level>    error | warning | info: lowest severity that fails (default: error)
  --max-warnings <n>         also fail when there are more than n warnings
  -q, --quiet                report errors only
  --stdin-filename <name>    file name for findings when linting standard input
  --no-inline-suppressions   ignore # dpa-lint-disable comments (audit mode)
  --as-of <YYYY-MM-DD>       judge by the legal facts in force on that day: adequacy decisions,
                             EEA membership, transfer frameworks (default: the config's asOf,
                             else today)
  --changed-since <ref>      lint only the selected files changed since a git ref
  --only-included            of the named files, lint only those the config's include selects
                             (for pre-commit and lint-staged, which name every staged file)
  --baseline <file>          findings recorded in this baseline do not fail (they are suppressed);
                             default: the configuration's baseline
  --write-baseline           record today's findings in the baseline file (--baseline, default
                             .dpa-lint-baseline.json) and exit 0
  --workers <n>              worker threads (default: one per core for runs of more than
                             ${PARALLEL_THRESHOLD.toLocaleString("en")} files)
  --policy <dir|bundle>      add a policy pack beside the configuration's policies: terms only
                             (a directory or YAML file of terms; Node alone), a policy directory
                             with Rego (built on the fly, needs OPA) or a bundle from dpa-lint
                             policy build; repeatable
  --debug                    print a stack trace on an internal error
  -h, --help                 show this help

Exit codes: 0 no finding at or above the fail severity, 1 findings, 2 the run failed.
`;
var LINT_OPTIONS = {
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o", multiple: true },
  "fail-severity": { type: "string", default: "error" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "stdin-filename": { type: "string" },
  "no-inline-suppressions": { type: "boolean" },
  ...POLICY_OPTION,
  "changed-since": { type: "string" },
  "as-of": { type: "string" },
  "only-included": { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "boolean" },
  workers: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function lintCommand(args, io) {
  const { values, positionals, tokens } = parseArgs3({ args, allowPositionals: true, tokens: true, options: LINT_OPTIONS });
  if (values.help) {
    io.stdout(lintHelp);
    return EXIT.ok;
  }
  const failSeverity = values["fail-severity"];
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warning or info, not "${failSeverity}"`);
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : Number(values["max-warnings"]);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number, not "${values["max-warnings"]}"`);
  }
  const outputs = pairOutputs(tokens);
  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1) throw new UsageError("- (standard input) cannot be combined with other paths");
  const stdin = fromStdin ? { filename: values["stdin-filename"] ?? "<stdin>", text: await io.readStdin() } : void 0;
  const workers = values.workers === void 0 ? void 0 : Number(values.workers);
  if (workers !== void 0 && (!Number.isInteger(workers) || workers < 1 || workers > 64))
    throw new UsageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
  const config = resolveConfig(io.cwd, values.config === void 0 ? void 0 : resolve7(io.cwd, values.config));
  const bundles = loadBundles(values.policy, io, config);
  const configBaseline = config.baseline === void 0 ? void 0 : relative7(io.cwd, config.baseline) || config.baseline;
  const baselineFile = values.baseline ?? configBaseline ?? (values["write-baseline"] ? DEFAULT_BASELINE : void 0);
  const baseline = baselineFile && !values["write-baseline"] ? { baseline: readBaseline(resolve7(io.cwd, baselineFile), baselineFile), file: baselineFile } : void 0;
  const full = await lint(fromStdin ? [] : positionals, {
    bundles,
    ...values["changed-since"] ? { changedSince: values["changed-since"] } : {},
    ...values["as-of"] !== void 0 ? { asOf: values["as-of"] } : {},
    onlyIncluded: values["only-included"] === true,
    ...baseline ? { baseline } : {},
    onProgress: progress(io),
    ...workers ? { workers } : {},
    cwd: io.cwd,
    config,
    ...stdin ? { stdin } : {},
    inlineSuppressions: !values["no-inline-suppressions"]
  });
  if (values["write-baseline"] && baselineFile) {
    const n = writeBaseline(resolve7(io.cwd, baselineFile), full.results, baselineFile);
    io.stdout(`wrote ${n} ${n === 1 ? "finding" : "findings"} to ${baselineFile}
`);
    return EXIT.ok;
  }
  for (const notice of full.notices ?? []) io.stderr(`dpa-lint: ${notice}
`);
  const result = values.quiet ? quiet(full) : full;
  const tooManyWarnings = maxWarnings !== void 0 && full.summary.warnings > maxWarnings;
  const exitCode = fails(full.results, failSeverity) || tooManyWarnings ? EXIT.findings : EXIT.ok;
  const context = { ...formatContext(bundles, VERSION, useColor(io.env, io.isTTY), config.docsBase), exitCode };
  for (const out of outputs) {
    const formatter = await resolveFormatter(out.format, io.cwd);
    if (out.file) writeFileSafely(resolve7(io.cwd, out.file), formatter.format(result, { ...context, color: false }), out.file);
    else io.stdout(formatter.format(result, context));
  }
  if (tooManyWarnings) {
    const n = full.summary.warnings;
    io.stderr(`dpa-lint: ${plural(n, "warning")}, more than --max-warnings ${maxWarnings} allows
`);
  }
  return exitCode;
}
async function resolveFormatter(name, cwd) {
  const builtin2 = FORMATTERS[name];
  if (builtin2) return builtin2;
  if (!/^(\.{1,2}\/|\/)|\.m?js$/.test(name))
    throw new UsageError(`unknown format "${name}" (known: ${formatterNames().join(", ")}, or a formatter module's path)`);
  let loaded;
  try {
    loaded = (await import(pathToFileURL2(resolve7(cwd, name)).href)).default;
  } catch (error) {
    throw new UsageError(
      `--format ${name}: cannot load the formatter module: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`
    );
  }
  if (typeof loaded === "function") return { description: name, format: loaded };
  if (loaded && typeof loaded.format === "function") return loaded;
  throw new UsageError(`--format ${name}: the module's default export must be a function (result, context) => string or { format }`);
}
function pairOutputs(tokens) {
  const outputs = [];
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    if (t.name === "format") outputs.push({ format: t.value ?? "" });
    if (t.name === "output-file") {
      const last = outputs[outputs.length - 1];
      if (!last || last.file !== void 0) throw new UsageError("each --output-file must follow the --format it writes");
      last.file = t.value ?? "";
    }
  }
  if (outputs.length === 0) outputs.push({ format: "stylish" });
  if (outputs.filter((o) => o.file === void 0).length > 1)
    throw new UsageError("only one --format can write to stdout; give the others an --output-file");
  return outputs;
}
var DEFAULT_BASELINE = ".dpa-lint-baseline.json";
function progress(io) {
  if (!io.stderrIsTTY) return void 0;
  return (done, total) => {
    if (total < 500) return;
    if (done % 250 === 0 || done === total) io.stderr(`\rdpa-lint: ${done}/${total} files${done === total ? "\r\x1B[K" : ""}`);
  };
}
function quiet(result) {
  const results = result.results.filter((f) => f.severity === "error");
  return { ...result, results, summary: summarize(result.summary.files, results, result.suppressed) };
}

// packages/cli/src/commands/policy.ts
import { existsSync as existsSync10 } from "node:fs";
import { join as join14, relative as relative11, resolve as resolve10 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";

// packages/core/src/policy/test-run.ts
import { spawnSync } from "node:child_process";
import { cpSync as cpSync2, mkdtempSync as mkdtempSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { basename as basename3, join as join10, resolve as resolve8 } from "node:path";
var COVERAGE_THRESHOLD = 90;
function testPolicies(opa, dir, withDirs = []) {
  const target = resolve8(dir);
  const paths = [target, ...withDirs.map((d) => withoutTests(resolve8(d)))];
  const run = spawnSync(opa, ["test", "-v", ...ignoreArgs(), ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  const cov = spawnSync(opa, ["test", "--coverage", "--format", "json", ...ignoreArgs(), ...paths], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  });
  try {
    const report = JSON.parse(cov.stdout);
    const mine = Object.entries(report.files ?? {}).filter(([file]) => resolve8(file).startsWith(target));
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
  const copy = join10(mkdtempSync2(join10(tmpdir2(), "dpa-lint-shared-")), basename3(dir));
  cpSync2(dir, copy, { recursive: true, filter: (src) => !src.endsWith("_test.rego") });
  return copy;
}

// packages/core/src/policy/format.ts
import { spawnSync as spawnSync2 } from "node:child_process";
function formatPolicies(opa, paths, options) {
  const files = opaFmt(opa, ["--list", ...paths]).split("\n").filter(Boolean);
  if (!options.check && files.length > 0) opaFmt(opa, ["--write", ...files]);
  return { files };
}
function opaFmt(opa, args) {
  const run = spawnSync2(opa, ["fmt", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new PolicyError(`cannot run ${opa}: ${run.error.message}`);
  if (run.status !== 0) throw new PolicyError(`opa fmt failed: ${`${run.stderr}${run.stdout}`.trim()}`);
  return run.stdout;
}

// packages/core/src/policy/scaffold.ts
import { existsSync as existsSync7, mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join11, relative as relative8 } from "node:path";
function scaffoldPack(id, policiesDir, cwd) {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
    throw new InputError(`"${id}" is not a pack id: use lower-case letters, digits, - and _`, { field: "ID" });
  const dir = join11(policiesDir, "dpa", id);
  if (existsSync7(dir)) throw new InputError("already exists; choose another id or edit it", { file: relative8(cwd, dir) || dir });
  const files = {
    "data.yaml": termsFile(id),
    "tests/unlisted-subprocessor.yaml": fixtureFile(id),
    "tests/unlisted-subprocessor.expected.json": `${JSON.stringify([{ ruleId: `${id}/subprocessor-not-listed`, line: 12 }], null, 2)}
`
  };
  const written = [];
  for (const [name, text2] of Object.entries(files)) {
    const path = join11(dir, name);
    mkdirSync3(join11(path, ".."), { recursive: true });
    writeFileSync3(path, text2);
    written.push(relative8(cwd, path));
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

// packages/core/src/policy/fixtures.ts
import { existsSync as existsSync8, readdirSync as readdirSync4, readFileSync as readFileSync4, statSync as statSync4 } from "node:fs";
import { dirname as dirname8, join as join12, relative as relative9 } from "node:path";
function fixtureDirs(location) {
  const base = statSync4(location).isDirectory() ? location : dirname8(location);
  const dpa = join12(base, "dpa");
  const perPack = existsSync8(dpa) ? readdirSync4(dpa).map((id) => join12(dpa, id, "tests")) : [];
  return [join12(base, "tests"), ...perPack].filter((d) => existsSync8(d) && statSync4(d).isDirectory());
}
function runFixtures(location, linter, cwd) {
  const failures = [];
  let tests = 0;
  for (const dir of fixtureDirs(location)) {
    for (const name of readdirSync4(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      tests++;
      const file = join12(dir, name);
      const display = relative9(cwd, file) || file;
      const expectedFile = file.replace(/\.ya?ml$/, ".expected.json");
      if (!existsSync8(expectedFile)) {
        failures.push(`${display}: no ${relative9(cwd, expectedFile)} with its expected findings`);
        continue;
      }
      const expected = JSON.parse(readFileSync4(expectedFile, "utf8")).map((f) => `${f.line} ${f.ruleId}`).sort();
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
import { basename as basename5 } from "node:path";

// packages/core/src/draft/document.ts
var HEADING = /^(?:(article|art\.|artikel|clause|cl\.|section|§|bijlage|annex|annexe|anlage|appendix|schedule)\s*)?((?:\d+(?:\.\d+)*\.?)|[IVXLC]+\b|[A-Z]\b)\s*[.):–-]?\s+(.*)$/i;
var LETTERED = /^\(?([a-z]|[ivx]+)\)\s+\S/;
function paragraphs(text2) {
  const lines = text2.split(/\r?\n/);
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
    const heading = HEADING.exec(paragraphText);
    const lettered = LETTERED.exec(paragraphText);
    let clause = [annex, numbered].filter(Boolean).join(" ");
    const numberedHeading = /^\d/.test(heading?.[2] ?? "") && new RegExp("^\\p{Lu}", "u").test(heading?.[3] ?? "") && paragraphText.length <= 150;
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
  for (const end of [...ends, p.text.length]) {
    const piece = p.text.slice(from, end);
    const at = from + (piece.length - piece.trimStart().length);
    from = end;
    const text2 = piece.trim();
    if (!text2) continue;
    let line = 0;
    while (line + 1 < p.lineStarts.length && (p.lineStarts[line + 1] ?? Infinity) <= at) line++;
    out.push({ text: text2, paragraph: p, line: p.lines[0] + line });
  }
  return out;
}
function citeClause(s) {
  return s.paragraph.clause ? `${s.paragraph.clause} (L${s.line})` : `L${s.line}`;
}

// packages/core/src/draft/source.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { basename as basename4, extname as extname3 } from "node:path";
async function readDpa(path, display = path) {
  const ext = extname3(path).toLowerCase();
  const stem = basename4(path, extname3(path));
  let bytes;
  try {
    bytes = readFileSync5(path);
  } catch (error) {
    throw new InputError(error.code === "ENOENT" ? "no such file" : "cannot be read", { file: display });
  }
  if (ext === ".pdf") return { name: `${stem}.txt`, format: "pdf", text: await pdfText(bytes, display) };
  if (ext === ".docx") return { name: `${stem}.txt`, format: "docx", text: htmlText(await docxHtml(bytes, display)) };
  if (ext === ".html" || ext === ".htm") return { name: `${stem}.txt`, format: "html", text: htmlText(bytes.toString("utf8")) };
  if (bytes.includes(0)) throw new InputError("is binary; give plain text, Markdown, HTML, PDF or DOCX", { file: display });
  return { name: basename4(path), format: ext === ".md" || ext === ".markdown" ? "markdown" : "text", text: bytes.toString("utf8") };
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
function decode(text2) {
  return text2.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}
function htmlText(html) {
  const body = html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "").replace(/<!--[\s\S]*?-->/g, "").replace(
    /<tr\b[\s\S]*?<\/tr>/gi,
    (row) => [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => inline(c[1] ?? "")).join(" | ").concat("\n")
  ).replace(/<br\s*\/?>/gi, "\n").replace(/<\/?(p|div|h[1-6]|li|ul|ol|table|section|article|blockquote|pre)\b[^>]*>/gi, "\n\n").replace(/<\/?(thead|tbody)\b[^>]*>/gi, "").replace(/<[^>]+>/g, "");
  return `${decode(body).split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim()).filter((l, i, all) => l !== "" || all[i - 1] !== "").filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "").join("\n").trim()}
`;
}
function inline(html) {
  return decode(
    html.replace(/<br\s*\/?>/gi, " ").replace(/<\/p>\s*<p[^>]*>/gi, " ").replace(/<[^>]+>/g, "")
  ).replace(/\s+/g, " ").replace(/\|/g, "/").trim();
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
      const here2 = item.transform[5] ?? 0;
      const size = Math.abs(item.transform[3] ?? 10) || 10;
      if (y !== void 0 && Math.abs(here2 - y) > size / 2) {
        lines.push(line.trim());
        if (Math.abs(here2 - y) > size * 1.8) lines.push("");
        line = "";
        gap = 0;
      }
      line += (gap > 0 && line && !line.endsWith(" ") && !item.str.startsWith(" ") ? " " : "") + item.str;
      gap = item.str ? 1 : gap;
      y = here2;
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
  perYear: /(once|one time|one audit|1 audit|one \(1\) audit) (per|a|each) (calendar )?year|(een|één) keer per jaar|eenmaal per jaar|une fois par an|une \(1\) fois par an|einmal (pro|im|je) (kalender)?jahr|einmal jährlich|(\w+|\d+) times (per|a) year|(\w+|\d+) audits? (per|a) year/i,
  auditUncapped: /at reasonable intervals|at any time|whenever|op elk moment|à tout moment|jederzeit/i,
  notice: /notice|kennisgeving|vooraf|préavis|avance|vorankündigung|ankündigung|vorher|before the desired start|before .{0,30} start/i,
  law: /governed by|construed in accordance|applicable law|beheerst door|onderworpen aan het|toepasselijk recht|soumis au droit|régi par|droit applicable|unterliegt|anwendbares recht|es gilt .{0,20} recht/i,
  special: /special categor|sensitive data|bijzondere categorie|gevoelige gegevens|catégories particulières|données sensibles|besondere kategorie|sensible daten/i,
  none: /not applicable|\bn\/a\b|\bnone\b|\bno special\b|niet van toepassing|\bgeen\b|non applicable|sans objet|\baucune?\b|nicht zutreffend|entfällt|\bkeine\b/i,
  retention: /retain|retention|kept|keep|stored for|(processed|stored|verwerkt|opgeslagen|traitées?|verarbeitet) (for|gedurende|pendant|für) (a|een|une|einen) (maximum |maximale )?(period|periode|période|durée|zeitraum)|conserv|bewa+r|aufbewahr|speicher|delete|deletion|erase|verwijder|supprim|efface|lösch/i,
  /** Keeping information secret is not retention. */
  confidential: /confidential|vertrouwelijk|confidenti|vertraulich|geheim/i,
  hosting: /host|stored|store|data cent(er|re)s?|servers?|gehost|opgeslagen|opslag|hébergé|héberg|stock|serveurs?|gespeichert|speicher|rechenzentr/i,
  withinEurope: /(within|in) the (european union|eu\b|eea\b|european economic area)|binnen de (europese unie|eu\b|eer\b)|in de (europese unie|eu\b)|(au sein|à l'intérieur) de l'(union européenne|ue\b|eee\b)|dans l'(union européenne|ue\b)|innerhalb der (europäischen union|eu\b|ewr\b)|in der (europäischen union|eu\b)/i
};
var COLUMN_WORDS = [
  [/transfer|overdracht|transfert|übermittlung|safeguard|garantie|mechanism|maatregelen voor de overdracht/i, "mechanism"],
  [/locati|location|address|adres|adresse|country|pays|land\b|standort|sitz|server|serveur/i, "location"],
  [
    /purpose|activit|acties|actions|description|finalit|zweck|service|dienst|tätigkeit|processing|verwerking|traitement|sub-processing/i,
    "purpose"
  ],
  [/name|naam|nom\b|identit|dénomination|firma|company|entity|entiteit|société|unternehmen|processor|verwerker|sous-traitant/i, "name"]
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
var codes;
function names() {
  if (index) return index;
  const lib = require_i18n_iso_countries();
  lib.registerLocale(require_en());
  lib.registerLocale(require_fr());
  lib.registerLocale(require_nl());
  lib.registerLocale(require_de());
  index = /* @__PURE__ */ new Map();
  for (const lang of ["en", "fr", "nl", "de"])
    for (const [code, all] of Object.entries(lib.getNames(lang, { select: "all" })))
      for (const n of all) if (n.length > 3) index.set(fold(n), code);
  for (const [n, code] of [
    ["usa", "US"],
    ["u.s.a.", "US"],
    ["united states of america", "US"],
    ["uk", "GB"],
    ["u.k.", "GB"],
    ["verenigd koninkrijk", "GB"],
    ["great britain", "GB"]
  ])
    index.set(n, code);
  codes = new Set(Object.keys(lib.getAlpha2Codes()));
  return index;
}
function fold(text2) {
  return text2.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
}
function countryIn(text2, glued = false) {
  const table = names();
  for (const [n, segment] of text2.split(/[,\n;/()|]+/).entries()) {
    const lone = segment.trim();
    if (/^[A-Z]{2}$/.test(lone) && codes?.has(lone === "UK" ? "GB" : lone)) return lone === "UK" ? "GB" : lone;
    const code = glued && n > 0 ? /^([A-Z]{2})(?=[A-Z]{2,}\b|[A-Z][a-z])/.exec(lone)?.[1] : void 0;
    if (code && !table.has(fold(lone.split(/\s/)[0] ?? "")) && codes?.has(code)) return code;
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
var EEA = new Set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" "));
function mechanismOf(text2, country) {
  if (/\b(scc|cct|sccs)\b|standard contractual|modelcontract|standaardcontract|clauses contractuelles types|standardvertragsklausel/i.test(
    text2
  ))
    return "scc";
  if (/\bbcr\b|binding corporate rules|bindende bedrijfsvoorschriften|règles d'entreprise contraignantes/i.test(text2)) return "bcr";
  if (/data privacy framework|\bdpf\b/i.test(text2)) return "dpf";
  return country && EEA.has(country) ? "eea" : null;
}
function columnOf(cell2) {
  if (cell2.length > 80) return void 0;
  return COLUMN_WORDS.find(([re]) => re.test(cell2))?.[1];
}
function entry(name, rowText, locationText, glued = false) {
  const clean2 = name.replace(/\s+/g, " ").replace(/^[\d.)\s-]+/, "").trim();
  if (clean2.length < 2 || clean2.length > 80 || !new RegExp("\\p{L}", "u").test(clean2)) return void 0;
  const country = countryIn(locationText, glued) ?? null;
  return { name: clean2, country, mechanism: mechanismOf(rowText, country) };
}
function foundEntry(p, line, quote, value, method) {
  return { value, quote: quote.trim(), clause: citeClause({ paragraph: p, line }), line, method };
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
  const lines = p.text.split(/\s(?=\|?\s*[^|]*\|)/).length > 0 ? rawLines(p) : [];
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
    if (e) rows.push(foundEntry(p, p.lines[0] + headerAt + 1 + k, line, e, "table row"));
  });
  return rows.length ? { rows, next: i + 1 } : void 0;
}
function rawLines(p) {
  return p.lineStarts.map((start, k) => p.text.slice(start, (p.lineStarts[k + 1] ?? p.text.length + 1) - 1));
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
    const cell2 = (col) => cells[columns.indexOf(col)]?.text ?? "";
    const country = countryIn(cell2("location"));
    const stated = country !== void 0 || /^(n\/?a|-|—|unknown|onbekend|inconnu|unbekannt)$/i.test(cell2("location").trim());
    if (!stated && cut < 0) break;
    const first = cells[0];
    const row = cells.map((c) => c.text).join(" ");
    const e = entry(cell2("name"), row, cell2("location"));
    if (e)
      rows.push(
        foundEntry(
          first,
          first.lines[0],
          row,
          e,
          cut > 0 ? "table row, cut off by a page break (no location)" : "table row (one paragraph per cell)"
        )
      );
    k += cells.length + (cut > 0 ? columns.length : 0);
  }
  return rows.length ? { rows, next: k } : void 0;
}
function gluedRows(paras, i) {
  const p = paras[i];
  if (!p) return void 0;
  const lines = rawLines(p);
  const headerAt = lines.findIndex((l) => l.length < 200 && COLUMN_WORDS.filter(([re]) => re.test(l)).length >= 2 && gluedHeader(l));
  if (headerAt < 0) return void 0;
  const rows = [];
  let current;
  const close = () => {
    if (!current) return;
    const text2 = current.text.join("\n");
    const e = entry(current.name, text2, text2.slice(current.name.length), true);
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
    const items = /^\d+[.)]\s/.test(p.text) && p.text.length > 200 ? [{ text: p.text, line: p.lines[0] }] : rawLines(p).map((text2, n) => ({ text: text2, line: p.lines[0] + n }));
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
function numberValue(text2) {
  const t = text2.toLowerCase().replace(/\s+/g, "-");
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS.get(t);
}
function unitOf(text2) {
  const t = text2.toLowerCase().replace(/\s+/g, " ");
  return UNIT_WORDS.find(([re]) => re.test(t))?.[1];
}
function period(value, unit) {
  return unit === "weeks" ? { value: value * 7, unit: "days" } : { value, unit };
}
function findPeriods(sentence) {
  const out = [];
  for (const m of sentence.matchAll(PERIOD)) {
    const [text2, bracket, first, second, digits, unitText] = m;
    const unit = unitOf(unitText ?? "");
    const a = numberValue(first ?? "");
    if (unit === void 0 || a === void 0) continue;
    const value = digits !== void 0 ? Number(digits) : a;
    const found2 = { ...period(value, unit), index: m.index ?? 0, text: text2.trim() };
    const b = second !== void 0 ? numberValue(second) : void 0;
    if (b !== void 0 && b !== a) {
      const readings = [period(Math.min(a, b), unit), period(Math.max(a, b), unit)];
      Object.assign(found2, readings[1], { readings, ambiguity: `the text gives two values ("${text2.trim()}"), a choice left open` });
    } else if (bracket) {
      found2.ambiguity = `the value is in brackets ("${text2.trim()}"), a placeholder to confirm`;
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
    if (!KEYWORDS.audit.test(`${s.text} ${s.paragraph.clause}`)) continue;
    const m = KEYWORDS.perYear.exec(s.text);
    if (m) {
      const count = /^(once|one|een|één|eenmaal|une|einmal|1)\b/i.test(m[0]) ? 1 : numberValue(m[2] ?? m[6] ?? "") ?? 1;
      return { maxPerYear: found(s, count, "sentence pattern: audits limited per year") };
    }
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
  for (const s of ctx.sentences)
    if (KEYWORDS.hosting.test(s.text) && KEYWORDS.withinEurope.test(s.text) && !/outside|buiten|hors|außerhalb/i.test(s.text))
      return found(s, ["EEA"], "sentence pattern: data hosted within the EU/EEA");
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
    const lines = p.lineStarts.map((start, k) => p.text.slice(start, (p.lineStarts[k + 1] ?? p.text.length + 1) - 1));
    const header = lines.findIndex(
      (l) => l.length < 200 && /retention|bewaartermijn|bewaarperiode|conservation|aufbewahrung|speicherdauer|löschfrist/i.test(l)
    );
    if (header < 0 || lines.length < 3) continue;
    let rowStart = "";
    lines.slice(header + 1).forEach((line, k) => {
      const period4 = findPeriods(line).find((x) => x.unit !== "hours");
      if (!period4) {
        if (!/^[•\-*]/.test(line.trim()) && rowStart === "") rowStart = line;
        return;
      }
      const at = p.lines[0] + header + 1 + k;
      out.push({
        value: asPeriod(period4),
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
function categoryOf(text2) {
  const words = text2.toLowerCase().replace(/[^\p{L}\s-]/gu, " ").split(/\s+/).filter(
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
  return draftFromText(source, id ?? packId(basename5(path)));
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
var quoted = (text2) => JSON.stringify(text2);
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
function citation(f, indent2) {
  return `
${indent2}  clause: ${quoted(f.clause)}
${indent2}  quote: ${quoted(f.quote)}`;
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
    "    allowed: TODO # where the vendor may host (ISO codes, EEA, adequacy), or null when unrestricted",
    `    declared: ${t.hostingDeclared ? `${flow(t.hostingDeclared.value)} ${how(t.hostingDeclared)}` : "TODO # not found: what the DPA claims about where data stays, or null"}`,
    "  subprocessors:"
  ];
  if (t.subprocessors.length === 0)
    out.push("    listed: TODO # not found: true with the list when the DPA lists its sub-processors, else false", "    list: []");
  else {
    out.push("    listed: true", "    list:");
    for (const s of t.subprocessors)
      out.push(
        `      - name: ${quoted(s.value.name)} ${how(s)}`,
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
import { existsSync as existsSync9, mkdirSync as mkdirSync4, writeFileSync as writeFileSync4 } from "node:fs";
import { basename as basename6, join as join13, relative as relative10, resolve as resolve9 } from "node:path";
async function draftCommand(file, options, io) {
  if (!file) throw new UsageError("policy draft needs the DPA's file (text, Markdown, HTML, PDF or DOCX)");
  if (options.format !== void 0 && options.format !== "json" && options.format !== "yaml")
    throw new UsageError(`policy draft --format must be yaml or json, not "${options.format}"`);
  const input = resolve9(io.cwd, file);
  const id = options.id ?? packId(basename6(input));
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) throw new UsageError(`"${id}" is not a pack id: use lower-case letters, digits, - and _`);
  const draft = await draftFromFile(input, id, file);
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(draftJson(draft), null, 2)}
`);
    return EXIT.ok;
  }
  const packDir = join13(resolve9(io.cwd, options.dir), "dpa", id);
  const dataFile = join13(packDir, "data.yaml");
  if (existsSync9(dataFile)) throw new UsageError(`${relative10(io.cwd, dataFile)} already exists; give another --id or move it`);
  mkdirSync4(packDir, { recursive: true });
  let sourceRef = relative10(packDir, input);
  if (draft.source.format !== "text" && draft.source.format !== "markdown") {
    writeFileSync4(join13(packDir, draft.source.name), draft.source.text);
    sourceRef = draft.source.name;
  }
  writeFileSync4(dataFile, draftYaml(draft, file, sourceRef));
  const s = summarise(draft);
  const list = (names2) => names2.length ? ` (${names2.join(", ")})` : "";
  io.stdout(
    `drafted ${relative10(io.cwd, dataFile)} from ${file}: ${s.found.length} terms found${list(s.found)}, ${s.ambiguous.length} ambiguous${list(s.ambiguous)}, ${s.missing.length} not found${list(s.missing)}
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
  const { values, positionals } = parseArgs4({
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
  const dir = resolve10(io.cwd, positionals[0] ?? "policies");
  switch (sub) {
    case "new": {
      const id = positionals[0];
      if (!id) throw new UsageError("policy new needs an ID");
      for (const file of scaffoldPack(id, resolve10(io.cwd, values.dir), io.cwd)) io.stdout(`created ${file}
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
      const paths = positionals.length > 0 ? positionals.map((p) => resolve10(io.cwd, p)) : [dir];
      for (const p of paths) needDir(p, io.cwd, "file or directory");
      const report = formatPolicies(findOpa(io.env), paths, { check: values.check === true });
      const shown = report.files.map((f) => relative11(io.cwd, f) || f);
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
      const out = resolve10(io.cwd, values.output ?? join14(dir, ".bundle"));
      const docsBase = values["docs-base"];
      const catalogue = buildPolicies({
        opa: findOpa(io.env),
        dirs: [...SHARED_POLICY_PARTS, dir],
        outDir: out,
        ...docsBase ? { docsBase } : {}
      });
      io.stdout(
        `built ${relative11(io.cwd, out) || "."}: ${catalogue.rules.length} rules in ${catalogue.packs.length} packs (${catalogue.packs.map((p) => p.id).join(", ")})
`
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown policy command "${sub}" (check, test, build, fmt, new, draft)`);
  }
}
async function testCommand(location, thresholdText, io) {
  const path = resolve10(io.cwd, location);
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
  const path = resolve10(io.cwd, location);
  needDir(path, io.cwd, "directory or terms file");
  const shared = (readBundle().catalogue.sharedRules ?? []).map((r) => r.name);
  const report = checkPacks(path, io.cwd, shared, source === void 0 ? void 0 : resolve10(io.cwd, source));
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
  if (!existsSync10(dir)) throw new UsageError(`${relative11(cwd, dir) || dir}: no such policy ${what}`);
}

// packages/cli/src/commands/rules.ts
import { parseArgs as parseArgs5 } from "node:util";
var rulesHelp = `Usage: dpa-lint rules [--dpa ID] [--format text|json] [--policy DIR]

List the policy packs and their rules: id, severity, title and the clause each enforces.

Options:
  --dpa <id>        only this pack (a DPA id, gdpr or org)
  --format <fmt>    text (default) or json
  --policy <dir>    also list a policy directory's or bundle's packs; repeatable
  -h, --help        show this help
`;
function rulesCommand(args, io) {
  const { values } = parseArgs5({
    args,
    options: {
      dpa: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" },
      ...POLICY_OPTION
    }
  });
  if (values.help) {
    io.stdout(rulesHelp);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const bundles = loadBundles(values.policy, io);
  const catalogue = { packs: bundles.flatMap((b) => b.catalogue.packs), rules: bundles.flatMap((b) => b.catalogue.rules) };
  const packs = catalogue.packs.filter((p) => values.dpa === void 0 || p.id === values.dpa);
  if (packs.length === 0) {
    throw new UsageError(`no pack "${values.dpa}" (known: ${catalogue.packs.map((p) => p.id).join(", ")})`);
  }
  const rulesOf = (pack) => catalogue.rules.filter((r) => r.pack === pack);
  const legalFacts = bundles.find((b) => b.catalogue.legalFacts)?.catalogue.legalFacts;
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify({ ...legalFacts ? { legalFacts } : {}, packs: packs.map((p) => ({ ...p, rules: rulesOf(p.id) })) }, null, 2)}
`
    );
    return EXIT.ok;
  }
  const out = [];
  if (legalFacts)
    out.push(
      `legal facts ${legalFacts.version}, reviewed ${legalFacts.reviewed} (adequacy decisions, EEA membership; lint --as-of picks the day)`,
      ""
    );
  for (const pack of packs) {
    out.push(`${pack.id}  ${pack.title}${pack.governingLaw ? ` (${pack.governingLaw} law)` : ""}`);
    for (const r of rulesOf(pack.id)) {
      out.push(`  ${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${r.title}${r.clause ? `  [${r.clause}]` : ""}`);
    }
    out.push("");
  }
  io.stdout(`${out.join("\n")}`);
  return EXIT.ok;
}

// packages/cli/src/commands/terms.ts
import { parseArgs as parseArgs6 } from "node:util";
var termsHelp = `Usage: dpa-lint terms PACK [--format text|json] [--policy DIR]

Show a DPA pack's terms as the checks read them, each with the clause and quote it comes from:
hosting commitments, the sub-processor list (country, mechanism), notice and objection periods,
breach deadline, audits, retention limits, special categories.

Options:
  --format <fmt>    text (default) or json (the pack's terms as data)
  --policy <dir>    also load a policy directory, terms file or bundle; repeatable
  -h, --help        show this help
`;
function termsCommand(args, io) {
  const { values, positionals } = parseArgs6({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" }, ...POLICY_OPTION }
  });
  if (values.help) {
    io.stdout(termsHelp);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const id = positionals[0];
  const bundles = loadBundles(values.policy, io);
  const known = bundles.flatMap((b) => b.catalogue.packs.filter((p) => p.kind === "dpa").map((p) => p.id));
  if (!id) throw new UsageError(`terms needs a DPA pack id (known: ${known.join(", ")})`);
  const terms = termsOf(bundles, id);
  if (!terms) throw new UsageError(`no DPA pack "${id}" (known: ${known.join(", ")})`);
  io.stdout(values.format === "json" ? `${JSON.stringify({ pack: id, terms }, null, 2)}
` : describeTerms(id, terms));
  return EXIT.ok;
}
function termsOf(bundles, id) {
  for (const b of bundles) {
    const pack = (b.data.dpa ?? {})[id];
    if (pack?.terms) return pack.terms;
  }
  return void 0;
}
function describeTerms(id, t) {
  const clauses = t.clauses ?? {};
  const out = [
    `${id}  ${String(t.title)}${typeof t.governingLaw === "string" ? ` (${t.governingLaw} law)` : " (no governing law named)"}`,
    ""
  ];
  const cite = (c) => {
    if (c?.clause) out.push(`      ${c.clause}: «${c.quote ?? ""}»${c.gloss ? ` (${c.gloss})` : ""}`);
  };
  const hosting = t.hosting ?? {};
  out.push(`  hosting allowed in   ${hosting.allowed ? hosting.allowed.join(", ") : "not restricted by the DPA"}`);
  cite(clauses["hosting-country"]);
  out.push(`  hosting declared     ${hosting.declared ? hosting.declared.join(", ") : "no claim"}`);
  cite(clauses["declared-hosting-contradicted"]);
  const citations = t.citations ?? {};
  for (const [field, label, rule] of PERIODS) {
    out.push(`  ${label.padEnd(20)} ${period3(t[field])}`);
    cite(citations[field] ?? clauses[rule]);
  }
  const audit = t.audit ?? {};
  const audits = audit.absent ? "no audit right" : audit.uncapped ? "not capped" : `at most ${String(audit.maxPerYear ?? "?")} a year`;
  out.push(`  audits               ${audits}; notice ${period3(audit.notice)}`);
  cite(clauses["contract-audits"]);
  const special = t.specialCategories;
  out.push(
    `  special categories   ${special === null ? "not addressed" : Array.isArray(special) && special.length === 0 ? "none declared" : special.join(", ")}`
  );
  subprocessorLines(t, out, cite);
  retentionLines(t, out, cite);
  return `${out.join("\n")}
`;
}
var PERIODS = [
  ["priorNotice", "prior notice", "change-before-prior-notice"],
  ["objectionWindow", "objection window", "change-before-objection-window"],
  ["breachNotification", "breach notice", "contract-breach-notification"]
];
function period3(p) {
  if (p === null || p === void 0) return "no number in the DPA";
  if (typeof p === "string") return p;
  const { value, unit, readings } = p;
  const text2 = `${value} ${unit.replace("_", " ")}`;
  return readings ? `${text2} (ambiguous: ${readings.map((r) => `${r.value} ${r.unit.replace("_", " ")}`).join(" or ")})` : text2;
}
function subprocessorLines(t, out, cite) {
  const subs = t.subprocessors ?? {};
  out.push("", subs.listed ? `  sub-processors (${subs.list?.length ?? 0} listed)` : "  sub-processors: the DPA gives no list");
  const clauses = t.clauses ?? {};
  cite(clauses[subs.listed ? "subprocessor-not-listed" : "subprocessor-list-missing"]);
  for (const s of subs.list ?? []) {
    out.push(
      `    ${s.name.padEnd(30)} ${(s.country ?? "location not given").padEnd(20)} ${s.mechanism ?? "no mechanism given"}${s.aliases?.length ? `  (also ${s.aliases.join(", ")})` : ""}`
    );
    cite(s);
  }
}
function retentionLines(t, out, cite) {
  const limits = t.retention ?? [];
  out.push("", limits.length > 0 ? "  retention limits" : "  retention: no limit in the DPA");
  for (const r of limits) {
    out.push(`    ${r.category.padEnd(30)} at most ${period3(r.max)}${r.from ? ` from ${r.from.replace(/-/g, " ")}` : ""}`);
    cite(r);
  }
}

// packages/cli/src/main.ts
var COMMANDS = {
  lint: { summary: "lint vendor setup files", run: lintCommand },
  rules: { summary: "list DPA packs and their rules", run: rulesCommand },
  explain: { summary: "explain a rule: rationale, clause, examples", run: explainCommand },
  terms: { summary: "show a DPA pack's terms with their clauses and quotes", run: termsCommand },
  init: { summary: "write a starter .dpa-lint.yaml and an example vendor file", run: initCommand },
  policy: { summary: "test, build or scaffold a policy directory (policy --help)", run: policyCommand }
};
var HELP = `Usage: dpa-lint <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`).join("\n")}

Run dpa-lint <command> --help for a command's options.
`;
async function main(argv, io) {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`dpa-lint: unknown command "${name}"; run dpa-lint --help
`);
    return EXIT.error;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`dpa-lint: ${describe(error)}
`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return EXIT.error;
  }
}
function describe(error) {
  if (error instanceof DpaLintError) return error.oneLine();
  if (error instanceof UsageError) return `${error.message}; see --help`;
  const code = error?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `${error.message}; see --help`;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message} (run with --debug for details)`;
}

// packages/cli/src/bin.ts
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dpa-lint: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
