import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  DEFAULT_INCLUDE,
  DpaLintError,
  ENTRYPOINT,
  InputError,
  Linter,
  POLICY_GROUPS,
  PROJECT_URL,
  PolicyError,
  SEVERITY_OF_SET,
  SEVERITY_RANK,
  __commonJS,
  __toESM,
  decodeText,
  defaultConfig,
  describeThrown,
  engineRuleMeta,
  finalize,
  findConfig,
  foldTermsPacks,
  isSeverity,
  loadConfig,
  nearest,
  parseBaseline,
  parseConfig,
  parseYamlText,
  positionOf,
  readBaseline,
  readBundle,
  readTarGz,
  readUpTo,
  require_picomatch,
  ruleDocsUrl,
  schemaValidator,
  sharedRuleDocsUrl,
  toPosix,
  unlintedFile,
  withRegularFile,
  writeFileSafely
} from "./chunk-F5BWOC75.js";

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

// packages/github-action/src/main.ts
import { mkdirSync as mkdirSync3 } from "node:fs";
import { dirname as dirname8, relative as relative8, resolve as resolve9 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve10) {
      resolve10(value);
    });
  }
  return new (P || (P = Promise))(function(resolve10, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve10(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

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
    const stat2 = statOr(abs);
    if (!stat2) throw new InputError(lstatOr(abs) ? "a symbolic link to nothing" : "no such file or directory", { file: p });
    if (!stat2.isDirectory()) {
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
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const full = join(dir, entry.name);
      let target = entry;
      if (entry.isSymbolicLink()) {
        if (!this.admit(full)) continue;
        target = statOr(full);
        if (!target) {
          this.refused.set(full, "a symbolic link to nothing");
          continue;
        }
      }
      if (target.isDirectory()) this.walk(full, matches);
      else if (target.isFile() && matches(full) && (isVendorFileName(entry.name) || declaresVendorSetup(full))) this.visit(full);
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
  } catch (error2) {
    const stderr = (error2.stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
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
function changedLines(ref, cwd, field = "--changed-since") {
  const git = (args) => gitOutput(args, cwd, field, `git cannot compare with "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"]).trim();
  const diff = git([
    "diff",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--diff-filter=ACMT",
    resolveCommit(ref, cwd, field),
    "--"
  ]);
  const lines2 = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const path = unquoteGitPath(line.slice(4));
      current = path.startsWith("b/") ? [] : void 0;
      if (current) lines2.set(resolve2(top, path.slice(2)), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return lines2;
}
function unquoteGitPath(text2) {
  if (!text2.startsWith('"') || !text2.endsWith('"') || text2.length < 2) return text2;
  const bytes = [];
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const body = text2.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// packages/core/src/parallel/pool.ts
import { existsSync as existsSync2 } from "node:fs";
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
  return existsSync2(here2) ? here2 : join2(dirname2(here2), "..", "..", "dist", "parallel", "worker.js");
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
    const which2 = paths.length === 1 ? "the named file is not" : `none of the ${paths.length} named files is`;
    notices.push(`${which2} a vendor file the configuration includes; nothing to lint`);
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
  const { summary: summary2 } = result;
  const total = summary2.errors + summary2.warnings + summary2.infos;
  const counts = [
    plural(summary2.errors, "error"),
    plural(summary2.warnings, "warning"),
    ...summary2.infos > 0 ? [`${summary2.infos} info`] : [],
    ...summary2.suppressed > 0 ? [`${summary2.suppressed} suppressed`] : []
  ].join(", ");
  return total === 0 ? paint(
    COLORS.bold,
    `✓ ${plural(summary2.files, "file")} checked, no problems${summary2.suppressed > 0 ? ` (${summary2.suppressed} suppressed)` : ""}`
  ) : paint(COLORS.bold, `✖ ${plural(total, "problem")} (${counts}) in ${plural(summary2.files, "file")}`);
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
  const lines2 = result.results.map(
    (f) => `${printable(f.file)}:${f.line}:${f.column}  ${severityLabel(f, paint)}  ${printable(f.message)}  ${paint(COLORS.dim, f.ruleId)}`
  );
  return `${lines2.length > 0 ? `${lines2.join("\n")}

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
    `file=${escapeProperty2(p.file)}`,
    `line=${p.startLine}`,
    ...p.startColumn !== void 0 ? [`col=${p.startColumn}`] : [],
    ...p.endLine !== void 0 ? [`endLine=${p.endLine}`] : [],
    ...p.endColumn !== void 0 ? [`endColumn=${p.endColumn}`] : [],
    `title=${escapeProperty2(p.title)}`
  ].join(",");
  return `::${kind} ${props}::${escapeData2(message)}
`;
}
function escapeData2(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty2(s) {
  return escapeData2(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
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
    const index = new Map(ids.map((id, i) => [id, i]));
    const place = locator(result);
    const toResult = (f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
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
    const { summary: summary2 } = result;
    const lines2 = [
      "## dpa-lint",
      "",
      `${summary2.files} ${summary2.files === 1 ? "file" : "files"} checked: **${summary2.errors}** ${summary2.errors === 1 ? "error" : "errors"}, **${summary2.warnings}** ${summary2.warnings === 1 ? "warning" : "warnings"}, ${summary2.infos} info, ${summary2.suppressed} suppressed.`,
      ""
    ];
    const judged = legalFactsLine(result.legalFacts);
    if (judged) lines2.push(`_${judged}_`, "");
    if (result.results.length > 0) {
      lines2.push("| | location | rule | message | clause |", "|---|---|---|---|---|");
      const icon = { error: "❌", warning: "⚠️", info: "ℹ️" };
      for (const f of result.results) {
        lines2.push(
          `| ${icon[f.severity]} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${cell(f.ruleId)}\` | ${cell(f.message)} | ${cell(f.clause ?? "")} |`
        );
      }
      lines2.push("");
    }
    return `${lines2.join("\n")}${suppressedSection(result)}`;
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

// packages/core/src/formatters/types.ts
function formatContext(bundles, toolVersion, color = false, docsBase) {
  return { color, rules: bundles.flatMap((b) => b.catalogue.rules), toolVersion, ...docsBase ? { docsBase } : {} };
}

// packages/core/src/policy/load.ts
import { existsSync as existsSync6, mkdtempSync, readdirSync as readdirSync3, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7, resolve as resolve6 } from "node:path";

// packages/core/src/policy/catalogue-build.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname3, join as join3, relative as relative4 } from "node:path";
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
    const found = ruleOf(a, roots, problems, docs);
    if (!found) continue;
    if (found.group === "shared") generic.push(found.base);
    else {
      const pack = found.group === "dpa" ? packOf(found.pkg ?? found.group, dpaData) : found.group;
      rules.push({ id: `${pack}/${found.base.name}`, pack, ...found.base });
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
  const docFile = join3(dirname3(a.location.file), "docs", `${name}.md`);
  const root = roots.find((r) => !relative4(r, docFile).startsWith(".."));
  const doc = existsSync3(docFile) && root ? relative4(root, docFile).split("\\").join("/") : void 0;
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
import { existsSync as existsSync4, readdirSync as readdirSync2, readFileSync, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname4, extname as extname2, join as join4, relative as relative5 } from "node:path";

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
  if (existsSync4(join4(location, "data.yaml"))) return [{ id: basename2(location), file: join4(location, "data.yaml") }];
  const dpa = join4(location, "dpa");
  if (!existsSync4(dpa)) return [];
  return readdirSync2(dpa).sort().filter((id) => existsSync4(join4(dpa, id, "data.yaml"))).map((id) => ({ id, file: join4(dpa, id, "data.yaml") }));
}
function checkPackTerms(file, display, sharedRules) {
  const parsed = parseYamlText(display, readFileSync(file, "utf8"));
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
  const near = nearest(word, candidates);
  return near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "";
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

// packages/core/src/policy/build.ts
import { execFileSync as execFileSync3 } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { dirname as dirname6, join as join6, relative as relative6, resolve as resolve5, sep as sep2 } from "node:path";

// packages/core/src/policy/tools.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync5 } from "node:fs";
import { delimiter, dirname as dirname5, join as join5 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var here = dirname5(fileURLToPath2(import.meta.url));
var repoRoot = join5(here, "..", "..", "..", "..");
var BUILTIN_POLICIES_DIR = [join5(here, "policies"), join5(here, "..", "..", "policies")].find((d) => existsSync5(d)) ?? join5(repoRoot, "policies");
var NOT_DATA = ["capabilities.json", "catalogue.json", "*.md", "tests", ".bundle"];
function ignoreArgs(extra = []) {
  return [...NOT_DATA, ...extra].flatMap((p) => ["--ignore", p]);
}
function findOpa(env = process.env) {
  const candidates = [
    env.DPA_LINT_OPA,
    join5(repoRoot, ".tools", "bin", "opa"),
    ...(env.PATH ?? "").split(delimiter).map((d) => join5(d, "opa"))
  ];
  const found = candidates.find((c) => typeof c === "string" && c !== "" && existsSync5(c));
  if (found) return found;
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
var SHARED_POLICY_PARTS = SHARED_POLICY_PART_NAMES.map((d) => join6(BUILTIN_POLICIES_DIR, d));
function buildPolicies(options) {
  const dirs = options.dirs.map((d) => resolve5(d));
  const out = resolve5(options.outDir);
  const userDirs = dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR) || dirs.length === 1);
  const capabilities = options.capabilities ?? join6(BUILTIN_POLICIES_DIR, "capabilities.json");
  mkdirSync(out, { recursive: true });
  const tarball = join6(out, "bundle.tar.gz");
  const opa = (args, cwd) => {
    try {
      return execFileSync3(options.opa, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error2) {
      const e = error2;
      const lines2 = `${e.stdout ?? ""}
${e.stderr ?? ""}`.split("\n").map((l) => l.trim()).filter((l) => /error|rego_/i.test(l) && !/\d+ errors? occurred/.test(l));
      const first = lines2[0] ?? describeThrown(error2).split("\n")[0];
      const more = lines2.length > 1 ? ` (and ${lines2.length - 1} more)` : "";
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
  const data = JSON.parse(readTarGz(readFileSync2(tarball)).get("/data.json")?.toString("utf8") ?? "{}");
  const roots = [BUILTIN_POLICIES_DIR, ...dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR))];
  const { catalogue, docs, problems } = buildCatalogue(inspect, data, roots, `v${opaVersion(options.opa)}`);
  if (problems.length > 0) throw new PolicyError(`the rules' METADATA is incomplete:
${problems.join("\n")}`, { file: dirs.join(", ") });
  const shared = (catalogue.sharedRules ?? []).map((r) => r.name);
  const termProblems = dirs.flatMap((d) => readPackTerms(d, process.cwd(), shared).problems);
  if (termProblems.length > 0) throw new PolicyError(termProblems.join("; "), { field: "pack terms" });
  if (!catalogue.packs.some((p) => p.kind === "gdpr")) linkDocs(catalogue, options.docsBase);
  writeFileSync(join6(out, "catalogue.json"), `${JSON.stringify(catalogue, null, 1)}
`);
  rmSync(join6(out, "docs"), { recursive: true, force: true });
  for (const [doc, source] of docs) {
    mkdirSync(dirname6(join6(out, "docs", doc)), { recursive: true });
    copyFileSync(source, join6(out, "docs", doc));
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
  if (existsSync6(join7(dir, "bundle.tar.gz"))) return readBundle(dir);
  if (!holdsRego(dir)) return loadTermsPack(dir);
  const out = mkdtempSync(join7(tmpdir(), "dpa-lint-policy-"));
  buildPolicies({ opa: findOpa(env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
  return readBundle(out);
}
function loadPolicyPacks(dirs, cwd, option, env = process.env) {
  return dirs.map((dir) => {
    const abs = resolve6(cwd, dir);
    if (!existsSync6(abs)) throw new InputError("no such directory", { file: dir, field: option });
    return loadPolicyPack(abs, env);
  });
}
function withBuiltinBundle(packs) {
  return foldTermsPacks([readBundle(), ...packs]);
}

// packages/core/src/version.ts
var VERSION = require_package().version;

// packages/github-action/src/annotations.ts
import { resolve as resolve7 } from "node:path";
function planAnnotations(findings, changed, workspace, max) {
  const rank = (f) => {
    const lines2 = changed?.get(resolve7(workspace, f.file));
    if (!lines2) return 2;
    return lines2.some(([from, to]) => f.line >= from && f.line <= to) ? 0 : 1;
  };
  const ordered = findings.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const byKind = { error: [], warning: [], notice: [] };
  for (const { f } of ordered) {
    const annotation2 = annotationOf(f);
    byKind[annotation2.kind].push({ ...annotation2, finding: f });
  }
  const overflows = max > 0 && ["error", "warning", "notice"].some((k) => byKind[k].length > max);
  const limit = { error: max, warning: max, notice: overflows ? max - 1 : max };
  const shown = [];
  const hidden = { error: 0, warning: 0, notice: 0 };
  for (const kind of ["error", "warning", "notice"]) {
    const list = byKind[kind];
    shown.push(...list.slice(0, limit[kind]));
    hidden[kind] = Math.max(0, list.length - limit[kind]);
  }
  const total = hidden.error + hidden.warning + hidden.notice;
  if (total === 0 || max === 0) return { shown, hidden };
  const counts = [
    [hidden.error, "error"],
    [hidden.warning, "warning"],
    [hidden.notice, "info finding"]
  ];
  const parts = counts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  const overflow = `${total} more ${total === 1 ? "finding is" : "findings are"} not annotated (${parts.join(", ")}): GitHub shows ${max} of each kind per step. See the job summary.`;
  return { shown, hidden, overflow };
}

// packages/github-action/src/base-branch.ts
import { existsSync as existsSync7, mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname7, join as join8, posix, relative as relative7, resolve as resolve8 } from "node:path";
var BaseCommit = class {
  constructor(sha, workspace) {
    this.sha = sha;
    this.workspace = workspace;
    this.top = this.git(["rev-parse", "--show-toplevel"], "the workspace is not a git checkout").trim();
    this.short = sha.slice(0, 7);
  }
  sha;
  workspace;
  top;
  short;
  /**
   * Makes sure the base commit is in the clone: actions/checkout fetches one commit by default,
   * so fetch the base (with the credentials checkout left) when it is missing.
   */
  ensurePresent() {
    if (this.tryGit(["cat-file", "-e", `${this.sha}^{commit}`]) !== void 0) return;
    this.git(
      ["fetch", "--no-tags", "--depth=1", "origin", this.sha],
      `the base commit ${this.short} is not in the checkout and cannot be fetched (use actions/checkout with fetch-depth: 0)`
    );
  }
  /**
   * What to diff against for the pull request's own changes: the merge base when the history has
   * it, else the base itself (right for the merge commit actions/checkout makes of a pull request).
   */
  diffRef() {
    return this.tryGit(["merge-base", this.sha, "HEAD"])?.trim() || this.sha;
  }
  /** A file's text at the base commit; undefined when the base has no such file. */
  read(repoPath) {
    if (this.tryGit(["cat-file", "-e", `${this.sha}:${repoPath}`]) === void 0) return void 0;
    return this.git(["show", `${this.sha}:${repoPath}`], `cannot read ${repoPath} at the base commit ${this.short}`);
  }
  /**
   * Copies a directory as it is at the base commit into `dest`; false when the base has no files
   * there.
   */
  extract(repoPath, dest) {
    const files = this.git(
      ["ls-tree", "-r", "-z", "--name-only", this.sha, "--", repoPath],
      `cannot list ${repoPath} at the base commit ${this.short}`
    ).split("\0").filter(Boolean);
    for (const file of files) {
      const target = join8(dest, posix.relative(repoPath, file));
      mkdirSync2(dirname7(target), { recursive: true });
      writeFileSync2(
        target,
        gitBytes(["show", `${this.sha}:${file}`], this.workspace, "base branch", `cannot read ${file} at the base commit ${this.short}`)
      );
    }
    return files.length > 0;
  }
  /** Whether the checked-out tree differs from the base commit under a path. */
  differs(repoPath) {
    return this.git(
      ["diff", "--name-only", this.sha, "--", repoPath],
      `cannot compare ${repoPath} with the base commit ${this.short}`
    ).trim() !== "";
  }
  /** A workspace path as git names it in a tree: relative to the repository's top, with /. */
  repoPath(workspacePath) {
    return relative7(this.top, resolve8(this.workspace, workspacePath)).split("\\").join("/");
  }
  git(args, what) {
    return gitOutput(args, this.workspace, "base branch", what);
  }
  tryGit(args) {
    try {
      return gitOutput(args, this.workspace, "base branch", "git");
    } catch {
      return void 0;
    }
  }
};
function rulesFromBase(base, options) {
  const notes = [];
  const config = configFromBase(base, options.config, notes);
  const fromConfig = (path) => relative7(base.workspace, path) || ".";
  const baselinePath = options.baseline ?? (config.baseline === void 0 ? void 0 : fromConfig(config.baseline));
  const baseline = baselinePath ? baselineFromBase(base, baselinePath, notes) : void 0;
  const packDirs = [...config.policies.map(fromConfig), ...options.policies];
  const packs = packDirs.flatMap((dir) => packFromBase(base, dir, notes) ?? []);
  return { config, ...baseline ? { baseline } : {}, packs, notes };
}
function configFromBase(base, input, notes) {
  const candidates = input ? [base.repoPath(input)] : configCandidates(base);
  const found = candidates.map((path) => ({ path, text: base.read(path) })).find((c) => c.text !== void 0);
  let config;
  if (found?.text !== void 0) {
    const root = join8(base.top, dirname7(found.path));
    config = parseConfig(found.text, `${found.path} (base ${base.short})`, root, join8(base.top, found.path));
    notes.push(`Configuration: \`${found.path}\` as of the base commit ${base.short}.`);
  } else {
    config = defaultConfig(base.workspace);
    notes.push(`Configuration: the defaults (the base commit ${base.short} has no ${candidates.map((c) => `\`${c}\``).join(" or ")}).`);
  }
  checkHeadConfig(base, input, found, notes);
  return config;
}
function baselineFromBase(base, file, notes) {
  const path = base.repoPath(file);
  const text2 = base.read(path);
  notes.push(
    text2 === void 0 ? `Baseline: \`${path}\` is not in the base commit ${base.short}; no finding is suppressed by a baseline.` : `Baseline: \`${path}\` as of the base commit ${base.short}.`
  );
  const head = resolve8(base.workspace, file);
  if (existsSync7(head) && readFileSync3(head, "utf8") !== text2)
    notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  return text2 === void 0 ? void 0 : { baseline: parseBaseline(text2, `${path} (base ${base.short})`), file };
}
function packFromBase(base, dir, notes) {
  const path = base.repoPath(dir);
  const copy = mkdtempSync2(join8(process.env.RUNNER_TEMP || tmpdir2(), "dpa-lint-base-policy-"));
  if (!base.extract(path, copy)) {
    if (!existsSync7(resolve8(base.workspace, dir)))
      throw new DpaLintError("no such directory, in the base commit or in the checkout", { file: dir, field: "policies" });
    notes.push(`Policy pack \`${path}\`: not in the base commit ${base.short}; it takes effect once merged.`);
    return void 0;
  }
  notes.push(`Policy pack: \`${path}\` as of the base commit ${base.short}.`);
  if (base.differs(path)) notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  return loadPolicyPack(copy);
}
function configCandidates(base) {
  const out = [];
  let dir = resolve8(base.workspace);
  for (; ; ) {
    for (const name of CONFIG_NAMES) out.push(base.repoPath(join8(dir, name)));
    if (dir === base.top || dirname7(dir) === dir) return out;
    dir = dirname7(dir);
  }
}
function checkHeadConfig(base, input, found, notes) {
  const head = input ? resolve8(base.workspace, input) : findConfig(base.workspace);
  if (!head || !existsSync7(head)) return;
  if (found && base.repoPath(head) === found.path && readFileSync3(head, "utf8") === found.text) return;
  try {
    loadConfig(head, base.workspace);
  } catch (error2) {
    const detail = error2 instanceof DpaLintError ? error2.oneLine() : String(error2);
    throw new DpaLintError(`the pull request's configuration does not load, so every run after the merge would fail: ${detail}`);
  }
  notes.push(
    `This pull request changes \`${base.repoPath(head)}\`; it was judged by the base commit's version, and the new one takes effect once merged.`
  );
}

// packages/github-action/src/inputs.ts
var GITHUB_ANNOTATION_LIMIT = 10;
var ActionInputError = class extends Error {
  constructor(input, message) {
    super(`input ${input}: ${message}`);
    this.name = "ActionInputError";
  }
};
function readInputs(get) {
  const failSeverity = get("fail-severity") || "error";
  if (!isSeverity(failSeverity)) throw new ActionInputError("fail-severity", `must be error, warning or info, not "${failSeverity}"`);
  const maxText = get("max-annotations") || String(GITHUB_ANNOTATION_LIMIT);
  const maxAnnotations = Number(maxText);
  if (!/^\d+$/.test(maxText) || maxAnnotations > GITHUB_ANNOTATION_LIMIT) {
    throw new ActionInputError(
      "max-annotations",
      `must be a whole number from 0 to ${GITHUB_ANNOTATION_LIMIT} (GitHub shows no more per kind and step), not "${maxText}"`
    );
  }
  const config = get("config");
  const sarifFile = get("sarif-file");
  const baseline = get("baseline");
  const asOf = get("as-of");
  if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new ActionInputError("as-of", `must be a date written YYYY-MM-DD, not "${asOf}"`);
  return {
    paths: lines(get("paths")),
    policies: lines(get("policies")),
    ...config ? { config } : {},
    failSeverity,
    changedFilesOnly: boolean(get, "changed-files-only"),
    ...sarifFile ? { sarifFile } : {},
    ...baseline ? { baseline } : {},
    maxAnnotations,
    usePullRequestConfig: boolean(get, "use-pull-request-config"),
    inlineSuppressions: boolean(get, "inline-suppressions", true),
    ...asOf ? { asOf } : {}
  };
}
function lines(value) {
  return value.split("\n").map((p) => p.trim()).filter(Boolean);
}
function boolean(get, name, byDefault = false) {
  const value = get(name) || String(byDefault);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionInputError(name, `must be true or false, not "${value}"`);
}

// packages/github-action/src/pull-request.ts
import { readFileSync as readFileSync4 } from "node:fs";
function pullRequestBase(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!["pull_request", "pull_request_target", "merge_group"].includes(event) || !env.GITHUB_EVENT_PATH) return void 0;
  let payload;
  try {
    payload = JSON.parse(readFileSync4(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (error2) {
    throw new Error(`cannot read the ${event} event payload (${env.GITHUB_EVENT_PATH}): ${error2.message}`);
  }
  const sha = event === "merge_group" ? payload.merge_group?.base_sha : payload.pull_request?.base?.sha;
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`the ${event} event payload has no base commit`);
  return { sha, label: event === "merge_group" ? "merge group" : `pull request #${payload.pull_request?.number ?? "?"}` };
}

// packages/github-action/src/sarif.ts
var SARIF_RESULT_LIMIT = 25e3;
function sarifForUpload(result, context, limit = SARIF_RESULT_LIMIT) {
  const results = result.results.slice(0, limit);
  const suppressed = result.suppressed.slice(0, limit - results.length);
  const omitted = result.results.length + result.suppressed.length - results.length - suppressed.length;
  return { text: FORMATTERS.sarif.format({ ...result, results, suppressed }, context), omitted };
}

// packages/github-action/src/summary.ts
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
function jobSummary(result, context, notes, limit = SUMMARY_LIMIT) {
  const head = notes.length > 0 ? `${notes.map((n) => `> ${n}`).join("\n>\n")}

` : "";
  const render = (shown2) => {
    const table = FORMATTERS.markdown.format({ ...result, results: result.results.slice(0, shown2) }, context);
    const left = result.results.length - shown2;
    const tail = left > 0 ? `
_${left} more ${left === 1 ? "finding is" : "findings are"} not listed here (GitHub limits a job summary to 1 MiB): see the SARIF file or run dpa-lint locally._
` : "";
    return `${insertAfterHeading(table, head)}${tail}`;
  };
  let shown = result.results.length;
  let text2 = render(shown);
  while (Buffer.byteLength(text2, "utf8") > limit && shown > 0) {
    const ratio = limit / Buffer.byteLength(text2, "utf8");
    shown = Math.min(shown - 1, Math.floor(shown * ratio * 0.98));
    text2 = render(Math.max(0, shown));
  }
  return text2;
}
function insertAfterHeading(markdown2, notes) {
  if (!notes) return markdown2;
  const end = markdown2.indexOf("\n\n");
  return end < 0 ? `${markdown2}

${notes}` : `${markdown2.slice(0, end + 2)}${notes}${markdown2.slice(end + 2)}`;
}

// packages/github-action/src/main.ts
async function run() {
  try {
    await gate(readInputs((name) => getInput(name)));
  } catch (error2) {
    const message = error2 instanceof DpaLintError ? error2.oneLine() : error2 instanceof Error ? error2.message : String(error2);
    if (error2 instanceof Error && error2.stack) debug(error2.stack);
    setFailed(`dpa-lint: ${message}`);
  }
}
async function gate(inputs) {
  const workspace = resolve9(process.env.GITHUB_WORKSPACE || process.cwd());
  const pr = pullRequestBase(process.env);
  let rules;
  let changed;
  let diffRef;
  if (pr) {
    const base = new BaseCommit(pr.sha, workspace);
    base.ensurePresent();
    diffRef = base.diffRef();
    changed = changedLines(diffRef, workspace, "base branch");
    rules = inputs.usePullRequestConfig ? { ...rulesFromWorkspace(workspace, inputs), notes: [`Configuration: the pull request's own (use-pull-request-config is on).`] } : rulesFromBase(base, inputs);
  } else {
    rules = rulesFromWorkspace(workspace, inputs);
    if (inputs.changedFilesOnly) info("changed-files-only: this is not a pull request, so every selected file is linted");
  }
  const bundles = withBuiltinBundle(rules.packs);
  const result = await lint(inputs.paths, {
    cwd: workspace,
    config: rules.config,
    bundles,
    ...rules.baseline ? { baseline: rules.baseline } : {},
    ...inputs.changedFilesOnly && diffRef ? { changedSince: diffRef } : {},
    inlineSuppressions: inputs.inlineSuppressions,
    ...inputs.asOf ? { asOf: inputs.asOf } : {}
  });
  const failed = fails(result.results, inputs.failSeverity);
  const context = { ...formatContext(bundles, VERSION, false, rules.config.docsBase), exitCode: failed ? 1 : 0 };
  const plan = planAnnotations(result.results, changed, workspace, inputs.maxAnnotations);
  for (const { kind, message, properties } of plan.shown) {
    const annotate = kind === "error" ? error : kind === "warning" ? warning : notice;
    annotate(message, properties);
  }
  if (plan.overflow) notice(plan.overflow, { title: "dpa-lint" });
  let sarifPath;
  const sarifNote = [];
  if (inputs.sarifFile) {
    sarifPath = resolve9(workspace, inputs.sarifFile);
    mkdirSync3(dirname8(sarifPath), { recursive: true });
    const sarif2 = sarifForUpload(result, context);
    writeFileSafely(sarifPath, sarif2.text, inputs.sarifFile);
    if (sarif2.omitted > 0)
      sarifNote.push(
        `SARIF: the first ${SARIF_RESULT_LIMIT} findings; ${sarif2.omitted} more are left out, as code scanning takes no more per run.`
      );
  }
  const scope = [
    ...sarifNote,
    ...inputs.changedFilesOnly && diffRef ? [`Files: only those changed by the ${pr?.label ?? "pull request"} (changed-files-only).`] : [],
    ...inputs.inlineSuppressions ? [] : ["Inline suppressions: ignored (inline-suppressions is off)."]
  ];
  const summary2 = jobSummary(result, context, [...rules.notes, ...scope]);
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
  else info(summary2);
  setOutputs(result, sarifPath ? inputs.sarifFile : void 0);
  if (failed) setFailed(`dpa-lint: ${failureLine(result, inputs)}`);
  else info(`dpa-lint: ${plural(result.summary.files, "file")} checked, nothing at or above ${inputs.failSeverity}`);
}
function rulesFromWorkspace(workspace, inputs) {
  const config = resolveConfig(workspace, inputs.config ? resolve9(workspace, inputs.config) : void 0);
  const baselinePath = inputs.baseline ?? (config.baseline === void 0 ? void 0 : relative8(workspace, config.baseline));
  const baseline = baselinePath ? { baseline: readBaseline(resolve9(workspace, baselinePath), baselinePath), file: baselinePath } : void 0;
  const packs = [
    ...loadPolicyPacks(config.policies, workspace, "configuration policies"),
    ...loadPolicyPacks(inputs.policies, workspace, "policies")
  ];
  return { config, ...baseline ? { baseline } : {}, packs, notes: [] };
}
function setOutputs(result, sarifFile) {
  const { summary: summary2 } = result;
  setOutput("errors", summary2.errors);
  setOutput("warnings", summary2.warnings);
  setOutput("infos", summary2.infos);
  setOutput("suppressed", summary2.suppressed);
  setOutput("files", summary2.files);
  setOutput("sarif-file", sarifFile ?? "");
}
function failureLine(result, inputs) {
  const { errors, warnings, infos } = result.summary;
  const counts = [plural(errors, "error"), plural(warnings, "warning"), ...infos > 0 ? [`${infos} info`] : []];
  return `${counts.join(", ")} in ${plural(result.summary.files, "file")} (fail-severity: ${inputs.failSeverity}); see the annotations and the job summary`;
}

// packages/github-action/src/index.ts
await run();
