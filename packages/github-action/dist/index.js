import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  CATALOGUE_CLAIM,
  CONFIG_NAMES,
  DEFAULT_INCLUDE,
  DpaLintError,
  ENTRYPOINT,
  GLOB_CHARS,
  INDEX_ENTRYPOINT,
  InputError,
  JsonTextError,
  Linter,
  PARSE_LIMITS,
  POLICY_GROUPS,
  PROJECT_URL,
  PolicyError,
  SEVERITY_OF_SET,
  SEVERITY_RANK,
  SIGNATURES_FILE,
  SourceLines,
  VERSION,
  appendAll,
  canonicalProvider,
  catalogueClaim,
  childProcess,
  collectFiles,
  copyFileSafely,
  crypto,
  defaultConfig,
  describeThrown,
  digestOf,
  engineRuleMeta,
  finalize,
  findConfig,
  findRepositoryRoot,
  findingAt,
  foldTermsPacks,
  formatOciRef,
  groupBy,
  isInside,
  isNpmPack,
  isOciPack,
  isSeverity,
  loadConfig,
  makeDirectorySafely,
  maxOf,
  nearest,
  os,
  pack_terms_schema_default,
  parseBaseline,
  parseConfig,
  parseJsonText,
  parseNpmPack,
  parseOciRef,
  parseSuppressions,
  parseYamlText,
  readBaseline,
  readBundle,
  readTarGz,
  readUpTo,
  readVendorFile,
  registryUrl,
  removeDirectorySafely,
  require_equal,
  require_ucs2length,
  resolveNpmPack,
  ruleDocsUrl,
  schemaValidator,
  selectIncluded,
  sharedRuleDocsUrl,
  signBundleFiles,
  sourcesOf,
  splitGlob,
  thousands,
  toPosix,
  unlintedFile,
  withRegularFile,
  withSources,
  workerThreads,
  writeFileSafely,
  writeTarGz
} from "./chunk-ESZPXFH5.js";

// packages/github-action/src/main.ts
import { relative as relative10, resolve as resolve16 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os2 from "os";

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
  process.stdout.write(cmd.toString() + os2.EOL);
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
import * as crypto2 from "crypto";
import * as fs from "fs";
import * as os3 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os3.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto2.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os3.EOL}${convertedValue}${os3.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve17) {
      resolve17(value);
    });
  }
  return new (P || (P = Promise))(function(resolve17, reject) {
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
      result.done ? resolve17(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    const element2 = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap(tag, listItems);
    return this.addRaw(element2).addEOL();
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
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element2 = this.wrap("table", tableBody);
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap(allowedTag, text2);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element2 = this.wrap("hr", null);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element2 = this.wrap("br", null);
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element2).addEOL();
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
    const element2 = this.wrap("a", text2, { href });
    return this.addRaw(element2).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os4 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os4.platform();
var arch = os4.arch();

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
  process.stdout.write(os5.EOL);
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
  process.stdout.write(message + os5.EOL);
}

// packages/core/src/files/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var made = [];
function temporaryDirectory(prefix, base = tmpdir()) {
  const dir = mkdtempSync(join(base, prefix));
  if (made.length === 0) process.once("exit", removeAll);
  made.push(dir);
  return dir;
}
function removeAll() {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  }
}

// packages/core/src/api.ts
import { statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute4, relative as relative4, resolve as resolve9 } from "node:path";

// packages/core/src/files/git.ts
import { resolve } from "node:path";
function gitOutput(args, cwd, field, what) {
  return gitBytes(args, cwd, field, what).toString("utf8");
}
function gitBytes(args, cwd, field, what) {
  try {
    return childProcess().execFileSync("git", ["-c", "core.quotepath=off", ...args], {
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
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(top, f)));
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
      if (current) lines2.set(resolve(top, path.slice(2)), current);
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

// packages/core/src/files/terraform-files.ts
import { readdirSync, statSync } from "node:fs";
import { join as join2, relative, resolve as resolve2 } from "node:path";
var TERRAFORM_EXTENSION = ".tf";
var TERRAFORM_JSON_EXTENSION = ".tf.json";
function isTerraformFile(name) {
  return name.endsWith(TERRAFORM_EXTENSION) || name.endsWith(TERRAFORM_JSON_EXTENSION);
}
var SKIPPED = /* @__PURE__ */ new Set([".terraform", ".git", "node_modules"]);
function isTerraformPath(path) {
  return isTerraformFile(path) || GLOB_CHARS.test(path) && /\.tf(\.json)?\}?$/.test(path);
}
function terraformFilesIn(path, cwd) {
  const out = [];
  const { base, match } = GLOB_CHARS.test(path) ? splitGlob(path, cwd) : { base: resolve2(cwd, path), match: () => true };
  const walk = (dir, depth) => {
    if (depth > 64) return;
    let entries2;
    try {
      entries2 = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries2) {
      if (SKIPPED.has(e.name)) continue;
      const full = join2(dir, e.name);
      if (e.isDirectory()) walk(full, depth + 1);
      else if (e.isFile() && isTerraformFile(e.name) && match(toPosix(relative(base, full)))) out.push(full);
    }
  };
  if (statSync(base, { throwIfNoEntry: false })?.isDirectory()) walk(base, 0);
  return out.sort();
}

// packages/core/src/infrastructure.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, realpathSync } from "node:fs";
import { dirname as dirname3, join as join5, resolve as resolve5 } from "node:path";

// packages/core/src/vendor-setups.ts
import { relative as relative2, resolve as resolve3 } from "node:path";
function vendorSetupsOf(config, cwd, repository) {
  const [include, root] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const files = [];
  for (const g of include) {
    try {
      files.push(
        ...collectFiles([relative2(cwd, resolve3(root, g)) || "."], cwd, {
          exclude: config.exclude,
          root: config.root,
          repository: repository ?? cwd
        }).files
      );
    } catch {
    }
  }
  return files;
}
function readSetups(linter, files) {
  const setups = [];
  const unreadable = [];
  for (const path of files) {
    const file = linter.displayName(path);
    const read = readVendorFile(resolve3(linter.cwd, path));
    if (!("text" in read)) {
      unreadable.push(file);
      continue;
    }
    const parsed = parseYamlText(file, read.text, { budget: true });
    if (parsed.problems.length > 0) unreadable.push(file);
    for (const doc of parsed.documents) {
      const value = doc.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      setups.push({
        file,
        value,
        lineOf: (p) => doc.position(p).line
      });
    }
  }
  return { setups, unreadable };
}

// packages/core/src/terraform/hcl.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var parser;
async function hclParser() {
  if (parser) return parser;
  const { Parser, Language } = loadRuntime();
  const runtime = wasmPath("web-tree-sitter", "tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  const language = await Language.load(readFileSync(wasmPath("@tree-sitter-grammars/tree-sitter-hcl", "tree-sitter-terraform.wasm")));
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}
function loadRuntime() {
  const load = createRequire(import.meta.url);
  const beside = fileURLToPath(new URL("./wasm/tree-sitter.cjs", import.meta.url));
  return load(existsSync2(beside) ? beside : "web-tree-sitter");
}
function wasmPath(pkg, file) {
  const beside = fileURLToPath(new URL(`./wasm/${file}`, import.meta.url));
  if (existsSync2(beside)) return beside;
  const require2 = createRequire(import.meta.url);
  try {
    return require2.resolve(`${pkg}/${file}`);
  } catch {
    return join3(dirname(require2.resolve(`${pkg}/package.json`)), file);
  }
}
function parseHcl(p, text2) {
  const tree = p.parse(text2);
  if (!tree) return { blocks: [], attributes: /* @__PURE__ */ new Map(), comments: [], error: { offset: 0, message: "the HCL parser gave no tree" } };
  try {
    const root = tree.rootNode;
    const comments = [];
    collectComments(root, comments);
    const body = root.namedChildren.find((c) => c?.type === "body");
    const file = { blocks: [], attributes: /* @__PURE__ */ new Map(), comments };
    if (body) readBody(body, file, 0);
    const error2 = firstError(root);
    if (error2) file.error = error2;
    return file;
  } finally {
    tree.delete();
  }
}
function collectComments(node, out) {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "comment") {
      const text2 = n.text;
      out.push({ offset: n.startIndex, source: text2.startsWith("//") ? `#${text2.slice(2)}` : text2 });
      continue;
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  out.sort((a, b) => a.offset - b.offset);
}
function firstError(root) {
  if (!root.hasError) return void 0;
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.isMissing) return { offset: n.startIndex, message: `HCL syntax error: missing ${n.type}` };
    if (n.type === "ERROR") {
      const near = n.text.slice(0, 30).split("\n")[0];
      return { offset: n.startIndex, message: `HCL syntax error near "${near}"` };
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c?.hasError || c?.isMissing || c?.type === "ERROR") stack.push(c);
    }
  }
  return { offset: 0, message: "HCL syntax error" };
}
var MAX_BLOCK_DEPTH = 32;
function readBody(body, into, depth) {
  for (const child of body.namedChildren) {
    if (child?.type === "attribute") {
      const [name, value] = child.namedChildren;
      if (name && value) into.attributes.set(name.text, { name: name.text, offset: name.startIndex, value: exprOf(value) });
    } else if (child?.type === "block" && depth < MAX_BLOCK_DEPTH) into.blocks.push(blockOf(child, depth + 1));
  }
}
function blockOf(node, depth) {
  const named = node.namedChildren.filter((c) => c !== null);
  const type = named[0]?.text ?? "";
  const labels = named.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map((c) => c.type === "string_lit" ? c.text.slice(1, -1) : c.text);
  const body = named.find((c) => c.type === "body");
  const block = { type, labels, offset: node.startIndex, attributes: /* @__PURE__ */ new Map(), blocks: [] };
  if (body) readBody(body, block, depth);
  return block;
}
function exprOf(node, depth = 0) {
  const offset = node.startIndex;
  if (depth > MAX_BLOCK_DEPTH) return { kind: "other", text: "(nested too deep)", offset };
  const parts = node.namedChildren.filter((c) => c !== null);
  if (node.type === "expression" && parts.length === 1) return exprOf(parts[0], depth + 1);
  if (node.type === "expression" && parts[0]?.type === "variable_expr")
    return referenceOf(parts, depth) ?? { kind: "other", text: node.text, offset };
  switch (node.type) {
    case "literal_value":
      return parts.length === 1 ? exprOf(parts[0], depth + 1) : { kind: "other", text: node.text, offset };
    case "string_lit":
      return {
        kind: "literal",
        value: unescape(
          parts.filter((c) => c.type === "template_literal").map((c) => c.text).join("")
        ),
        offset
      };
    case "numeric_lit":
      return { kind: "literal", value: Number(node.text), offset };
    case "bool_lit":
      return { kind: "literal", value: node.text === "true", offset };
    case "null_lit":
      return { kind: "literal", value: null, offset };
    case "template_expr":
    case "quoted_template":
    case "heredoc_template":
      return templateOf(node, depth);
    case "variable_expr":
      return { kind: "reference", path: [node.text], offset };
    case "collection_value":
      return parts.length === 1 ? exprOf(parts[0], depth + 1) : { kind: "other", text: node.text, offset };
    case "object":
      return objectOf(node, depth);
    case "tuple":
      return { kind: "tuple", items: parts.filter((c) => c.type === "expression").map((c) => exprOf(c, depth + 1)), offset };
    case "conditional": {
      const [condition, then, otherwise] = parts.map((c) => exprOf(c, depth + 1));
      return condition && then && otherwise ? { kind: "conditional", condition, then, else: otherwise, offset } : { kind: "other", text: node.text, offset };
    }
    case "function_call": {
      const name = parts.find((c) => c.type === "identifier")?.text ?? "";
      const args = parts.find((c) => c.type === "function_arguments");
      const list2 = args ? args.namedChildren.filter((c) => c?.type === "expression") : [];
      if (args?.namedChildren.some((c) => c?.type === "ellipsis")) return { kind: "other", text: node.text, offset };
      return { kind: "call", name, args: list2.map((c) => exprOf(c, depth + 1)), offset };
    }
    case "operation":
      return parts.length === 1 ? exprOf(parts[0], depth + 1) : { kind: "other", text: node.text, offset };
    case "binary_operation":
    case "unary_operation":
      return operationOf(node, depth);
    default:
      return { kind: "other", text: node.text, offset };
  }
}
function operationOf(node, depth) {
  const groups = [[]];
  let operator = "";
  for (const c of node.children) {
    if (!c) continue;
    if (!c.isNamed) {
      operator = c.text;
      if ((groups[groups.length - 1] ?? []).length > 0) groups.push([]);
    } else groups[groups.length - 1].push(c);
  }
  const operands = groups.filter((g) => g.length > 0).map((g) => operandOf(g, depth + 1));
  const arity = node.type === "unary_operation" ? 1 : 2;
  return operands.length === arity && operands.every((o) => o !== void 0) ? { kind: "operation", operator, operands, offset: node.startIndex } : { kind: "other", text: node.text, offset: node.startIndex };
}
function operandOf(nodes, depth) {
  const [first] = nodes;
  if (!first) return void 0;
  return nodes.length === 1 ? exprOf(first, depth) : referenceOf(nodes, depth);
}
function referenceOf(nodes, depth) {
  const [first, ...steps] = nodes;
  if (first?.type !== "variable_expr" || steps.some((s) => s.type !== "get_attr" && s.type !== "index")) return void 0;
  const offset = first.startIndex;
  let expr = { kind: "reference", path: [first.text], offset };
  for (const step of steps) {
    if (step.type === "get_attr") {
      const name = step.text.replace(/^\./, "");
      expr = expr.kind === "reference" ? { ...expr, path: [...expr.path, name] } : { kind: "index", target: expr, key: { kind: "literal", value: name, offset }, offset };
      continue;
    }
    const inner = step.namedChildren[0];
    const legacy = inner?.type === "legacy_index" ? /^\.(\d+)$/.exec(inner.text) : null;
    const keyNode = inner?.type === "new_index" ? inner.namedChildren[0] : null;
    const key = legacy ? { kind: "literal", value: Number(legacy[1]), offset } : keyNode ? exprOf(keyNode, depth + 1) : void 0;
    if (!key) return void 0;
    expr = { kind: "index", target: expr, key, offset };
  }
  return expr;
}
function templateOf(node, depth) {
  if (node.type === "template_expr") {
    const inner = node.namedChildren[0];
    return inner ? templateOf(inner, depth + 1) : { kind: "other", text: node.text, offset: node.startIndex };
  }
  const parts = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === "template_literal") parts.push(node.type === "heredoc_template" ? c.text : unescape(c.text));
    else if (c.type === "template_interpolation") {
      const e = c.namedChildren.find((x) => x?.type === "expression");
      parts.push(e ? exprOf(e, depth + 1) : { kind: "other", text: c.text, offset: c.startIndex });
    } else if (c.type === "template_directive") return { kind: "other", text: node.text, offset: node.startIndex };
  }
  const [only] = parts;
  if (parts.length === 1 && typeof only === "object" && node.type !== "heredoc_template") return only;
  return { kind: "template", parts, offset: node.startIndex };
}
function objectOf(node, depth) {
  const entries2 = /* @__PURE__ */ new Map();
  for (const elem of node.namedChildren) {
    if (elem?.type !== "object_elem") continue;
    const key = elem.childForFieldName("key");
    const val = elem.childForFieldName("val");
    if (!key || !val) continue;
    const k = exprOf(key, depth + 1);
    const name = k.kind === "literal" && typeof k.value === "string" ? k.value : k.kind === "reference" && k.path.length === 1 ? k.path[0] : void 0;
    if (name !== void 0) entries2.set(name, exprOf(val, depth + 1));
  }
  return { kind: "object", entries: entries2, offset: node.startIndex };
}
function unescape(text2) {
  return text2.replace(/\\(["\\nrt]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (_, e) => {
    if (e === "n") return "\n";
    if (e === "r") return "\r";
    if (e === "t") return "	";
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return e;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

// packages/core/src/terraform/hcl-json.ts
function parseTerraformJson(parser2, text2) {
  let root;
  try {
    root = parseJsonText(text2.replace(/^\uFEFF/, ""));
  } catch (error2) {
    if (error2 instanceof JsonTextError)
      return { ...empty(), error: { offset: error2.offset, message: `Terraform JSON syntax: ${error2.message}` } };
    throw error2;
  }
  if (root.kind !== "object")
    return { ...empty(), error: { offset: root.offset, message: "Terraform JSON syntax: the file is not a JSON object" } };
  const reader = new JsonReader(parser2);
  const file = empty();
  for (const [type, value] of entries(root)) {
    if (type === "resource" || type === "data")
      for (const [kind, named] of entries(value))
        for (const [name, body] of entries(named)) for (const b of bodies(body)) file.blocks.push(reader.block(type, [kind, name], b, 0));
    else if (type === "provider" || type === "variable" || type === "module" || type === "output")
      for (const [name, body] of entries(value)) for (const b of bodies(body)) file.blocks.push(reader.block(type, [name], b, 0));
    else if (type === "locals" || type === "terraform") for (const b of bodies(value)) file.blocks.push(reader.block(type, [], b, 0));
  }
  return file;
}
function parseTfvarsJson(parser2, text2) {
  try {
    const root = parseJsonText(text2.replace(/^\uFEFF/, ""));
    const file = empty();
    if (root.kind === "object") new JsonReader(parser2).body(root, file, 0, true);
    return file;
  } catch (error2) {
    if (error2 instanceof JsonTextError) return { ...empty(), error: { offset: error2.offset, message: `JSON syntax: ${error2.message}` } };
    throw error2;
  }
}
var MAX_DEPTH = 32;
var PROVIDER_NAMES = /* @__PURE__ */ new Set(["provider"]);
var MAP_ARGUMENTS = /* @__PURE__ */ new Set([
  "tags",
  "tags_all",
  "labels",
  "annotations",
  "metadata",
  "environment",
  "variables",
  "parameters",
  "triggers",
  "triggers_replace"
]);
var JsonReader = class {
  constructor(parser2) {
    this.parser = parser2;
  }
  parser;
  block(type, labels, body, depth) {
    const block = { type, labels, offset: body.offset, attributes: /* @__PURE__ */ new Map(), blocks: [] };
    if (body.kind === "object") this.body(body, block, depth, type === "variable" || type === "output");
    return block;
  }
  /** A body's keys as attributes (and, for objects, nested blocks). `literalObjects`: a variable's default is a value. */
  body(body, into, depth, literalObjects = false) {
    for (const [key, value] of body.entries) {
      if (key === "//") continue;
      const offset = body.keys.get(key) ?? value.offset;
      if (PROVIDER_NAMES.has(key) && value.kind === "string") {
        into.attributes.set(key, { name: key, offset, value: { kind: "reference", path: value.value.split("."), offset: value.offset } });
        continue;
      }
      into.attributes.set(key, { name: key, offset, value: this.expr(value, depth, key === "providers") });
      if (literalObjects || depth >= MAX_DEPTH || MAP_ARGUMENTS.has(key)) continue;
      const nested = value.kind === "object" ? [value] : value.kind === "array" ? value.items.filter((i) => i.kind === "object") : [];
      for (const n of nested) into.blocks.push(this.block(key, [], n, depth + 1));
    }
  }
  /** A JSON value as an expression: strings are templates, unless `names` (a module's providers map). */
  expr(value, depth, names = false) {
    const offset = value.offset;
    switch (value.kind) {
      case "literal":
        return { kind: "literal", value: JSON.parse(value.text), offset };
      case "string":
        if (names) return { kind: "reference", path: value.value.split("."), offset };
        return this.template(value.value, offset);
      case "array":
        return { kind: "tuple", items: value.items.map((i) => this.expr(i, depth + 1)), offset };
      case "object": {
        const entries2 = /* @__PURE__ */ new Map();
        if (depth < MAX_DEPTH) for (const [k, v] of value.entries) entries2.set(k, this.expr(v, depth + 1, names));
        return { kind: "object", entries: entries2, offset };
      }
    }
  }
  /** A string as Terraform reads it in JSON: a template, parsed by the HCL parser when it interpolates. */
  template(text2, offset) {
    if (!text2.includes("${") && !text2.includes("%{")) return { kind: "literal", value: text2, offset };
    const hcl = parseHcl(this.parser, `x = ${JSON.stringify(text2)}
`);
    const attr2 = hcl.attributes.get("x");
    if (hcl.error || !attr2) return { kind: "other", text: text2, offset };
    return { ...attr2.value, offset };
  }
};
function entries(value) {
  return value.kind === "object" ? [...value.entries].filter(([k]) => k !== "//") : [];
}
function bodies(value) {
  return value.kind === "array" ? value.items.filter((i) => i.kind === "object") : value.kind === "object" ? [value] : [];
}
function empty() {
  return { blocks: [], attributes: /* @__PURE__ */ new Map(), comments: [] };
}

// packages/core/src/terraform/hcl-source.ts
function readTerraformSource(parser2, file, text2, json2) {
  const hcl = json2 ? parseTerraformJson(parser2, text2) : parseHcl(parser2, text2);
  const lines2 = new SourceLines(text2);
  const problems = [];
  if (hcl.error) {
    const { line, col } = lines2.linePos(hcl.error.offset);
    problems.push(findingAt(file, "parse-error", hcl.error.message, line, col));
  }
  return { source: { file, lines: lines2, problems, comments: hcl.comments, documents: [], unevaluated: [] }, hcl };
}

// packages/core/src/normalize/terraform-providers.json
var terraform_providers_default = {
  $comment: "Terraform providers whose resources hold personal data somewhere: which vendor each is and where its resources live. `regions` names the provider's table in regions.json (the one source of region codes); `provider` lists the provider block's attributes that set a default location, `resource` a resource's own (the first set wins); `locationless` lists resource type prefixes that have no location (identity, DNS, billing), which are never placements; `sites` maps a setting's value to a country for services whose data location is an account setting, `hosts` does so by the setting's host name (its longest matching suffix), and `codes` by a location code a resource sets; a value there is a country, or `{\"area\": ...}` for a place that names no single country (never guessed: reported as unresolved, saying so); `unset` says, per resource type, why a resource that sets no location has none dpa-lint can know (reported as unresolved). Sources: each provider's documentation on the Terraform Registry, late 2026.",
  providers: {
    aws: {
      vendor: [
        "Amazon Web Services",
        "AWS",
        "Amazon"
      ],
      regions: "aws",
      provider: [
        "region"
      ],
      resource: [
        "region"
      ],
      locationless: [
        "aws_iam_",
        "aws_route53_",
        "aws_cloudfront_",
        "aws_organizations_",
        "aws_budgets_",
        "aws_ce_",
        "aws_account_",
        "aws_shield_",
        "aws_acm_"
      ],
      replicas: {
        replica: [
          "region_name",
          "region"
        ]
      },
      $replicas: "A DynamoDB global table's replica blocks (aws_dynamodb_table replica.region_name) and a Secrets Manager secret's (aws_secretsmanager_secret replica.region) keep the data in another region: each is a place of its own.",
      $locationless: "aws_acm_: TLS certificates (the us-east-1 certificate CloudFront requires) hold a domain name, no personal data."
    },
    google: {
      vendor: [
        "Google Cloud",
        "Google Cloud Platform",
        "GCP",
        "Google"
      ],
      regions: "gcp",
      provider: [
        "region",
        "zone"
      ],
      resource: [
        "region",
        "location",
        "zone"
      ],
      locationless: [
        "google_project",
        "google_service_account",
        "google_dns_",
        "google_organization_",
        "google_folder",
        "google_billing_"
      ],
      multiRegions: {
        US: {
          country: "US"
        },
        NAM4: {
          regions: [
            "us-central1",
            "us-east1"
          ]
        },
        EUR4: {
          regions: [
            "europe-north1",
            "europe-west4"
          ]
        },
        ASIA1: {
          regions: [
            "asia-northeast1",
            "asia-northeast2"
          ]
        },
        EU: {
          area: "Google Cloud's EU multi-region (data centres in member states of the European Union)"
        },
        ASIA: {
          area: "Google Cloud's ASIA multi-region (data centres in Asia)"
        }
      },
      $multiRegions: "Cloud Storage's (and BigQuery's) multi-regions and predefined dual-regions (cloud.google.com/storage/docs/locations): US is data centres in the United States; NAM4, EUR4 and ASIA1 are pairs of the regions listed. EU (servers in the European Union) and ASIA name an area, not a country; Google's data centres there are not only its Cloud regions, so the area is not read as their countries. Other dual-regions are not listed yet. Both are reported as unresolved, saying so, never guessed.",
      replicas: {
        replicas: [
          "location"
        ]
      },
      $replicas: "A Secret Manager secret's user_managed replication lists its replicas' locations (replication > user_managed > replicas.location).",
      unset: {
        google_pubsub_topic: "Pub/Sub stores a topic's messages in regions Google chooses unless its message_storage_policy restricts them (dpa-lint does not read that list yet); suppress with the allowed regions as the reason",
        google_secret_manager_secret: "a secret with automatic replication is stored in locations Google chooses; use user_managed replication, whose replicas' locations are read"
      },
      defaults: {
        google_bigquery_dataset: {
          attribute: "location",
          value: "US"
        }
      },
      $unset: "Global resources do not take the provider's region: a Pub/Sub topic (cloud.google.com/pubsub/docs/resource-location-restriction) and an automatically replicated secret are stored where Google chooses; a BigQuery dataset without a location is in the US multi-region (the google provider's documentation of google_bigquery_dataset: location's default value is the multi-regional location US)."
    },
    "google-beta": {
      sameAs: "google"
    },
    azurerm: {
      vendor: [
        "Microsoft Azure",
        "Azure",
        "Microsoft"
      ],
      regions: "azure",
      provider: [],
      resource: [
        "location"
      ],
      locationless: [
        "azurerm_role_",
        "azurerm_dns_",
        "azurerm_management_group"
      ],
      replicas: {
        geo_location: [
          "location"
        ]
      },
      $replicas: "A Cosmos DB account's geo_location blocks (azurerm_cosmosdb_account) are the regions its data is replicated to."
    },
    scaleway: {
      vendor: [
        "Scaleway"
      ],
      regions: "scaleway",
      provider: [
        "region",
        "zone"
      ],
      resource: [
        "region",
        "zone"
      ],
      locationless: [
        "scaleway_iam_",
        "scaleway_domain_",
        "scaleway_account_"
      ]
    },
    ovh: {
      vendor: [
        "OVHcloud",
        "OVH"
      ],
      regions: "ovh",
      provider: [],
      resource: [
        "region",
        "region_name"
      ],
      locationless: [
        "ovh_me_",
        "ovh_domain_",
        "ovh_iam_"
      ]
    },
    digitalocean: {
      vendor: [
        "DigitalOcean"
      ],
      regions: "digitalocean",
      provider: [],
      resource: [
        "region"
      ],
      locationless: [
        "digitalocean_domain",
        "digitalocean_record",
        "digitalocean_project",
        "digitalocean_ssh_key",
        "digitalocean_tag"
      ]
    },
    hcloud: {
      vendor: [
        "Hetzner",
        "Hetzner Online",
        "Hetzner Cloud"
      ],
      regions: "hetzner",
      provider: [],
      resource: [
        "location",
        "datacenter"
      ],
      locationless: [
        "hcloud_ssh_key",
        "hcloud_rdns"
      ]
    },
    datadog: {
      vendor: [
        "Datadog"
      ],
      provider: [
        "api_url"
      ],
      resource: [],
      sites: {
        "https://api.datadoghq.com/": "US",
        "https://api.us3.datadoghq.com/": "US",
        "https://api.us5.datadoghq.com/": "US",
        "https://api.ddog-gov.com/": "US",
        "https://api.datadoghq.eu/": "DE",
        "https://api.ap1.datadoghq.com/": "JP",
        "https://api.ap2.datadoghq.com/": "AU"
      },
      siteDefault: "https://api.datadoghq.com/",
      $siteDefault: "The provider's api_url defaults to https://api.datadoghq.com/ (US1): the provider's documentation, Argument Reference."
    },
    mongodbatlas: {
      vendor: [
        "MongoDB Atlas",
        "MongoDB"
      ],
      provider: [],
      resource: [
        "region_name",
        "provider_region_name"
      ],
      atlasRegions: "aws",
      $atlasRegions: "Atlas names AWS regions in capitals with underscores (EU_WEST_3 for eu-west-3), read when the block's provider_name (or backing_provider_name) is AWS; other clouds' Atlas names are reported as unresolved.",
      replicas: {
        region_configs: [
          "region_name"
        ]
      },
      $replicas: "A multi-region cluster has one region_configs block per region (replication_specs > region_configs): each is a place."
    },
    oci: {
      vendor: [
        "Oracle Cloud Infrastructure",
        "Oracle Cloud",
        "Oracle",
        "OCI"
      ],
      regions: "oci",
      provider: [
        "region"
      ],
      resource: [
        "region"
      ],
      locationless: [
        "oci_identity_",
        "oci_dns_"
      ]
    },
    ec: {
      vendor: [
        "Elastic Cloud",
        "Elastic",
        "Elasticsearch"
      ],
      provider: [],
      resource: [
        "region"
      ],
      cloudPrefixed: true,
      $cloudPrefixed: "Elastic Cloud names a deployment's region with its cloud: aws-eu-west-1, gcp-europe-west1, azure-westeurope; read through that cloud's region table."
    },
    snowflake: {
      vendor: [
        "Snowflake"
      ],
      provider: [],
      resource: [
        "region"
      ],
      cloudPrefixed: true,
      $cloudPrefixed: "Snowflake names an account's region (snowflake_account.region) with its cloud, in capitals with underscores: AWS_EU_CENTRAL_1, AZURE_WESTEUROPE, GCP_EUROPE_WEST4 (Snowflake's SHOW REGIONS); read through that cloud's region table. Its other resources live in their account and set no location."
    },
    auth0: {
      vendor: [
        "Auth0"
      ],
      provider: [
        "domain"
      ],
      resource: [],
      hosts: {
        "us.auth0.com": "US",
        "auth0.com": "US",
        "au.auth0.com": "AU",
        "ca.auth0.com": "CA",
        "jp.auth0.com": "JP",
        "uk.auth0.com": "GB",
        "eu.auth0.com": {
          area: "Auth0's Europe region"
        }
      },
      $hosts: "An Auth0 tenant's region is in its domain (auth0.com/docs, Public Cloud Service Endpoints: {yourAccount}.us.auth0.com for the United States region, {yourAccount}.[au|ca|eu|jp|uk].auth0.com for the Australia, Canada, Europe, Japan and UK regions; tenants created before 11 June 2020 in the United States use {yourAccount}.auth0.com). The Europe region names no country. A custom domain hides the region: reported as unresolved."
    },
    okta: {
      vendor: [
        "Okta"
      ],
      provider: [],
      resource: [],
      $: "An Okta org's cell (and so where its data is) is not visible in the provider's configuration (org_name and base_url, okta.com or oktapreview.com, name no region): Okta is a processor, so using it needs a vendor setup (infra/undeclared-vendor), and that setup's declared hosting is judged as any other; its resources are not placements."
    },
    cloudflare: {
      vendor: [
        "Cloudflare"
      ],
      provider: [],
      resource: [
        "jurisdiction",
        "region_key"
      ],
      codes: {
        us: "US",
        fedramp: "US",
        eu: {
          area: "the EU jurisdiction (data stored and processed in the European Union)"
        },
        ca: "CA",
        au: "AU",
        in: "IN",
        jp: "JP",
        default: {
          why: "is no jurisdiction: Cloudflare places the bucket near where it is created; set eu or us"
        }
      },
      unset: {
        cloudflare_r2_bucket: "an R2 bucket without a jurisdiction is placed by Cloudflare near where it is created (a location hint is best effort, not a guarantee); set jurisdiction"
      },
      $codes: "R2 buckets (cloudflare_r2_bucket.jurisdiction: developers.cloudflare.com/r2/reference/data-location: eu and fedramp, and us since 17 August 2026, store and process data in that jurisdiction; without one, placement is automatic) and Regional Services (cloudflare_regional_hostname.region_key: traffic decrypted and processed in the region's data centres). Cloudflare's other resources (zones, DNS, Workers) run on its global network and set no location."
    }
  }
};

// packages/core/src/terraform/placements.ts
var PROVIDERS = terraform_providers_default.providers;
function providerSpec(name) {
  const spec = PROVIDERS[name];
  return spec?.sameAs ? PROVIDERS[spec.sameAs] : spec;
}
var TERRAFORM_PROVIDERS = Object.keys(PROVIDERS);
function modulePlacements(module, call) {
  const scope = new Scope(module, call);
  const placements = [];
  const providers = /* @__PURE__ */ new Map();
  const notes = [];
  for (const { file, hcl } of module.files) {
    for (const block of hcl.blocks) {
      if (block.type === "provider" && block.labels[0] && providerSpec(block.labels[0]) && !providers.has(block.labels[0])) {
        const spec2 = providerSpec(block.labels[0]);
        providers.set(block.labels[0], { provider: block.labels[0], vendor: spec2.vendor, file, offset: block.offset });
      }
      if (block.type === "module") {
        const source = block.attributes.get("source");
        const value = source ? scope.value(source.value) : void 0;
        if (typeof value === "string" && !/^\.\.?(\/|$)/.test(value))
          notes.push({
            file,
            offset: block.offset,
            message: `module "${block.labels[0] ?? ""}" comes from ${value}, which dpa-lint does not fetch (no network): its resources are not read`
          });
      }
      if (block.type !== "resource" || block.labels.length < 2) continue;
      const used = resourceProvider(block);
      if (!used) continue;
      for (const placement of instancePlacements(block, used, file, scope, call ? `${call.address}.` : ""))
        placements.push(...expandMultiRegion(placement));
      const { provider, spec } = used;
      if (!providers.has(provider) && !spec.locationless?.some((prefix) => (block.labels[0] ?? "").startsWith(prefix)))
        providers.set(provider, { provider, vendor: spec.vendor, file, offset: block.offset });
    }
  }
  return { placements, providers: [...providers.values()], notes, scope };
}
function instancePlacements(block, used, file, scope, prefix) {
  const instances = instancesOf(block, scope);
  const [only] = instances;
  if (instances.length === 1 && only?.key === void 0) return resourcePlacements(block, used, file, scope, prefix);
  const placed = instances.map((i) => resourcePlacements(block, used, file, i.scope, prefix, i.key));
  const distinct = /* @__PURE__ */ new Map();
  for (const p of placed.flat()) {
    const key = JSON.stringify([p.file, p.offset, p.region, p.country, p.unresolved, p.alternatives]);
    if (!distinct.has(key)) distinct.set(key, p);
  }
  const kept = [...distinct.values()];
  const [type = "", name = ""] = block.labels;
  const alike = placed.length > 1 && kept.length > 0 && placed.every((list2) => list2.length === kept.length);
  return alike ? kept.map((p) => ({ ...p, address: `${prefix}${type}.${name}` })) : kept;
}
function instancesOf(block, scope) {
  const count = block.attributes.get("count");
  if (count && scope.value(count.value) === 0) return [];
  const forEach = block.attributes.get("for_each");
  const each = forEach ? eachOf(scope.value(forEach.value)) : void 0;
  if (!each) return [{ scope }];
  return each.map((binding) => ({ scope: scope.withEach(binding), key: `[${JSON.stringify(binding.key)}]` }));
}
function resourcePlacements(block, used, file, scope, prefix, instance = "") {
  const { provider, configRef, spec } = used;
  const [type = "", name = ""] = block.labels;
  const base = { address: `${prefix}${type}.${name}${instance}`, provider, providerConfig: configRef ?? provider, file };
  const main = resourcePlacement(block, used, base, file, scope);
  if (!spec.replicas) return main ? [main] : [];
  const replicas = nestedBlocks(block, Object.keys(spec.replicas)).flatMap((inner) => {
    const attr2 = (spec.replicas?.[inner.type] ?? []).map((n) => inner.attributes.get(n)).find((a) => a !== void 0);
    if (!attr2 || attr2.offset === main?.offset || scope.value(attr2.value) === null) return [];
    const cloud = atlasCloud(spec, inner, block, scope);
    return [cloud ? { ...base, offset: attr2.offset, attribute: attr2.name, unresolved: cloud } : located(base, file, attr2, scope, spec)];
  });
  const unsetMain = main !== void 0 && main.unresolved !== void 0 && main.unresolved === spec.unset?.[type];
  return main && !(unsetMain && replicas.length > 0) ? [main, ...replicas] : replicas;
}
function nestedBlocks(block, types, depth = 0) {
  if (depth >= 4) return [];
  return block.blocks.flatMap((inner) => [...types.includes(inner.type) ? [inner] : [], ...nestedBlocks(inner, types, depth + 1)]);
}
function atlasCloud(spec, inner, block, scope) {
  if (!spec.atlasRegions) return void 0;
  const cloud = scope.value(
    (inner.attributes.get("provider_name") ?? inner.attributes.get("backing_provider_name") ?? block.attributes.get("provider_name"))?.value ?? { kind: "literal", value: "AWS", offset: 0 }
  );
  return atlasUnread(cloud);
}
function atlasUnread(cloud) {
  return cloud === "AWS" ? void 0 : `Atlas region names on ${typeof cloud === "string" ? cloud : JSON.stringify(cloud)} are not read yet; suppress with the reason, or declare the vendor's hosting by country`;
}
function eachOf(value) {
  if (Array.isArray(value)) return value.every((v) => typeof v === "string") ? value.map((v) => ({ key: v, value: v })) : void 0;
  if (value !== null && typeof value === "object") return Object.entries(value).map(([key, v]) => ({ key, value: v }));
  return void 0;
}
function resourceProvider(block) {
  const type = block.labels[0] ?? "";
  const providerAttr = block.attributes.get("provider");
  const configRef = providerAttr?.value.kind === "reference" ? providerAttr.value.path.join(".") : void 0;
  const provider = configRef?.split(".")[0] ?? type.split("_")[0] ?? "";
  const spec = providerSpec(provider) ?? providerSpec(type.split("_")[0] ?? "");
  return spec ? { provider, spec, ...configRef ? { configRef } : {} } : void 0;
}
function resourcePlacement(block, { provider, configRef, spec }, base, file, scope) {
  const type = block.labels[0] ?? "";
  if (spec.locationless?.some((prefix) => type.startsWith(prefix))) return void 0;
  const own = findAttribute(block, spec.resource, spec.atlasRegions ? [] : Object.keys(spec.replicas ?? {}));
  const cloud = own && atlasCloud(spec, own.block, block, scope);
  if (own && cloud) return { ...base, offset: own.attr.offset, attribute: own.attr.name, unresolved: cloud };
  if (own && scope.value(own.attr.value) !== null) return located(base, file, own.attr, scope, spec);
  const config = scope.providerConfig(configRef ?? provider);
  if (spec.sites || spec.hosts) {
    const site = config && findAttribute(config.block, spec.provider);
    if (!site) return { ...base, offset: config?.block.offset ?? block.offset, ...defaultSite(spec) };
    return located(base, config.file, site.attr, config.scope, spec);
  }
  const byDefault = spec.defaults?.[type];
  if (byDefault)
    return { ...base, offset: block.offset, attribute: byDefault.attribute, ...placeOf(byDefault.value, spec, byDefault.attribute) };
  const unset = spec.unset?.[type];
  if (unset) return { ...base, offset: block.offset, unresolved: unset };
  const fromProvider = config && findAttribute(config.block, spec.provider);
  if (fromProvider && config) return located(base, config.file, fromProvider.attr, config.scope, spec);
  if (spec.provider.length === 0) return void 0;
  const why = config ? `provider "${configRef ?? provider}" sets no ${spec.provider.join(" or ")}` : `no provider "${configRef ?? provider}" block sets its ${spec.provider.join(" or ")}`;
  return {
    ...base,
    offset: block.offset,
    unresolved: `${why}: the location comes from the environment or a profile at apply time, which dpa-lint cannot see and will not guess; set it in the configuration`
  };
}
function expandMultiRegion(p) {
  if (p.alternatives) {
    const { alternatives, ...first } = p;
    const { region: _r, regions: _rs, country: _c, site: _s, unresolved: _u, ...unplaced } = first;
    return [first, ...alternatives.map((place) => ({ ...unplaced, ...place }))].flatMap(expandMultiRegion);
  }
  const spec = providerSpec(p.provider);
  const multi = p.region === void 0 ? void 0 : spec?.multiRegions;
  if (!multi || p.region === void 0) return [p];
  const code = p.region.toUpperCase();
  const entry = multi[code];
  if (entry?.country) return [{ ...withoutRegion(p), country: entry.country }];
  if (entry?.regions) return entry.regions.map((region) => ({ ...p, region }));
  if (entry?.area) return [{ ...withoutRegion(p), ...tablePlace({ area: entry.area }, p.attribute ?? "location", code) }];
  if (/^[A-Z]+\d*$/.test(code))
    return [
      {
        ...withoutRegion(p),
        unresolved: `${p.attribute ?? "location"} "${p.region}" is a multi-region whose countries dpa-lint does not know; use a region, or suppress with the reason`
      }
    ];
  return [p];
}
function withoutRegion(p) {
  const { region: _region, regions: _regions, ...rest } = p;
  return rest;
}
function findAttribute(block, names, skip = [], depth = 0) {
  for (const n of names) {
    const attr2 = block.attributes.get(n);
    if (attr2) return { attr: attr2, block };
  }
  if (depth >= 4) return void 0;
  for (const inner of block.blocks) {
    if (skip.includes(inner.type)) continue;
    const found = findAttribute(inner, names, skip, depth + 1);
    if (found) return found;
  }
  return void 0;
}
function located(base, file, attr2, scope, spec) {
  const origin = scope.origin(attr2.value);
  const at = { ...base, file: origin?.file ?? file, offset: origin?.offset ?? attr2.offset, attribute: attr2.name };
  const cutOffsBefore = referenceCutOffs;
  const value = scope.value(attr2.value);
  const cutOff = referenceCutOffs > cutOffsBefore;
  const branches = value === void 0 ? scope.alternatives(attr2.value) : void 0;
  if (branches && branches.length > 0) {
    const [first, ...others] = branches.map((v) => placeOf(v, spec, attr2.name));
    return { ...at, ...first, alternatives: others };
  }
  if (typeof value !== "string" || value === "")
    return {
      ...at,
      unresolved: cutOff ? `${attr2.name} is not followed: its references nest deeper than ${MAX_REFERENCE_DEPTH} levels or form a cycle (which Terraform refuses); write the value fewer references away` : `${attr2.name} is not known statically (${describe(attr2.value)}); give it a literal value, or the variable a default or a .tfvars value`
    };
  return { ...at, ...placeOf(value, spec, attr2.name) };
}
function defaultSite(spec) {
  const country = spec.sites?.[spec.siteDefault ?? ""];
  return country ? { country } : {
    unresolved: `the provider block sets no ${spec.provider.join(" or ")} and the provider documents no default (it comes from the environment at apply time, which dpa-lint cannot see); set it in the configuration`
  };
}
function placeOf(value, spec, attribute) {
  if (spec.sites) {
    const country = spec.sites[value.endsWith("/") ? value : `${value}/`];
    return country ? { country, site: value } : { unresolved: `${attribute} "${value}" is not a site dpa-lint knows` };
  }
  if (spec.hosts) {
    const host = value.replace(/^[a-z]+:\/\//i, "").replace(/[/:].*$/, "").toLowerCase();
    const suffix = Object.keys(spec.hosts).filter((s) => host === s || host.endsWith(`.${s}`)).sort((a, b) => b.length - a.length)[0];
    return suffix ? tablePlace(spec.hosts[suffix], attribute, value) : {
      unresolved: `${attribute} "${value}" is not a domain whose region dpa-lint can read (a custom domain hides it); suppress with the region and the reason`
    };
  }
  if (spec.codes) {
    const place = spec.codes[value.toLowerCase()];
    return place ? tablePlace(place, attribute, value) : { unresolved: `${attribute} "${value}" is not a location code dpa-lint knows` };
  }
  if (spec.atlasRegions) return { region: value.toLowerCase().replace(/_/g, "-"), regions: spec.atlasRegions };
  if (spec.cloudPrefixed) {
    const m = /^(aws|gcp|azure)-(.+)$/.exec(value.toLowerCase().replace(/_/g, "-"));
    return m ? { region: regionOf(m[2], m[1]), regions: m[1] } : { unresolved: `${attribute} "${value}" names no cloud dpa-lint knows` };
  }
  return { region: regionOf(value, spec.regions ?? ""), ...spec.regions ? { regions: spec.regions } : {} };
}
function tablePlace(place, attribute, value) {
  if (typeof place === "string") return { country: place, site: value };
  if ("area" in place)
    return {
      unresolved: `${attribute} "${value}" is ${place.area}, which names no single country: dpa-lint judges countries and will not guess one; suppress with the countries the vendor names and the reason`
    };
  return { unresolved: `${attribute} "${value}" ${place.why}` };
}
function regionOf(value, regions) {
  if (regions === "azure") return value.toLowerCase().replace(/\s+/g, "");
  if (regions === "hetzner") return value.replace(/-dc\d+$/, "");
  if (regions === "gcp") return value.toLowerCase().replace(/^(\w+-\w+\d+)-[a-z]$/, "$1");
  return value;
}
function describe(expr) {
  if (expr.kind === "reference" && (expr.path[0] === "each" || expr.path[0] === "count"))
    return `it refers to ${expr.path.join(".")}, and the resource's ${expr.path[0] === "each" ? "for_each" : "count"} is not known statically`;
  if (expr.kind === "reference") return `it refers to ${expr.path.join(".")}`;
  if (expr.kind === "other") return `"${expr.text.slice(0, 40)}" is computed`;
  if (expr.kind === "conditional" || expr.kind === "call" || expr.kind === "operation" || expr.kind === "index")
    return "it is computed from values not known statically";
  return "it is not a string";
}
var MAX_REFERENCE_DEPTH = 32;
var MAX_BRANCHES = 8;
var referenceCutOffs = 0;
var Scope = class {
  constructor(module, call) {
    this.call = call;
    for (const { file, hcl } of module.files) {
      for (const block of hcl.blocks) {
        if (block.type === "variable" && block.labels[0]) {
          const def = block.attributes.get("default");
          if (def) this.define(this.variables, block.labels[0], def, file);
        } else if (block.type === "locals") for (const [name, attr2] of block.attributes) this.define(this.locals, name, attr2, file);
        else if (block.type === "resource" && block.labels.length >= 2) {
          this.resources.set(`${block.labels[0]}.${block.labels[1]}`, block);
          for (const attr2 of block.attributes.values()) this.defined.set(attr2.value, { file, offset: attr2.offset });
        } else if (block.type === "provider" && block.labels[0]) {
          const alias = scalar(block.attributes.get("alias")?.value);
          this.providers.set(typeof alias === "string" ? `${block.labels[0]}.${alias}` : block.labels[0], { block, file });
        }
      }
    }
    if (!call) for (const [name, value] of module.tfvars) this.variables.set(name, value);
  }
  call;
  /** What alternatives found for each expression in this scope. */
  branches = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  providers = /* @__PURE__ */ new Map();
  /** Where each variable default, local and resource attribute is written (not .tfvars: not linted). */
  defined = /* @__PURE__ */ new Map();
  /** The instance's each.key and each.value, in a resource with for_each (withEach). */
  each;
  define(into, name, attr2, file) {
    into.set(name, attr2.value);
    this.defined.set(attr2.value, { file, offset: attr2.offset });
  }
  /** A provider configuration by name (`aws`, `aws.eu`), with the scope its expressions resolve in. */
  providerConfig(name) {
    const own = this.providers.get(name);
    if (own) return { ...own, scope: this };
    if (!this.call) return void 0;
    const passed = this.call.block.attributes.get("providers")?.value;
    const target = passed?.kind === "object" ? passed.entries.get(name) : void 0;
    if (target?.kind === "reference") return this.call.scope.providerConfig(target.path.join("."));
    return name.includes(".") ? void 0 : this.call.scope.providerConfig(name);
  }
  /** The expression's value when it is known statically: literals, templates and references. */
  value(expr) {
    return this.resolve(expr, 0).value;
  }
  /**
   * Where a value reached through references is written: the default, local, module argument or
   * resource attribute that holds the literal (so a pull request that changes a variable's default
   * is annotated on that line). Undefined when it is the expression itself or a template.
   */
  origin(expr) {
    return this.resolve(expr, 0).origin;
  }
  resolve(expr, depth) {
    if (depth > MAX_REFERENCE_DEPTH) {
      referenceCutOffs++;
      return { value: void 0 };
    }
    switch (expr.kind) {
      case "literal":
        return { value: expr.value };
      case "template": {
        let out = "";
        for (const part of expr.parts) {
          const v = typeof part === "string" ? part : this.resolve(part, depth + 1).value;
          if (v === void 0 || v === null || typeof v === "object") return { value: void 0 };
          out += String(v);
        }
        return { value: out };
      }
      case "reference":
        return this.reference(expr.path, depth);
      case "object": {
        const out = {};
        for (const [key, item] of expr.entries) {
          const v = this.resolve(item, depth + 1).value;
          if (v === void 0) return { value: void 0 };
          out[key] = v;
        }
        return { value: out };
      }
      case "tuple": {
        const items = expr.items.map((item) => this.resolve(item, depth + 1).value);
        return { value: items.some((v) => v === void 0) ? void 0 : items };
      }
      case "conditional": {
        const condition = this.resolve(expr.condition, depth + 1).value;
        if (typeof condition !== "boolean") return { value: void 0 };
        return this.resolve(condition ? expr.then : expr.else, depth + 1);
      }
      case "call":
        return {
          value: callOf(
            expr.name,
            expr.args.map((a) => this.resolve(a, depth + 1).value)
          )
        };
      case "index": {
        const target = this.resolve(expr.target, depth + 1);
        const key = this.resolve(expr.key, depth + 1).value;
        const value = element(target.value, key);
        return { value, ...target.origin && value !== void 0 ? { origin: target.origin } : {} };
      }
      case "operation":
        return {
          value: operate(
            expr.operator,
            expr.operands.map((o) => this.resolve(o, depth + 1).value)
          )
        };
      case "other":
        return { value: void 0 };
    }
  }
  /** This scope for one instance of a resource with for_each. */
  withEach(each) {
    const instance = Object.create(Object.getPrototypeOf(this));
    return Object.assign(instance, this, { each });
  }
  reference(path, depth) {
    const [root = "", name, attr2, ...rest] = path;
    if (name === void 0) return { value: void 0 };
    if (root === "each") {
      if (!this.each || name !== "key" && name !== "value") return { value: void 0 };
      return { value: member(this.each[name], path.slice(2)) };
    }
    if ((root === "var" || root === "local") && attr2 !== void 0) {
      const whole = this.reference([root, name], depth);
      return { value: member(whole.value, path.slice(2)), ...whole.origin ? { origin: whole.origin } : {} };
    }
    if (rest.length > 0) return { value: void 0 };
    const target = this.targetOf(root, name, attr2);
    if (!target) return { value: void 0 };
    const inner = target.scope.resolve(target.expr, depth + 1);
    const passesOn = target.expr.kind === "reference" || target.expr.kind === "index";
    const here2 = (passesOn ? void 0 : target.scope.defined.get(target.expr)) ?? (this.call && target.scope === this.call.scope ? this.argumentSite(name) : void 0);
    return { value: inner.value, ...inner.origin ?? here2 ? { origin: inner.origin ?? here2 } : {} };
  }
  /** The expression a reference (var.x, local.x, a resource's attribute) leads to, and its scope. */
  targetOf(root, name, attr2) {
    if (root === "var" && attr2 === void 0) {
      const argument = this.call?.block.attributes.get(name);
      if (argument) return { expr: argument.value, scope: this.call?.scope };
      const own = this.variables.get(name);
      return own ? { expr: own, scope: this } : void 0;
    }
    if (root === "local" && attr2 === void 0) {
      const own = this.locals.get(name);
      return own ? { expr: own, scope: this } : void 0;
    }
    if (attr2 !== void 0 && root.includes("_")) {
      const own = this.resources.get(`${root}.${name}`)?.attributes.get(attr2)?.value;
      return own ? { expr: own, scope: this } : void 0;
    }
    return void 0;
  }
  /**
   * The strings an expression may be when a condition in it is not known statically
   * (`terraform.workspace == "prod" ? "us-east-1" : "eu-west-3"`, directly or through references):
   * each branch is what some run of the configuration deploys (a workspace, a variable's value),
   * so each is a place to judge. Undefined unless every branch is a known, non-empty string, and
   * beyond MAX_BRANCHES of them.
   */
  alternatives(expr, depth = 0) {
    if (this.branches.has(expr)) return this.branches.get(expr);
    this.branches.set(expr, void 0);
    const found = this.branchesOf(expr, depth);
    this.branches.set(expr, found);
    return found;
  }
  branchesOf(expr, depth) {
    if (depth > MAX_REFERENCE_DEPTH) return void 0;
    const known = this.resolve(expr, depth).value;
    if (typeof known === "string") return known === "" ? void 0 : [known];
    if (known !== void 0) return void 0;
    if (expr.kind === "conditional") {
      const condition = this.resolve(expr.condition, depth + 1).value;
      if (typeof condition === "boolean") return this.alternatives(condition ? expr.then : expr.else, depth + 1);
      const [then, otherwise] = [this.alternatives(expr.then, depth + 1), this.alternatives(expr.else, depth + 1)];
      const all = then && otherwise ? [.../* @__PURE__ */ new Set([...then, ...otherwise])] : void 0;
      return all && all.length <= MAX_BRANCHES ? all : void 0;
    }
    if (expr.kind !== "reference") return void 0;
    const [root = "", name, attr2, ...rest] = expr.path;
    if (name === void 0 || rest.length > 0) return void 0;
    const target = this.targetOf(root, name, attr2);
    return target ? target.scope.alternatives(target.expr, depth + 1) : void 0;
  }
  /** A module call's argument, in the caller's file. */
  argumentSite(name) {
    const arg = this.call?.block.attributes.get(name);
    return arg && this.call ? { file: this.call.file, offset: arg.offset } : void 0;
  }
};
function scalar(expr) {
  return expr?.kind === "literal" ? expr.value : void 0;
}
function member(value, path) {
  let v = value;
  for (const step of path) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
    v = v[step];
  }
  return v;
}
function element(collection, key) {
  if (Array.isArray(collection)) return typeof key === "number" && Number.isInteger(key) ? collection[key] : void 0;
  if (collection !== null && typeof collection === "object" && (typeof key === "string" || typeof key === "number"))
    return collection[String(key)];
  return void 0;
}
function callOf(name, args) {
  if (args.some((v) => v === void 0)) return void 0;
  switch (name) {
    case "lookup": {
      const [map, key, fallback] = args;
      if (map === null || typeof map !== "object" || Array.isArray(map) || typeof key !== "string") return void 0;
      return key in map ? map[key] : args.length === 3 ? fallback : void 0;
    }
    case "coalesce":
      return args.find((v) => v !== null && v !== "");
    case "element": {
      const [list2, index] = args;
      return Array.isArray(list2) && list2.length > 0 && typeof index === "number" && Number.isInteger(index) && index >= 0 ? list2[index % list2.length] : void 0;
    }
  }
  const [a] = args;
  if (args.length !== 1 || a === void 0) return void 0;
  switch (name) {
    case "toset":
      return Array.isArray(a) ? [...new Set(a.map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)) : void 0;
    case "tolist":
      return Array.isArray(a) ? a : void 0;
    case "tomap":
      return a !== null && typeof a === "object" && !Array.isArray(a) ? a : void 0;
    case "length":
      if (Array.isArray(a) || typeof a === "string") return a.length;
      return a !== null && typeof a === "object" ? Object.keys(a).length : void 0;
    case "lower":
      return typeof a === "string" ? a.toLowerCase() : void 0;
    case "upper":
      return typeof a === "string" ? a.toUpperCase() : void 0;
    default:
      return void 0;
  }
}
function operate(operator, operands) {
  if (operands.some((o) => o === void 0 || o !== null && typeof o === "object")) return void 0;
  const [a, b] = operands;
  switch (operator) {
    case "!":
      return typeof a === "boolean" ? !a : void 0;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "&&":
      return typeof a === "boolean" && typeof b === "boolean" ? a && b : void 0;
    case "||":
      return typeof a === "boolean" && typeof b === "boolean" ? a || b : void 0;
    default:
      return void 0;
  }
}

// packages/core/src/terraform/plan.ts
import { dirname as dirname2, join as join4, resolve as resolve4 } from "node:path";
var MAX_PLAN_BYTES = 64 * 2 ** 20;
function readPlan(path, display) {
  const read = withRegularFile(path, (fd, size) => size > MAX_PLAN_BYTES ? void 0 : readUpTo(fd, size + 1));
  if (read === void 0)
    throw new InputError(`is larger than ${MAX_PLAN_BYTES / 2 ** 20} MiB; not a plan dpa-lint reads`, { file: display });
  if (!Buffer.isBuffer(read)) throw new InputError(read.problem, { file: display });
  let json2;
  try {
    json2 = JSON.parse(read.toString("utf8"));
  } catch {
    throw new InputError("is not JSON: give the output of terraform show -json PLAN", { file: display });
  }
  const plan = json2;
  if (typeof plan !== "object" || plan === null || typeof plan.format_version !== "string")
    throw new InputError("is not a Terraform plan in JSON (no format_version): give the output of terraform show -json PLAN", {
      file: display
    });
  if (!/^1\.\d+$/.test(plan.format_version))
    throw new InputError(`is a plan of format_version ${plan.format_version}; dpa-lint reads format 1.x`, {
      file: display,
      field: "format_version"
    });
  const deleted = new Set(
    list(plan.resource_changes).filter((c) => {
      const actions = obj(c).change?.actions;
      return Array.isArray(actions) && actions.includes("delete") && !actions.includes("create");
    }).map((c) => String(obj(c).address))
  );
  const keys = providerKeys(obj(obj(plan.configuration).root_module), "");
  const resources = [];
  collectResources(obj(obj(plan.planned_values).root_module), "", keys, deleted, resources);
  const variables = new Map(Object.entries(obj(plan.variables)).map(([k, v]) => [k, obj(v).value]));
  const providers = /* @__PURE__ */ new Map();
  for (const [key, config] of Object.entries(obj(obj(plan.configuration).provider_config))) {
    const c = obj(config);
    const expressions = {};
    const unresolved = {};
    for (const [attr2, e] of Object.entries(obj(c.expressions))) {
      const expr = obj(e);
      if (typeof expr.constant_value === "string") expressions[attr2] = expr.constant_value;
      else {
        const refs = list(expr.references).filter((r) => typeof r === "string");
        const variable = refs.find((r) => r.startsWith("var."))?.slice(4);
        const value = variable !== void 0 && typeof c.module_address !== "string" ? variables.get(variable) : void 0;
        if (typeof value === "string") expressions[attr2] = value;
        else unresolved[attr2] = refs.length > 0 ? `it refers to ${refs[0]}` : "it is computed";
      }
    }
    providers.set(key, {
      name: typeof c.name === "string" ? c.name : key.split(":").pop()?.split(".")[0] ?? key,
      expressions,
      unresolved
    });
  }
  return { root: dirname2(resolve4(path)), resources, providers };
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function list(v) {
  return Array.isArray(v) ? v : [];
}
function providerKeys(module, prefix, out = /* @__PURE__ */ new Map(), depth = 0) {
  if (depth > 32) return out;
  for (const r of list(module.resources)) {
    const res = obj(r);
    if (typeof res.address === "string" && typeof res.provider_config_key === "string")
      out.set(`${prefix}${res.address}`, res.provider_config_key);
  }
  for (const [name, call] of Object.entries(obj(module.module_calls)))
    providerKeys(obj(obj(call).module), `${prefix}module.${name}.`, out, depth + 1);
  return out;
}
function collectResources(module, prefix, keys, deleted, out, depth = 0) {
  if (depth > 32) return;
  for (const r of list(module.resources)) {
    const res = obj(r);
    if (res.mode !== "managed" || typeof res.address !== "string" || typeof res.type !== "string" || deleted.has(res.address)) continue;
    const configAddress = res.address.replace(/\[[^\]]*\](?=\.|$)/g, "");
    const providerKey = keys.get(configAddress);
    out.push({
      address: res.address,
      type: res.type,
      name: typeof res.name === "string" ? res.name : "",
      module: prefix.replace(/\.$/, ""),
      values: obj(res.values),
      ...providerKey ? { providerKey } : {}
    });
  }
  for (const child of list(module.child_modules)) {
    const c = obj(child);
    collectResources(c, typeof c.address === "string" ? `${c.address}.` : prefix, keys, deleted, out, depth + 1);
  }
}
function planPlacements(plan, planFile, modules) {
  const placements = [];
  const providers = /* @__PURE__ */ new Map();
  for (const r of plan.resources) {
    const config = r.providerKey ? plan.providers.get(r.providerKey) : void 0;
    const provider = config?.name ?? r.type.split("_")[0] ?? "";
    const spec = providerSpec(provider);
    if (!spec || spec.locationless?.some((p) => r.type.startsWith(p))) continue;
    const files = modules.files.get(r.module) ?? [];
    const block = findBlock(files, "resource", [r.type, r.name]);
    const providerBlock = findProviderBlock(modules.files.get("") ?? [], r.providerKey);
    const base = { address: r.address, provider, providerConfig: r.providerKey ?? provider };
    const fallback = block ?? providerBlock ?? { file: planFile, offset: 0 };
    if (!providers.has(provider))
      providers.set(provider, {
        provider,
        vendor: spec.vendor,
        file: (providerBlock ?? fallback).file,
        offset: (providerBlock ?? fallback).block?.offset ?? 0
      });
    const written = spec.resource.find((a) => block?.block?.attributes.has(a) && typeof r.values[a] === "string" && r.values[a] !== "");
    const fromProvider = spec.provider.find((a) => config?.expressions[a] !== void 0);
    const computed = spec.resource.find((a) => typeof r.values[a] === "string" && r.values[a] !== "");
    const providerValue = fromProvider ? config?.expressions[fromProvider] : void 0;
    const own = written ?? (computed !== void 0 && String(r.values[computed]) !== providerValue ? computed : void 0);
    const byDefault = spec.defaults?.[r.type];
    const site = (attr2, where) => {
      const a = where?.block?.attributes.get(attr2);
      return { file: where?.file ?? fallback.file, offset: a?.offset ?? where?.block?.offset ?? fallback.offset ?? 0 };
    };
    if (own)
      placements.push(...expandMultiRegion({ ...base, ...site(own, block), attribute: own, ...placeOf(String(r.values[own]), spec, own) }));
    else if (byDefault)
      placements.push(
        ...expandMultiRegion({
          ...base,
          ...site("", block),
          attribute: byDefault.attribute,
          ...placeOf(byDefault.value, spec, byDefault.attribute)
        })
      );
    else if (spec.unset?.[r.type]) {
      const replicas = planReplicas(r.values, spec, base, block ?? fallback);
      appendAll(placements, replicas.length > 0 ? replicas : [{ ...base, ...site("", block), unresolved: spec.unset[r.type] }]);
      continue;
    } else if (fromProvider && config)
      placements.push(
        ...expandMultiRegion({
          ...base,
          ...site(fromProvider, providerBlock),
          attribute: fromProvider,
          ...placeOf(config.expressions[fromProvider] ?? "", spec, fromProvider)
        })
      );
    else if (spec.sites || spec.hosts) placements.push({ ...base, ...site("", providerBlock ?? block), ...defaultSite(spec) });
    else if (spec.provider.length > 0 || spec.resource.length > 0) {
      const why = config && Object.keys(config.unresolved).length > 0 ? Object.entries(config.unresolved).map(([a, w]) => `${a}: ${w}`).join("; ") : "the plan gives no location for it";
      if (spec.provider.length > 0)
        placements.push({ ...base, ...site("", block), unresolved: `${why}; dpa-lint will not guess a default` });
    }
    appendAll(placements, planReplicas(r.values, spec, base, block ?? fallback));
  }
  return { placements, providers: [...providers.values()] };
}
function planReplicas(values, spec, base, where) {
  if (!spec.replicas) return [];
  const types = Object.keys(spec.replicas);
  const written = /* @__PURE__ */ new Map();
  for (const b of where.block ? nestedBlocks(where.block, types) : []) {
    const ofType = written.get(b.type) ?? [];
    ofType.push(b);
    written.set(b.type, ofType);
  }
  const entries2 = [];
  const walk = (v, depth) => {
    if (depth > 4) return;
    for (const [key, value] of Object.entries(v))
      for (const item of list(value)) {
        const entry = obj(item);
        if (types.includes(key)) entries2.push({ type: key, entry });
        walk(entry, depth + 1);
      }
  };
  walk(values, 0);
  const seen = /* @__PURE__ */ new Map();
  return entries2.flatMap(({ type, entry }) => {
    const k = seen.get(type) ?? 0;
    seen.set(type, k + 1);
    const attribute = (spec.replicas?.[type] ?? []).find((a) => typeof entry[a] === "string" && entry[a] !== "");
    if (!attribute) return [];
    const hcl = written.get(type)?.[k];
    const at = {
      file: where.file,
      offset: hcl?.attributes.get(attribute)?.offset ?? hcl?.offset ?? where.block?.offset ?? where.offset ?? 0
    };
    const unread = spec.atlasRegions ? atlasUnread(typeof entry.provider_name === "string" ? entry.provider_name : "AWS") : void 0;
    if (unread) return [{ ...base, ...at, attribute, unresolved: unread }];
    return expandMultiRegion({ ...base, ...at, attribute, ...placeOf(String(entry[attribute]), spec, attribute) });
  });
}
function findBlock(files, type, labels) {
  return blocksOf(files).get(JSON.stringify([type, ...labels]));
}
function findProviderBlock(files, key) {
  if (!key || key.includes(":")) return void 0;
  const [name, alias] = key.split(".");
  return blocksOf(files).get(JSON.stringify(["provider", name, alias ?? null]));
}
var blockIndexes = /* @__PURE__ */ new WeakMap();
function blocksOf(files) {
  let index = blockIndexes.get(files);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const { file, hcl } of files)
    for (const block of hcl.blocks) {
      const [first, second] = block.labels;
      const key = block.type === "provider" ? JSON.stringify(["provider", first, scalar(block.attributes.get("alias")?.value) ?? null]) : JSON.stringify([block.type, first, second]);
      if (!index.has(key)) index.set(key, { file, block });
    }
  blockIndexes.set(files, index);
  return index;
}
function planModuleDirs(planJson, rootFiles) {
  const dirs = /* @__PURE__ */ new Map([["", planJson.root]]);
  for (const { hcl } of rootFiles) {
    for (const b of hcl.blocks) {
      if (b.type !== "module" || !b.labels[0]) continue;
      const source = b.attributes.get("source")?.value;
      if (source?.kind === "literal" && typeof source.value === "string" && /^\.\.?\//.test(source.value))
        dirs.set(`module.${b.labels[0]}`, join4(planJson.root, source.value));
    }
  }
  return dirs;
}

// packages/core/src/infrastructure.ts
async function checkInfrastructure(linter, named, vendorFiles, plans = [], complete = false, sources) {
  if (named.length === 0 && plans.length === 0) return [];
  const read = plans.map((p) => ({ ...p, plan: readPlan(p.path, p.display) }));
  const reader = new ModuleReader(linter, await hclParser(), sources);
  for (const dir of new Set(named.map((f) => dirname3(f)))) reader.read(dir);
  const vendors = vendorIndex(linter, vendorFiles);
  const report = (file, offset, finding) => reader.place(file, offset, finding.ruleId, finding.severity, finding.message, finding.path, finding.dpa);
  const samePlace = new SamePlace(report);
  const deployedTo = /* @__PURE__ */ new Map();
  const judgeProviders = (placements, providers) => {
    for (const use of providers) {
      const vendor = vendors.find(use);
      const countries2 = judge(
        linter,
        use,
        placements.filter((p) => sameProvider(p.provider, use.provider)),
        vendor,
        report,
        samePlace
      );
      if (!vendor) continue;
      const seen = deployedTo.get(vendor) ?? { use, countries: /* @__PURE__ */ new Set() };
      for (const c of countries2) seen.countries.add(c);
      deployedTo.set(vendor, seen);
    }
  };
  const planned = /* @__PURE__ */ new Set();
  for (const { plan, display } of read) {
    const dirs = planModuleDirs(plan, reader.read(plan.root));
    const files = new Map([...dirs].map(([address, dir]) => [address, reader.read(dir)]));
    for (const dir of dirs.values()) planned.add(resolve5(dir));
    const { placements, providers } = planPlacements(plan, display, { files });
    judgeProviders(placements, providers);
  }
  const calls = localCalls(reader, findRepositoryRoot(linter.cwd) ?? linter.cwd);
  walkModules(reader, calls, planned, (dir, call) => {
    const files = reader.read(dir);
    const tfvars = call ? /* @__PURE__ */ new Map() : readTfvars(reader.parser, dir);
    const { placements, providers, notes, scope } = modulePlacements({ files, tfvars }, call);
    for (const note of notes) reader.place(note.file, note.offset, "file/module-not-read", "warning", note.message, []);
    judgeProviders(placements, providers);
    return scope;
  });
  samePlace.flush();
  if (complete) for (const [vendor, { use, countries: countries2 }] of deployedTo) judgeUnused(linter, vendor, use, countries2, report);
  return reader.results();
}
function judgeUnused(linter, vendor, use, deployed, report) {
  const declared = linter.hostingCountries(vendor.value);
  const infrastructure = {
    provider: use.provider,
    vendor: use.vendor[0] ?? use.provider,
    vendorFile: vendor.file,
    complete: true,
    deployed: [...deployed],
    declaredEntries: declared.flatMap((country, i) => country ? [{ country, entry: `hosting[${i}]` }] : []),
    placements: [],
    unresolved: []
  };
  for (const problem of linter.checkDeployment({ ...vendor.value, hosting: [] }, infrastructure)) {
    if (problem.ruleId !== "infra/declared-not-deployed") continue;
    report(use.file, use.offset, { ...problem, path: ["provider", use.provider] });
  }
}
var MAX_MODULE_DEPTH = 8;
var MAX_MODULE_INSTANCES = 5e3;
function walkModules(reader, calls, planned, judgeOne) {
  const reached = /* @__PURE__ */ new Set();
  let instances = 0;
  let stopped = false;
  const refuse = (c, why) => reader.place(c.file, c.block.offset, "file/module-not-judged", "error", `module "${c.block.labels[0] ?? ""}" ${why}`, []);
  const walk = (dir, call, path) => {
    reached.add(dir);
    const scope = judgeOne(dir, call);
    for (const c of calls.get(dir) ?? []) {
      if (stopped) return;
      if (path.includes(c.child)) refuse(c, "closes a cycle of module calls, which Terraform refuses: not judged again");
      else if (path.length > MAX_MODULE_DEPTH)
        refuse(c, `is nested deeper than ${MAX_MODULE_DEPTH} levels of module calls: not judged as called from here`);
      else {
        reached.add(c.child);
        for (const instance of instancesOf(c.block, scope)) {
          if (stopped) return;
          if (++instances > MAX_MODULE_INSTANCES) {
            refuse(
              c,
              `is beyond the ${thousands(MAX_MODULE_INSTANCES)} module instances a run judges: it and the calls after it are not judged`
            );
            stopped = true;
            return;
          }
          const address = `${call ? `${call.address}.` : ""}module.${c.block.labels[0] ?? ""}${instance.key ?? ""}`;
          walk(c.child, { block: c.block, file: c.file, scope: instance.scope, address }, [...path, c.child]);
        }
      }
    }
  };
  const called = new Set([...calls.values()].flat().map((c) => c.child));
  const modules = [...reader.modules.keys()].filter((dir) => !planned.has(resolve5(dir)));
  for (const dir of modules) if (!called.has(dir) && !stopped) walk(dir, void 0, [dir]);
  for (const dir of modules) if (!reached.has(dir) && !stopped) walk(dir, void 0, [dir]);
}
function localCalls(reader, repository) {
  const calls = /* @__PURE__ */ new Map();
  const pending = [...reader.modules.keys()];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const dir = pending.pop();
    const list2 = [];
    for (const { file, hcl } of reader.read(dir)) {
      for (const block of hcl.blocks) {
        const source = block.type === "module" ? block.attributes.get("source")?.value : void 0;
        if (source?.kind !== "literal" || typeof source.value !== "string" || !/^\.\.?(\/|$)/.test(source.value)) continue;
        const child = resolve5(dir, source.value);
        if (!existsSync3(child)) continue;
        if (!isInside(realpathSync(child), repository)) {
          reader.place(
            file,
            block.offset,
            "file/module-not-read",
            "warning",
            `module "${block.labels[0] ?? ""}" is outside the repository (${source.value}): not read`,
            []
          );
          continue;
        }
        list2.push({ child, block, file });
        if (!seen.has(child)) {
          seen.add(child);
          reader.read(child);
          pending.push(child);
        }
      }
    }
    calls.set(dir, list2);
  }
  return calls;
}
function sameProvider(a, b) {
  return a === b || providerSpec(a) === providerSpec(b);
}
var ModuleReader = class {
  constructor(linter, parser2, sources) {
    this.linter = linter;
    this.parser = parser2;
    this.sources = sources;
  }
  linter;
  parser;
  sources;
  modules = /* @__PURE__ */ new Map();
  checked = /* @__PURE__ */ new Map();
  documents = /* @__PURE__ */ new Map();
  /** The parsed files of a module directory (read on first use; a file that does not parse is a finding). */
  read(dir) {
    const known = this.modules.get(dir);
    if (known) return known;
    const files = [];
    this.modules.set(dir, files);
    for (const path of [...moduleFiles(dir), ...moduleFiles(dir, TERRAFORM_JSON_EXTENSION)]) {
      const file = this.linter.displayName(path);
      const buffer = this.sources?.get(path);
      const read = buffer === void 0 ? readVendorFile(path) : { text: buffer };
      const result = { file, findings: [], suppressions: [], names: [] };
      this.checked.set(file, result);
      if (!("text" in read)) {
        result.findings.push(findingAt(file, "parse-error", read.problem, 1, 1));
        continue;
      }
      if (read.text.length > MAX_HCL_CHARS) {
        result.findings.push(findingAt(file, "parse-error", "the file is larger than dpa-lint reads (2 MiB)", 1, 1));
        continue;
      }
      const { source, hcl } = readTerraformSource(this.parser, file, read.text, path.endsWith(TERRAFORM_JSON_EXTENSION));
      this.documents.set(file, source);
      result.suppressions = parseSuppressions(source);
      if (source.problems.length > 0) {
        appendAll(result.findings, source.problems);
        continue;
      }
      files.push({ file, hcl });
    }
    return files;
  }
  /** Adds a finding at an offset of a file read here (a plan file's findings go on its first line). */
  place(file, offset, ruleId, severity, message, path, dpa) {
    let result = this.checked.get(file);
    if (!result) {
      result = { file, findings: [], suppressions: [], names: [] };
      this.checked.set(file, result);
    }
    const source = this.documents.get(file);
    const finding = { ...findingAt(file, ruleId, message, 1, 1, severity), path, ...dpa ? { dpa } : {} };
    result.findings.push(source ? { ...finding, ...source.lines.restOfLine(offset) } : finding);
  }
  results() {
    return [...this.checked.values()];
  }
};
function judge(linter, use, placements, vendor, report, samePlace) {
  const resolved = placements.filter((p) => p.unresolved === void 0);
  const unresolved = placements.filter((p) => p.unresolved !== void 0);
  const declared = vendor ? linter.hostingCountries(vendor.value) : [];
  const declaredEntries = vendor ? vendor.value.hosting ?? [] : [];
  const places = resolved.map(
    (p) => p.country ? { country: p.country } : { provider: p.regions, region: p.region }
  );
  const countries2 = linter.hostingCountries({ hosting: places });
  const entryIn = /* @__PURE__ */ new Map();
  declaredEntries.forEach((entry, i) => {
    const country = declared[i];
    if (country !== void 0 && !entryIn.has(country)) entryIn.set(country, entry);
  });
  const hosting = places.map((where, k) => {
    const same = countries2[k] === void 0 ? void 0 : entryIn.get(countries2[k]);
    return same && typeof same === "object" ? { ...pick(same, MECHANISM_FIELDS), ...where } : where;
  });
  const distinct = [...groupBy(resolved.keys(), (i) => JSON.stringify(hosting[i])).values()];
  const reasons = [...groupBy(unresolved.keys(), (i) => unresolved[i]?.unresolved).values()];
  samePlace.nextList();
  for (let from = 0; from === 0 || from < Math.max(distinct.length, reasons.length); from += MAX_PLACES_PER_EVALUATION) {
    const placed = distinct.slice(from, from + MAX_PLACES_PER_EVALUATION);
    const unknown = reasons.slice(from, from + MAX_PLACES_PER_EVALUATION);
    const chunk = placed.map((group) => hosting[group[0]]);
    const value = setupHosting(vendor, use, chunk);
    const infrastructure = {
      provider: use.provider,
      vendor: use.vendor[0] ?? use.provider,
      vendorFile: vendor?.file ?? null,
      declared: declared.filter((c) => c !== void 0),
      placements: placed.map((_, k) => ({ address: standIn(k) })),
      unresolved: unknown.map((group, k) => ({ address: standIn(k), why: unresolved[group[0]]?.unresolved }))
    };
    for (const problem of linter.checkDeployment(value, infrastructure)) {
      const [head, index, ...rest] = problem.path;
      const group = head === "hosting" && typeof index === "number" ? placed[index] : void 0;
      const reason = head === "infrastructure" && index === "unresolved" && typeof rest[0] === "number" ? rest[0] : void 0;
      if (group)
        for (const i of group) {
          const p = resolved[i];
          const message = problem.message.replace(
            new RegExp(`hosting\\[${index}\\]\\.(region|country)`, "g"),
            (_, field) => `${p.address} ${p.attribute ?? field}`
          ).replaceAll(standIn(index), () => p.address);
          samePlace.add(p, i, { ...problem, message: siteNamed(message, p), path: [p.address, p.attribute ?? "provider"] });
        }
      else if (reason !== void 0 && unknown[reason])
        for (const i of unknown[reason] ?? []) {
          const p = unresolved[i];
          const message = problem.message.replaceAll(standIn(reason), () => p.address);
          samePlace.add(p, i, { ...problem, message, path: [p.address, p.attribute ?? "provider"] });
        }
      else if (head === "infrastructure" && index === "provider" && from === 0)
        report(use.file, use.offset, { ...problem, path: ["provider", use.provider] });
    }
  }
  return countries2.filter((c) => c !== void 0);
}
function setupHosting(vendor, use, hosting) {
  if (vendor) return { ...vendor.value, hosting };
  return {
    apiVersion: "dpa-lint/v1",
    kind: "VendorSetup",
    metadata: { name: `terraform-${use.provider}` },
    vendor: { name: use.vendor[0] },
    hosting
  };
}
var MAX_PLACES_PER_EVALUATION = 500;
function standIn(k) {
  return `\0${k}\0`;
}
function siteNamed(message, p) {
  if (p.site === void 0 || p.attribute === void 0) return message;
  return message.replaceAll(`${p.address} ${p.attribute} "${p.country}"`, `${p.address} ${p.attribute} "${p.site}"`).replaceAll(
    `${p.address} is placed in ${p.country} (${p.country})`,
    `${p.address} ${p.attribute} "${p.site}" is placed in ${p.country}`
  );
}
var SamePlace = class {
  constructor(report) {
    this.report = report;
  }
  report;
  pending = /* @__PURE__ */ new Map();
  list = 0;
  /** The placements added next are another list's (another provider's, module instance's). */
  nextList() {
    this.list++;
  }
  /** A problem of the placement `k` of its list (the rules return them in no fixed order). */
  add(p, k, problem) {
    const key = JSON.stringify([p.file, p.offset, problem.ruleId]);
    const list2 = this.pending.get(key) ?? [];
    list2.push({ p, list: this.list, k, problem });
    this.pending.set(key, list2);
  }
  flush() {
    for (const list2 of this.pending.values()) {
      const [{ p: first, problem }, ...others] = list2.sort((a, b) => a.list - b.list || a.k - b.k);
      const names = [...new Set(others.map(({ p }) => p.address !== first.address ? p.address : p.region ?? p.country ?? p.address))];
      const more = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
      this.report(first.file, first.offset, names.length ? { ...problem, message: `${problem.message}; the same for ${more}` } : problem);
    }
    this.pending.clear();
  }
};
var MAX_HCL_CHARS = 2 * 2 ** 20;
var MECHANISM_FIELDS = ["transferMechanism", "dpfCertified", "derogationReason"];
function pick(o, keys) {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}
function vendorIndex(linter, files) {
  const docs = readSetups(linter, files).setups;
  return {
    find(use) {
      const names = use.vendor.map(normalName);
      const regions = providerSpec(use.provider)?.regions;
      const matching = docs.filter((d) => {
        const vendor = d.value.vendor;
        if (typeof vendor?.name === "string") {
          const words = ` ${normalName(vendor.name)} `;
          if (names.some((n) => words.includes(` ${n} `))) return true;
        }
        const hosting = Array.isArray(d.value.hosting) ? d.value.hosting : [];
        return regions !== void 0 && hosting.some((h) => {
          const provider = h?.provider;
          return typeof provider === "string" && canonicalProvider(provider) === regions;
        });
      });
      return matching.sort((a, b) => sharedPrefix(b.file, use.file) - sharedPrefix(a.file, use.file))[0];
    }
  };
}
function sharedPrefix(a, b) {
  const x = a.split("/").slice(0, -1);
  const y = b.split("/").slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
function normalName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function readTfvars(parser2, dir) {
  const values = /* @__PURE__ */ new Map();
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return values;
  }
  const ordered = [
    ...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)),
    ...names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")).sort()
  ];
  for (const name of ordered) {
    const read = readVendorFile(join5(dir, name));
    if (!("text" in read)) continue;
    const file = name.endsWith(".json") ? parseTfvarsJson(parser2, read.text) : parseHcl(parser2, read.text);
    for (const [key, attr2] of file.attributes) values.set(key, attr2.value);
  }
  return values;
}
function moduleFiles(dir, extension = TERRAFORM_EXTENSION) {
  try {
    return readdirSync2(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(extension)).map((e) => join5(dir, e.name));
  } catch {
    return [];
  }
}

// packages/core/src/files/link-chain.ts
import { lstatSync, readlinkSync, realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname4, isAbsolute, join as join6, parse, resolve as resolve6, sep } from "node:path";
var MAX_LINKS = 40;
function resolutionChain(path) {
  const chain = /* @__PURE__ */ new Set();
  let pending = resolve6(path);
  for (let links = 0; links <= MAX_LINKS; ) {
    const { root } = parse(pending);
    const parts = pending.slice(root.length).split(sep).filter(Boolean);
    let current = root;
    let followed = false;
    for (let i = 0; i < parts.length; i++) {
      const next = join6(current, parts[i]);
      let target;
      try {
        target = lstatSync(next).isSymbolicLink() ? readlinkSync(next) : void 0;
      } catch {
        current = join6(next, ...parts.slice(i + 1));
        break;
      }
      if (target === void 0) {
        current = next;
        continue;
      }
      chain.add(join6(next, ...parts.slice(i + 1)));
      chain.add(next);
      pending = join6(isAbsolute(target) ? target : resolve6(dirname4(next), target), ...parts.slice(i + 1));
      followed = true;
      links++;
      break;
    }
    if (!followed) {
      chain.add(current);
      break;
    }
  }
  try {
    chain.add(realpathSync2(path));
  } catch {
  }
  return [...chain];
}

// packages/core/src/lint-cache.ts
import { createHash } from "node:crypto";
import { join as join8, resolve as resolve7 } from "node:path";

// packages/core/src/files/user-dirs.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, constants as constants3, fstatSync, lstatSync as lstatSync2, mkdirSync, openSync, readFileSync as readFileSync2, statSync as statSync2, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname5, isAbsolute as isAbsolute2, join as join7 } from "node:path";
var SECRET_BYTES = 32;
function userDirectory(base, fallback) {
  if (base && isAbsolute2(base)) return base;
  try {
    return join7(homedir(), fallback);
  } catch {
    return void 0;
  }
}
function trustedDirectory(dir) {
  const uid = process.getuid?.();
  if (uid === void 0) return true;
  try {
    const own = lstatSync2(dir);
    if (!own.isDirectory() || own.uid !== uid || (own.mode & 18) !== 0) return false;
    for (let up = dirname5(dir); ; up = dirname5(up)) {
      const s = statSync2(up);
      if (s.uid !== uid && s.uid !== 0 || (s.mode & 18) !== 0 && (s.mode & 512) === 0) return false;
      if (dirname5(up) === up) return true;
    }
  } catch {
    return false;
  }
}
function ownDirectory(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  return trustedDirectory(dir) ? dir : void 0;
}
function readOwnFile(path) {
  let fd;
  try {
    fd = openSync(path, constants3.O_RDONLY | constants3.O_NOFOLLOW | constants3.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile()) return void 0;
    if (process.getuid && (s.uid !== process.getuid() || (s.mode & 63) !== 0)) return void 0;
    return readFileSync2(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function userSecret(env = process.env) {
  const state = userDirectory(env.XDG_STATE_HOME, join7(".local", "state"));
  const dir = state === void 0 ? void 0 : ownDirectory(join7(state, "dpa-lint"));
  if (dir === void 0) return void 0;
  const path = join7(dir, "compile-cache.key");
  const existing = readOwnFile(path);
  if (existing !== void 0) return existing.length === SECRET_BYTES ? existing : void 0;
  try {
    writeFileSync(path, randomBytes(SECRET_BYTES), { flag: "wx", mode: 384 });
  } catch {
  }
  const made2 = readOwnFile(path);
  return made2?.length === SECRET_BYTES ? made2 : void 0;
}
var SIGNATURE_BYTES = 32;
function signature(secret, ...parts) {
  const mac = createHmac("sha256", secret);
  for (const p of parts) mac.update(p);
  return mac.digest();
}
function signed(secret, mac, ...parts) {
  return mac.length === SIGNATURE_BYTES && timingSafeEqual(mac, signature(secret, ...parts));
}

// packages/core/src/lint-cache.ts
var MAGIC = "dpa-lint-lint-cache 1\n";
var LintCache = class _LintCache {
  constructor(path, key, secret, cwd, entries2) {
    this.path = path;
    this.key = key;
    this.secret = secret;
    this.cwd = cwd;
    this.entries = entries2;
  }
  path;
  key;
  secret;
  cwd;
  entries;
  hashes = /* @__PURE__ */ new Map();
  /** The cache for this key, or undefined when there is no trusted place or secret for one. */
  static open(options) {
    const env = options.env ?? process.env;
    const secret = userSecret(env);
    if (!secret) return void 0;
    let path;
    if (options.location) path = resolve7(options.cwd, options.location);
    else {
      const base = userDirectory(env.XDG_CACHE_HOME, ".cache");
      const dir = base === void 0 ? void 0 : ownDirectory(join8(base, "dpa-lint", "lint-cache"));
      if (dir === void 0) return void 0;
      path = join8(dir, `${digestOf(resolve7(options.repository)).slice(0, 16)}.json`);
    }
    return new _LintCache(path, options.key, secret, options.cwd, readEntries(path, options.key, secret));
  }
  /**
   * Splits files into those whose cached result stands (same bytes, same display name) and those
   * to lint. Each file's bytes are hashed once here; store() records results under that hash.
   */
  split(files, displayName) {
    const hits = [];
    const misses = [];
    for (const file of files) {
      const sha = contentHash(file);
      const entry = this.entries.get(file);
      if (sha !== void 0) this.hashes.set(file, sha);
      if (sha !== void 0 && entry && entry.sha256 === sha && entry.checked.file === displayName(file)) hits.push(entry.checked);
      else misses.push(file);
    }
    return { hits, misses };
  }
  /** Records the results of the files linted this run and writes the cache (never failing the run). */
  store(results) {
    for (const { file, checked } of results) {
      const sha = this.hashes.get(file);
      if (sha !== void 0) this.entries.set(file, { sha256: sha, checked });
    }
    const body = Buffer.from(JSON.stringify({ key: this.key, files: Object.fromEntries(this.entries) }));
    const header = Buffer.from(MAGIC);
    const mac = Buffer.from(signature(this.secret, header, body).toString("hex"));
    try {
      writeFileSafely(this.path, Buffer.concat([header, mac, Buffer.from("\n"), body]), { cwd: this.cwd });
    } catch {
    }
  }
};
function readEntries(path, key, secret) {
  const bytes = readOwnFile(path) ?? readAnyFile(path);
  const header = Buffer.from(MAGIC);
  const macEnd = header.length + SIGNATURE_BYTES * 2;
  if (!bytes || bytes.length <= macEnd + 1 || !bytes.subarray(0, header.length).equals(header)) return /* @__PURE__ */ new Map();
  const mac = Buffer.from(bytes.subarray(header.length, macEnd).toString("latin1"), "hex");
  const body = bytes.subarray(macEnd + 1);
  if (!signed(secret, mac, header, body)) return /* @__PURE__ */ new Map();
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    return parsed.key === key && parsed.files ? new Map(Object.entries(parsed.files)) : /* @__PURE__ */ new Map();
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function readAnyFile(path) {
  const read = withRegularFile(path, (fd, size) => readUpTo(fd, Math.min(size, 512 * 2 ** 20)));
  return Buffer.isBuffer(read) ? read : void 0;
}
function contentHash(file) {
  const read = withRegularFile(file, (fd) => readUpTo(fd, PARSE_LIMITS.maxBytes + 1));
  return Buffer.isBuffer(read) ? createHash("sha256").update(read).digest("hex") : void 0;
}

// packages/core/src/parallel/pool.ts
import { existsSync as existsSync4 } from "node:fs";
import { dirname as dirname6, join as join9 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PARALLEL_THRESHOLD = 1500;
var WORKER_HEAP_MB = 1024;
function defaultWorkers(files) {
  if (files < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(os().availableParallelism(), Math.ceil(files / PARALLEL_THRESHOLD)));
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
        const worker = new (workerThreads()).Worker(workerScript(), {
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
            appendAll(results, m.results);
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
  const here2 = fileURLToPath2(new URL("./worker.js", import.meta.url));
  return existsSync4(here2) ? here2 : join9(dirname6(here2), "..", "..", "dist", "parallel", "worker.js");
}

// packages/core/src/result.ts
function summarize(files, results, suppressed) {
  const count = (s) => results.filter((f) => f.severity === s).length;
  return { files, errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed: suppressed.length };
}
function fails(results, failSeverity) {
  return results.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failSeverity]);
}

// packages/core/src/run-category.ts
import { createHash as createHash2 } from "node:crypto";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve8, sep as sep2 } from "node:path";
function runCategory(root, configFile, cwd, paths) {
  const rel = (p) => {
    const r = relative3(root, resolve8(cwd, p));
    return (isAbsolute3(r) ? resolve8(cwd, p) : r || ".").split(sep2).join("/");
  };
  const key = JSON.stringify({ config: configFile === void 0 ? null : rel(configFile), paths: [...new Set(paths.map(rel))].sort() });
  return `dpa-lint/${createHash2("sha256").update(key).digest("hex").slice(0, 12)}`;
}

// packages/core/src/api.ts
async function lint(paths, options = {}) {
  const cwd = resolve9(options.cwd ?? process.cwd());
  const config = options.config ?? resolveConfig(cwd, options.configFile);
  const linter = options.linter ?? await Linter.create({ ...options, cwd, config });
  const repository = findRepositoryRoot(cwd);
  const [include, includeRoot] = config.include.length > 0 ? [config.include, config.root] : [DEFAULT_INCLUDE, cwd];
  const named = options.onlyIncluded ? [
    ...selectIncluded(expandDirectories(paths, cwd, config, repository), cwd, {
      include,
      root: includeRoot,
      exclude: config.exclude,
      excludeRoot: config.root
    }),
    // Staged .tf files under the configuration's `infrastructure`.
    ...infrastructureOf(
      paths.filter((p) => isTerraformFile(p)),
      cwd,
      config
    )
  ] : paths;
  const targets = paths.length > 0 ? named : include.map((g) => relative4(cwd, resolve9(includeRoot, g)) || ".");
  const notices = [];
  if (options.onlyIncluded && paths.length > 0 && named.length === 0) {
    const which2 = paths.length === 1 ? "the named file is not" : `none of the ${paths.length} named files is`;
    notices.push(`${which2} a vendor file the configuration includes; nothing to lint`);
  }
  const split = options.stdin ? { terraform: [], vendorTargets: [] } : splitTerraform(targets, cwd, paths.length === 0 ? config : void 0);
  const collected = options.stdin || options.onlyIncluded && named.length === 0 || split.vendorTargets.length === 0 ? { files: [], refused: /* @__PURE__ */ new Map() } : collectFiles(split.vendorTargets, cwd, { exclude: config.exclude, root: config.root, repository: repository ?? cwd });
  const changed = options.changedSince === void 0 ? void 0 : changedSince(options.changedSince, cwd);
  const isChanged = (f) => !changed || resolutionChain(f).some((p) => changed.has(p));
  const files = collected.files.filter(isChanged);
  const refused = [...collected.refused].filter(([f]) => isChanged(f)).map(([f, why]) => unlintedFile(linter.displayName(f), "file/outside-repository", why));
  const checked = options.stdin ? [linter.check(options.stdin.filename, options.stdin.text)] : await checkFiles(linter, files, options, repository ?? cwd);
  const terraform = split.terraform.filter(isChanged);
  const plans = (options.terraformPlans ?? []).map((p) => ({ path: resolve9(cwd, p), display: linter.displayName(p) }));
  if (terraform.length > 0 || plans.length > 0) {
    const complete = paths.length === 0 && !changed && (config.infrastructure?.length ?? 0) > 0;
    const run2 = { config, cwd, repository, complete, ...options.sources ? { sources: options.sources } : {} };
    appendAll(checked, await lintTerraform(linter, terraform, plans, collected.files, run2));
    options.onProgress?.(checked.length, checked.length);
  }
  appendAll(checked, refused);
  checked.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
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
    ...provenance(linter, cwd, repository ?? config.root, config.file, paths.length > 0 ? paths : targets),
    location: { cwd, root: repository ?? config.root }
  };
}
function expandDirectories(paths, cwd, config, repository) {
  return paths.flatMap((p) => {
    if (!statSync3(resolve9(cwd, p), { throwIfNoEntry: false })?.isDirectory()) return [p];
    try {
      const { files, refused } = collectFiles([p], cwd, { exclude: config.exclude, root: config.root, repository: repository ?? cwd });
      return [...files, ...refused.keys()];
    } catch {
      return [];
    }
  });
}
function splitTerraform(targets, cwd, config) {
  const terraform = /* @__PURE__ */ new Set();
  const vendorTargets = [];
  for (const t of targets) {
    if (isTerraformPath(t)) {
      const found = GLOB_CHARS.test(t) ? terraformFilesIn(t, cwd) : [resolve9(cwd, t)];
      if (found.length === 0) throw new InputError("no Terraform file matches this glob", { file: t });
      for (const f of found) terraform.add(f);
      continue;
    }
    const isDir = statSync3(resolve9(cwd, t), { throwIfNoEntry: false })?.isDirectory() === true;
    const tf = isDir ? terraformFilesIn(t, cwd) : [];
    for (const f of tf) terraform.add(f);
    if (tf.length === 0 || holdsVendorFiles(t, cwd)) vendorTargets.push(t);
  }
  for (const g of config?.infrastructure ?? []) for (const f of terraformFilesIn(resolve9(config?.root ?? cwd, g), cwd)) terraform.add(f);
  return { terraform: [...terraform].sort(), vendorTargets };
}
function infrastructureOf(tf, cwd, config) {
  if (tf.length === 0) return [];
  const read = new Set((config.infrastructure ?? []).flatMap((g) => terraformFilesIn(resolve9(config.root, g), config.root)));
  return tf.filter((p) => read.has(resolve9(cwd, p)));
}
function holdsVendorFiles(dir, cwd) {
  try {
    return collectFiles([dir], cwd).files.length > 0;
  } catch {
    return false;
  }
}
async function checkFiles(linter, files, options, repository) {
  const cwd = linter.cwd;
  const key = options.cache ? linter.resultKey() : void 0;
  const cache = key ? LintCache.open({ ...options.cache, key, repository, cwd }) : void 0;
  const { hits, misses: toLint } = cache ? cache.split(files, (f) => linter.displayName(f)) : { hits: [], misses: [...files] };
  const workers = options.workers ?? defaultWorkers(toLint.length);
  const checked = workers > 1 ? await lintInWorkers(linter.workerSetup(), toLint, workers, (f) => linter.checkFile(f), options.onProgress) : toLint.map((f, i) => {
    const r = linter.checkFile(f);
    options.onProgress?.(i + 1, toLint.length);
    return r;
  });
  cache?.store(toLint.map((file, i) => ({ file, checked: checked[i] })));
  return [...checked, ...hits];
}
async function lintTerraform(linter, terraform, plans, collected, run2) {
  const setups = /* @__PURE__ */ new Set([...collected, ...vendorSetupsOf(run2.config, run2.cwd, run2.repository)]);
  return checkInfrastructure(linter, terraform, [...setups], plans, run2.complete, run2.sources);
}
function resolveConfig(cwd, configFile) {
  const file = configFile ?? findConfig(cwd);
  return file ? loadConfig(file, cwd) : defaultConfig(cwd);
}
function provenance(linter, cwd, root, configFile, paths) {
  const policies = linter.policySources.map(
    (s) => isAbsolute4(s.location) && isInside(s.location, cwd) ? { ...s, location: relative4(cwd, s.location) || "." } : s
  );
  return { policies, category: runCategory(root, configFile, cwd, paths) };
}

// packages/core/src/formatters/printable.ts
function printable(text2) {
  return text2.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
var UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

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
  const byFile = groupBy(result.results, (f) => f.file);
  const blocks = [...byFile].map(([file, findings]) => {
    const width = maxOf(findings.map((f) => `${f.line}:${f.column}`.length));
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
    const byFile = groupBy(result.results, (f) => f.file, new Map(result.files.map((f) => [f, []])));
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
    for (const [file, list2] of byFile) {
      out.push(`  <file name="${attr(file)}">`);
      for (const f of list2) {
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
  const oneLine2 = f.endLine === void 0 || f.endLine === f.line;
  return {
    kind: KIND[f.severity],
    // Printable: the runner writes the message to the log, where ESC and bidi controls would act.
    message: printable(f.message + (f.clause ? ` (${f.clause})` : "")),
    properties: {
      title: printable(f.ruleId),
      file: f.file,
      startLine: f.line,
      ...oneLine2 ? { startColumn: f.column } : {},
      ...f.endLine !== void 0 ? { endLine: f.endLine } : {},
      ...oneLine2 && f.endColumn !== void 0 ? { endColumn: f.endColumn } : {}
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
import { relative as relative5, resolve as resolve10, sep as sep3 } from "node:path";
import { pathToFileURL } from "node:url";
function locator(result) {
  const loc = result.location;
  if (!loc) return { root: "file:///", path: (file) => file, uri: (file) => encodeURI(file) };
  const root = pathToFileURL(loc.root).href.replace(/\/?$/, "/");
  const path = (file) => relative5(loc.root, resolve10(loc.cwd, file)).split(sep3).join("/");
  return { root, path, uri: (file) => encodeURI(path(file)) };
}

// packages/core/src/formatters/sarif.ts
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
    const category = context.sarifCategory ?? result.category;
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
          tool: {
            driver: { name: "dpa-lint", version: context.toolVersion, informationUri: PROJECT_URL, rules },
            // The policy packs that judged the run, one tool component per source (provenance).
            ...result.policies ? { extensions: result.policies.map(policyComponent) } : {}
          },
          // One category per configuration and path set: a second upload in it replaces the first's alerts.
          ...category ? { automationDetails: { id: `${category}/` } } : {},
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
function policyComponent(source) {
  return {
    name: source.kind === "builtin" ? "dpa-lint built-in policies" : source.location,
    ...source.version ? { version: source.version } : {},
    properties: { kind: source.kind, location: source.location, packs: source.packs, digest: source.digest, signature: source.signature }
  };
}
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
  return crypto().createHash("sha256").update(JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path])).digest("hex").slice(0, 32);
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
      ...result.legalFacts ? { legalFacts: result.legalFacts } : {},
      ...result.policies ? { policies: result.policies } : {}
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
      const list2 = byFile.get(f.file) ?? [];
      list2.push(f);
      byFile.set(f.file, list2);
    }
    const failures = result.results.length;
    const tests = [...byFile.values()].reduce((n, list2) => n + Math.max(1, list2.length), 0);
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="dpa-lint" tests="${tests}" failures="${failures}" errors="0">`
    ];
    for (const [file, list2] of byFile) {
      out.push(`  <testsuite name="${attr(file)}" tests="${Math.max(1, list2.length)}" failures="${list2.length}" errors="0">`);
      if (list2.length === 0) out.push(`    <testcase name="${attr(file)}" classname="${attr(file)}"/>`);
      for (const f of list2) {
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
function policiesLine(sources) {
  if (!sources || sources.length === 0) return void 0;
  const one = (s) => {
    const what = s.kind === "builtin" ? `the built-in policies${s.version ? ` ${s.version}` : ""}` : `${s.location}${s.kind === "npm" && s.version ? `@${s.version}` : ""} (${s.kind})`;
    return `${what}: ${s.packs.length > 0 ? s.packs.join(", ") : "no packs"}; ${s.digest.slice(0, 19)}; ${s.signature}`;
  };
  return `Policies: ${sources.map(one).join(" | ")}.`;
}

// packages/core/src/formatters/markdown-escape.ts
function markdownText(text2) {
  return printable(oneLine(text2)).replace(/[\\`*_[\]!~|]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/:(?=\/\/)/g, "&#58;").replace(/(www)\./gi, "$1&#46;").replace(/@/g, "@&#8203;");
}
function markdownCode(text2) {
  const body = printable(oneLine(text2)).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function oneLine(text2) {
  return text2.replace(/\r\n|\r|\n/g, " ");
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
    const policies = policiesLine(result.policies);
    if (policies) lines2.push(`_${markdownText(policies)}_`, "");
    if (result.results.length > 0) {
      lines2.push("| | location | rule | message | clause |", "|---|---|---|---|---|");
      const icon = { error: "❌", warning: "⚠️", info: "ℹ️" };
      for (const f of result.results) {
        lines2.push(
          `| ${icon[f.severity]} | ${markdownCode(`${f.file}:${f.line}:${f.column}`)} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} | ${markdownText(f.clause ?? "")} |`
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
    (f) => `| ${markdownCode(`${f.file}:${f.line}:${f.column}`)} | ${markdownCode(f.ruleId)} | ${f.suppression.kind} | ${markdownText(f.suppression.reason)}${f.suppression.until ? ` (until ${markdownText(f.suppression.until)})` : ""} |`
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

// packages/core/src/formatters/registry.ts
var builtin = { stylish, compact, json, sarif, junit, github, markdown, gitlab, checkstyle };
var FORMATTERS = builtin;

// packages/core/src/formatters/types.ts
function formatContext(bundles, toolVersion, color = false, docsBase) {
  return { color, rules: bundles.flatMap((b) => b.catalogue.rules), toolVersion, ...docsBase ? { docsBase } : {} };
}

// packages/core/src/policy/load.ts
import { existsSync as existsSync9, readdirSync as readdirSync4, readFileSync as readFileSync7, statSync as statSync5 } from "node:fs";
import { basename as basename2, join as join16, resolve as resolve13 } from "node:path";

// packages/core/src/policy/catalogue-build.ts
import { existsSync as existsSync5 } from "node:fs";
import { dirname as dirname7, join as join10, relative as relative6 } from "node:path";
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
  if (rules.some((r) => r.pack === "infra"))
    packs.push({ id: "infra", kind: "infra", title: "Infrastructure (Terraform) against the vendor setups" });
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
  const docFile = join10(dirname7(a.location.file), "docs", `${name}.md`);
  const root = roots.find((r) => !relative6(r, docFile).startsWith(".."));
  const doc = existsSync5(docFile) && root ? relative6(root, docFile).split("\\").join("/") : void 0;
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
function clean(obj2) {
  return Object.fromEntries(Object.entries(obj2).filter(([, v]) => v !== void 0 && v !== ""));
}

// packages/core/src/policy/pack-terms.ts
import { existsSync as existsSync6, readdirSync as readdirSync3, readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import { basename, dirname as dirname8, extname, join as join11, relative as relative7, resolve as resolve11 } from "node:path";

// packages/core/src/schema/generated/pack-terms.validate.ts
var pack_terms_validate_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://dpa-lint.dev/schemas/pack-terms-v1.json", "title": "dpa-lint DPA pack terms (policies/dpa/<id>/data.yaml)", "description": "What a DPA pack may say: the signed DPA's terms, each with the clause and quote it comes from. A term the DPA does not state is written null, never left out (policies/README.md, 'Adding a DPA').", "type": "object", "required": ["terms"], "additionalProperties": false, "properties": { "terms": { "type": "object", "required": ["title", "governingLaw", "hosting", "subprocessors", "priorNotice", "objectionWindow", "breachNotification", "audit", "retention", "specialCategories", "clauses"], "additionalProperties": false, "properties": { "title": { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must be the DPA's title, not a TODO placeholder", "description": "The DPA's title, as `dpa-lint rules` and `terms` show it." }, "source": { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must be the DPA text's file name, not a TODO placeholder", "description": "The DPA's text file, relative to the pack, for policy check's quote verification." }, "governingLaw": { "anyOf": [{ "$ref": "#/$defs/country" }, { "type": "null" }], "description": "The country whose public holidays working days skip; null when the DPA names no law.", "x-message": "must be the ISO code of the governing law's country, such as BE, or null when the DPA names none" }, "hosting": { "type": "object", "required": ["allowed", "declared"], "additionalProperties": false, "properties": { "allowed": { "anyOf": [{ "$ref": "#/$defs/places" }, { "type": "null" }], "description": "Where the vendor may host; null when the DPA does not restrict hosting.", "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA does not restrict hosting" }, "declared": { "anyOf": [{ "$ref": "#/$defs/places" }, { "type": "null" }], "description": "What the DPA claims about where all data stays; null when it claims nothing.", "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA claims nothing" } }, "description": "The DPA's hosting commitments." }, "subprocessors": { "type": "object", "required": ["listed", "list"], "additionalProperties": false, "properties": { "listed": { "type": "boolean", "description": "Whether the DPA gives a list of sub-processors." }, "list": { "type": "array", "items": { "$ref": "#/$defs/subprocessor" }, "description": "The listed sub-processors." } }, "description": "The DPA's sub-processor list." }, "transfers": { "type": "object", "required": ["mechanisms"], "additionalProperties": false, "description": "The DPA's own transfer clause, where it narrows GDPR Chapter V; absent when it does not.", "properties": { "mechanisms": { "type": "array", "minItems": 1, "items": { "enum": ["adequacy", "dpf", "privacy-shield", "scc", "bcr", "derogation"] }, "description": "The transfer mechanisms the DPA accepts outside the EEA." }, "covers": { "type": "array", "minItems": 1, "items": { "enum": ["hosting", "subprocessors"] }, "description": "Which locations the DPA's transfer clause covers: the vendor's hosting, its sub-processors, or both." } } }, "noticeCovers": { "type": "array", "minItems": 1, "items": { "enum": ["add", "replace", "remove"] }, "description": "The changes the prior-notice clause covers, when it also covers removals." }, "priorNotice": { "$ref": "#/$defs/term", "description": "How long before a sub-processor change the vendor must give notice, or null when the DPA gives no number." }, "objectionWindow": { "$ref": "#/$defs/term", "description": "How long the controller has to object to a new sub-processor, or null when the DPA gives no number." }, "breachNotification": { "$ref": "#/$defs/term", "description": "How fast the vendor must report a personal data breach, or null ('without undue delay')." }, "audit": { "type": "object", "required": ["maxPerYear", "notice"], "additionalProperties": false, "properties": { "maxPerYear": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "null" }], "x-message": "must be a whole number, or null when the DPA sets no cap", "description": "The most audits a year the DPA allows, or null when it sets no cap." }, "uncapped": { "const": true, "description": "true when the DPA does not cap audits." }, "absent": { "const": true, "description": "true when the DPA grants no audit right at all." }, "notice": { "$ref": "#/$defs/term", "description": "The notice the DPA requires before an audit, or null." }, "noticeRef": { "$ref": "#/$defs/citation", "description": "The clause and quote of the audit-notice term, when it is not the audit right's own clause." } }, "description": "The DPA's audit right: a cap per year, the notice it requires, or uncapped / absent." }, "retention": { "type": "array", "items": { "type": "object", "required": ["category", "max", "clause", "quote"], "additionalProperties": false, "properties": { "category": { "$ref": "#/$defs/name", "description": "The data category, as vendor setups name it under retention." }, "aliases": { "type": "array", "items": { "$ref": "#/$defs/name" }, "description": "Other names setups may use for the category." }, "max": { "$ref": "#/$defs/period", "description": "The longest the DPA allows the category to be kept." }, "from": { "enum": ["collection", "capture", "creation", "last-contact", "end-of-contract", "end-of-role"], "description": "The event the limit counts from (collection when absent)." }, "clause": { "$ref": "#/$defs/clause", "description": "The DPA's clause." }, "quote": { "$ref": "#/$defs/quote", "description": "The clause's words, verbatim." }, "gloss": { "type": "string", "description": "An English gloss of a quote in another language." } }, "description": "One retention limit." }, "description": "The DPA's retention limits per data category, each with its clause and quote." }, "specialCategories": { "anyOf": [{ "type": "array", "items": { "enum": ["health", "biometric", "genetic", "racial-ethnic", "political", "religious", "trade-union", "sex-life"] } }, { "type": "null" }], "description": "The Art. 9 categories the DPA declares ([] when it declares none); null when it says nothing.", "x-message": "must be a list of Art. 9 categories (health, biometric, genetic, racial-ethnic, political, religious, trade-union, sex-life), [] when the DPA declares none, or null when it is silent" }, "citations": { "type": "object", "additionalProperties": false, "description": "One citation per term, serving every rule that reads it: the clause and quote of the DPA's notice, objection and breach terms (also where the DPA gives no number).", "properties": { "priorNotice": { "$ref": "#/$defs/citation", "description": "The clause and quote of the priorNotice term." }, "objectionWindow": { "$ref": "#/$defs/citation", "description": "The clause and quote of the objectionWindow term." }, "breachNotification": { "$ref": "#/$defs/citation", "description": "The clause and quote of the breachNotification term." }, "endOfContract": { "$ref": "#/$defs/citation", "description": "The clause and quote of the endOfContract term." } } }, "clauses": { "type": "object", "description": "The clause and quote of each shared rule that reads no single term (hosting, lists, audits, retention...), keyed by the rule's name.", "additionalProperties": { "$ref": "#/$defs/citation" } }, "endOfContract": { "type": ["object", "null"], "additionalProperties": false, "required": ["options"], "description": "(since 0.3) What happens to the personal data at the end of the services (GDPR Art. 28(3)(g)), or null when the DPA has no such clause.", "properties": { "options": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["return", "delete", "transfer"] }, "description": "What the controller may choose: return the data, delete it, or have it transferred to another processor." }, "default": { "enum": ["return", "delete", null], "description": "What happens when the controller does not choose, or null when the DPA does not say." }, "deadline": { "anyOf": [{ "$ref": "#/$defs/period" }, { "type": "null" }], "description": "How long the processor has to return or delete, or null when the DPA gives no deadline." } } } }, "description": "The signed DPA's terms, each with the clause and quote it comes from." } }, "$defs": { "country": { "type": "string", "pattern": "^[A-Z]{2}$", "x-message": "must be an ISO 3166-1 alpha-2 code such as FR" }, "places": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^([A-Z]{2}|EEA|adequacy)$", "x-message": "must be an ISO code such as FR, or EEA, or adequacy" } }, "name": { "type": "string", "minLength": 1 }, "clause": { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must name the DPA's clause, not a TODO placeholder" }, "quote": { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must be the clause's words, verbatim, not a TODO placeholder" }, "citation": { "type": "object", "required": ["clause", "quote"], "additionalProperties": false, "properties": { "clause": { "$ref": "#/$defs/clause", "description": "The DPA's clause." }, "quote": { "$ref": "#/$defs/quote", "description": "The clause's words, verbatim (original language)." }, "gloss": { "type": "string", "description": "An English gloss of a quote in another language." } }, "description": "A clause and its verbatim quote." }, "unit": { "enum": ["hours", "days", "working_days", "months", "years"], "x-message": "must be hours, days, working_days, months or years" }, "period": { "description": 'A period: {value, unit}, or as vendor files write it ("12 months").', "anyOf": [{ "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "value": { "type": "integer", "minimum": 0, "description": "The amount." }, "unit": { "$ref": "#/$defs/unit", "description": "The unit: hours, days, working_days, months or years." } }, "x-message": "must be {value, unit}, such as {value: 30, unit: days}" }, { "$ref": "#/$defs/periodText" }], "x-message": 'must be {value, unit} or a period such as "12 months", "10 working days"' }, "term": { "description": "A period the DPA states, or null when it gives no number ('without undue delay', 'in advance').", "anyOf": [{ "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "value": { "type": "integer", "minimum": 0, "description": "The amount." }, "unit": { "$ref": "#/$defs/unit", "description": "The unit: hours, days, working_days, months or years." }, "readings": { "type": "array", "minItems": 2, "items": { "$ref": "#/$defs/period" }, "description": "Every reading of an ambiguous term (Easi's 'fifteen/thirty days')." }, "ambiguity": { "type": "string", "minLength": 1, "description": "Why the term is ambiguous and which reading each check takes." } } }, { "$ref": "#/$defs/periodText" }, { "type": "null" }], "x-message": 'must be {value, unit} (units hours, days, working_days, months, years), a period such as "10 working days", or null when the DPA gives no number' }, "subprocessor": { "type": "object", "required": ["name", "country", "mechanism"], "additionalProperties": false, "properties": { "name": { "$ref": "#/$defs/name", "description": "The sub-processor's name, as the DPA lists it." }, "aliases": { "type": "array", "items": { "$ref": "#/$defs/name" }, "description": "Other names setups may use for it." }, "country": { "anyOf": [{ "$ref": "#/$defs/country" }, { "type": "null" }], "x-message": "must be an ISO code such as FR, or null when the DPA gives no server location", "description": "Where it processes data (ISO code), or null when the DPA gives no server location." }, "mechanism": { "anyOf": [{ "enum": ["eea", "adequacy", "dpf", "scc", "bcr", "derogation", "conditional"] }, { "type": "null" }], "x-message": "must be eea, adequacy, dpf, scc, bcr, derogation or conditional, or null when the DPA names none", "description": "The transfer mechanism the DPA names for it, or null when it names none." }, "clause": { "$ref": "#/$defs/clause", "description": "The clause (row) of the DPA's list it comes from." }, "quote": { "$ref": "#/$defs/quote", "description": "That row's words, verbatim." }, "gloss": { "type": "string", "description": "An English gloss of a quote in another language." } }, "description": "One sub-processor the DPA lists." }, "periodText": { "type": "string", "pattern": "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$", "description": 'A period as vendor files write it: "10 working days", "1 month", "48 hours".' } } };
var schema32 = { "type": "string", "pattern": "^[A-Z]{2}$", "x-message": "must be an ISO 3166-1 alpha-2 code such as FR" };
var schema33 = { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^([A-Z]{2}|EEA|adequacy)$", "x-message": "must be an ISO code such as FR, or EEA, or adequacy" } };
var schema36 = { "type": "string", "minLength": 1 };
var schema39 = { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must name the DPA's clause, not a TODO placeholder" };
var schema40 = { "type": "string", "minLength": 1, "not": { "pattern": "TODO" }, "x-message": "must be the clause's words, verbatim, not a TODO placeholder" };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("TODO", "u");
var pattern6 = new RegExp("^[A-Z]{2}$", "u");
var pattern7 = new RegExp("^([A-Z]{2}|EEA|adequacy)$", "u");
var schema35 = { "type": "object", "required": ["name", "country", "mechanism"], "additionalProperties": false, "properties": { "name": { "$ref": "#/$defs/name", "description": "The sub-processor's name, as the DPA lists it." }, "aliases": { "type": "array", "items": { "$ref": "#/$defs/name" }, "description": "Other names setups may use for it." }, "country": { "anyOf": [{ "$ref": "#/$defs/country" }, { "type": "null" }], "x-message": "must be an ISO code such as FR, or null when the DPA gives no server location", "description": "Where it processes data (ISO code), or null when the DPA gives no server location." }, "mechanism": { "anyOf": [{ "enum": ["eea", "adequacy", "dpf", "scc", "bcr", "derogation", "conditional"] }, { "type": "null" }], "x-message": "must be eea, adequacy, dpf, scc, bcr, derogation or conditional, or null when the DPA names none", "description": "The transfer mechanism the DPA names for it, or null when it names none." }, "clause": { "$ref": "#/$defs/clause", "description": "The clause (row) of the DPA's list it comes from." }, "quote": { "$ref": "#/$defs/quote", "description": "That row's words, verbatim." }, "gloss": { "type": "string", "description": "An English gloss of a quote in another language." } }, "description": "One sub-processor the DPA lists." };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.country === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mechanism === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mechanism" }, message: "must have required property 'mechanism'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "aliases" || key0 === "country" || key0 === "mechanism" || key0 === "clause" || key0 === "quote" || key0 === "gloss")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data1 = data.aliases;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err6 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.aliases.type, parentSchema: schema35.properties.aliases, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data3 = data.country;
      const _errs11 = errors;
      let valid5 = false;
      const _errs12 = errors;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err9 = { instancePath: instancePath + "/country", schemaPath: "#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/country", schemaPath: "#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      valid5 = valid5 || _valid0;
      const _errs16 = errors;
      if (data3 !== null) {
        const err11 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema35.properties.country.anyOf[1].type, parentSchema: schema35.properties.country.anyOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const err12 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.properties.country.anyOf, parentSchema: schema35.properties.country, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.mechanism !== void 0) {
      let data4 = data.mechanism;
      const _errs20 = errors;
      let valid7 = false;
      const _errs21 = errors;
      if (!(data4 === "eea" || data4 === "adequacy" || data4 === "dpf" || data4 === "scc" || data4 === "bcr" || data4 === "derogation" || data4 === "conditional")) {
        const err13 = { instancePath: instancePath + "/mechanism", schemaPath: "#/properties/mechanism/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.properties.mechanism.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.mechanism.anyOf[0].enum, parentSchema: schema35.properties.mechanism.anyOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs21 === errors;
      valid7 = valid7 || _valid1;
      const _errs22 = errors;
      if (data4 !== null) {
        const err14 = { instancePath: instancePath + "/mechanism", schemaPath: "#/properties/mechanism/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema35.properties.mechanism.anyOf[1].type, parentSchema: schema35.properties.mechanism.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const err15 = { instancePath: instancePath + "/mechanism", schemaPath: "#/properties/mechanism/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.properties.mechanism.anyOf, parentSchema: schema35.properties.mechanism, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.clause !== void 0) {
      let data5 = data.clause;
      const _errs28 = errors;
      const _errs29 = errors;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      var valid9 = _errs29 === errors;
      if (valid9) {
        const err17 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema39.not, parentSchema: schema39, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs28;
        if (vErrors !== null) {
          if (_errs28) {
            vErrors.length = _errs28;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err18 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.quote !== void 0) {
      let data6 = data.quote;
      const _errs34 = errors;
      const _errs35 = errors;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err20 = {};
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      var valid11 = _errs35 === errors;
      if (valid11) {
        const err21 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema40.not, parentSchema: schema40, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs34;
        if (vErrors !== null) {
          if (_errs34) {
            vErrors.length = _errs34;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err22 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.gloss !== void 0) {
      let data7 = data.gloss;
      if (typeof data7 !== "string") {
        const err24 = { instancePath: instancePath + "/gloss", schemaPath: "#/properties/gloss/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.gloss.type, parentSchema: schema35.properties.gloss, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema41 = { "description": "A period the DPA states, or null when it gives no number ('without undue delay', 'in advance').", "anyOf": [{ "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "value": { "type": "integer", "minimum": 0, "description": "The amount." }, "unit": { "$ref": "#/$defs/unit", "description": "The unit: hours, days, working_days, months or years." }, "readings": { "type": "array", "minItems": 2, "items": { "$ref": "#/$defs/period" }, "description": "Every reading of an ambiguous term (Easi's 'fifteen/thirty days')." }, "ambiguity": { "type": "string", "minLength": 1, "description": "Why the term is ambiguous and which reading each check takes." } } }, { "$ref": "#/$defs/periodText" }, { "type": "null" }], "x-message": 'must be {value, unit} (units hours, days, working_days, months, years), a period such as "10 working days", or null when the DPA gives no number' };
var schema42 = { "enum": ["hours", "days", "working_days", "months", "years"], "x-message": "must be hours, days, working_days, months or years" };
var schema45 = { "type": "string", "pattern": "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$", "description": 'A period as vendor files write it: "10 working days", "1 month", "48 hours".' };
var schema43 = { "description": 'A period: {value, unit}, or as vendor files write it ("12 months").', "anyOf": [{ "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "value": { "type": "integer", "minimum": 0, "description": "The amount." }, "unit": { "$ref": "#/$defs/unit", "description": "The unit: hours, days, working_days, months or years." } }, "x-message": "must be {value, unit}, such as {value: 30, unit: days}" }, { "$ref": "#/$defs/periodText" }], "x-message": 'must be {value, unit} or a period such as "12 months", "10 working days"' };
var pattern12 = new RegExp("^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema43.anyOf[0].required, parentSchema: schema43.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema43.anyOf[0].required, parentSchema: schema43.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "unit")) {
        const err2 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/0/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.anyOf[0].properties.value.type, parentSchema: schema43.anyOf[0].properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/0/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.anyOf[0].properties.value, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.unit !== void 0) {
      let data1 = data.unit;
      if (!(data1 === "hours" || data1 === "days" || data1 === "working_days" || data1 === "months" || data1 === "years")) {
        const err5 = { instancePath: instancePath + "/unit", schemaPath: "#/$defs/unit/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.anyOf[0].type, parentSchema: schema43.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs10 = errors;
  if (typeof data === "string") {
    if (!pattern12.test(data)) {
      const err7 = { instancePath, schemaPath: "#/$defs/periodText/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$" }, message: 'must match pattern "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$"', schema: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$", parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/$defs/periodText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs10 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.anyOf, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate24.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema41.anyOf[0].required, parentSchema: schema41.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema41.anyOf[0].required, parentSchema: schema41.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "unit" || key0 === "readings" || key0 === "ambiguity")) {
        const err2 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/0/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.anyOf[0].properties.value.type, parentSchema: schema41.anyOf[0].properties.value, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/value", schemaPath: "#/anyOf/0/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.anyOf[0].properties.value, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.unit !== void 0) {
      let data1 = data.unit;
      if (!(data1 === "hours" || data1 === "days" || data1 === "working_days" || data1 === "months" || data1 === "years")) {
        const err5 = { instancePath: instancePath + "/unit", schemaPath: "#/$defs/unit/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.readings !== void 0) {
      let data2 = data.readings;
      if (Array.isArray(data2)) {
        if (data2.length < 2) {
          const err6 = { instancePath: instancePath + "/readings", schemaPath: "#/anyOf/0/properties/readings/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema41.anyOf[0].properties.readings, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data2[i0], { instancePath: instancePath + "/readings/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/readings", schemaPath: "#/anyOf/0/properties/readings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.anyOf[0].properties.readings.type, parentSchema: schema41.anyOf[0].properties.readings, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ambiguity !== void 0) {
      let data4 = data.ambiguity;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err8 = { instancePath: instancePath + "/ambiguity", schemaPath: "#/anyOf/0/properties/ambiguity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.anyOf[0].properties.ambiguity, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/ambiguity", schemaPath: "#/anyOf/0/properties/ambiguity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.anyOf[0].properties.ambiguity.type, parentSchema: schema41.anyOf[0].properties.ambiguity, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.anyOf[0].type, parentSchema: schema41.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props1 = true;
  }
  const _errs14 = errors;
  if (typeof data === "string") {
    if (!pattern12.test(data)) {
      const err11 = { instancePath, schemaPath: "#/$defs/periodText/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$" }, message: 'must match pattern "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$"', schema: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$", parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/$defs/periodText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  var _valid0 = _errs14 === errors;
  valid0 = valid0 || _valid0;
  const _errs17 = errors;
  if (data !== null) {
    const err13 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema41.anyOf[2].type, parentSchema: schema41.anyOf[2], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  var _valid0 = _errs17 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err14 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema41.anyOf, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate23.errors = vErrors;
  evaluated0.props = props1;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema47 = { "type": "object", "required": ["clause", "quote"], "additionalProperties": false, "properties": { "clause": { "$ref": "#/$defs/clause", "description": "The DPA's clause." }, "quote": { "$ref": "#/$defs/quote", "description": "The clause's words, verbatim (original language)." }, "gloss": { "type": "string", "description": "An English gloss of a quote in another language." } }, "description": "A clause and its verbatim quote." };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clause === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clause" }, message: "must have required property 'clause'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.quote === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quote" }, message: "must have required property 'quote'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "clause" || key0 === "quote" || key0 === "gloss")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.clause !== void 0) {
      let data0 = data.clause;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid2 = _errs6 === errors;
      if (valid2) {
        const err4 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema39.not, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.quote !== void 0) {
      let data1 = data.quote;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var valid4 = _errs12 === errors;
      if (valid4) {
        const err8 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema40.not, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err9 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/quote", schemaPath: "#/$defs/quote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.gloss !== void 0) {
      let data2 = data.gloss;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/gloss", schemaPath: "#/properties/gloss/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.gloss.type, parentSchema: schema47.properties.gloss, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.terms === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "terms" }, message: "must have required property 'terms'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "terms")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.terms !== void 0) {
      let data0 = data.terms;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.title === void 0) {
          const err2 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.governingLaw === void 0) {
          const err3 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "governingLaw" }, message: "must have required property 'governingLaw'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.hosting === void 0) {
          const err4 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "hosting" }, message: "must have required property 'hosting'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.subprocessors === void 0) {
          const err5 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "subprocessors" }, message: "must have required property 'subprocessors'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.priorNotice === void 0) {
          const err6 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "priorNotice" }, message: "must have required property 'priorNotice'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.objectionWindow === void 0) {
          const err7 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "objectionWindow" }, message: "must have required property 'objectionWindow'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.breachNotification === void 0) {
          const err8 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "breachNotification" }, message: "must have required property 'breachNotification'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.audit === void 0) {
          const err9 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "audit" }, message: "must have required property 'audit'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0.retention === void 0) {
          const err10 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "retention" }, message: "must have required property 'retention'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data0.specialCategories === void 0) {
          const err11 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "specialCategories" }, message: "must have required property 'specialCategories'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0.clauses === void 0) {
          const err12 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/required", keyword: "required", params: { missingProperty: "clauses" }, message: "must have required property 'clauses'", schema: schema31.properties.terms.required, parentSchema: schema31.properties.terms, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!func1.call(schema31.properties.terms.properties, key1)) {
            const err13 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms, data: data0 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.title !== void 0) {
          let data1 = data0.title;
          const _errs7 = errors;
          const _errs8 = errors;
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err14 = {};
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var valid2 = _errs8 === errors;
          if (valid2) {
            const err15 = { instancePath: instancePath + "/terms/title", schemaPath: "#/properties/terms/properties/title/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.terms.properties.title.not, parentSchema: schema31.properties.terms.properties.title, data: data1 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err16 = { instancePath: instancePath + "/terms/title", schemaPath: "#/properties/terms/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.terms.properties.title, data: data1 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/terms/title", schemaPath: "#/properties/terms/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.terms.properties.title.type, parentSchema: schema31.properties.terms.properties.title, data: data1 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.source !== void 0) {
          let data2 = data0.source;
          const _errs12 = errors;
          const _errs13 = errors;
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err18 = {};
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid3 = _errs13 === errors;
          if (valid3) {
            const err19 = { instancePath: instancePath + "/terms/source", schemaPath: "#/properties/terms/properties/source/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema31.properties.terms.properties.source.not, parentSchema: schema31.properties.terms.properties.source, data: data2 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs12;
            if (vErrors !== null) {
              if (_errs12) {
                vErrors.length = _errs12;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err20 = { instancePath: instancePath + "/terms/source", schemaPath: "#/properties/terms/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.terms.properties.source, data: data2 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/terms/source", schemaPath: "#/properties/terms/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.terms.properties.source.type, parentSchema: schema31.properties.terms.properties.source, data: data2 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.governingLaw !== void 0) {
          let data3 = data0.governingLaw;
          const _errs16 = errors;
          let valid4 = false;
          const _errs17 = errors;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err22 = { instancePath: instancePath + "/terms/governingLaw", schemaPath: "#/$defs/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema32, data: data3 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/terms/governingLaw", schemaPath: "#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          valid4 = valid4 || _valid0;
          const _errs21 = errors;
          if (data3 !== null) {
            const err24 = { instancePath: instancePath + "/terms/governingLaw", schemaPath: "#/properties/terms/properties/governingLaw/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.governingLaw.anyOf[1].type, parentSchema: schema31.properties.terms.properties.governingLaw.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          valid4 = valid4 || _valid0;
          if (!valid4) {
            const err25 = { instancePath: instancePath + "/terms/governingLaw", schemaPath: "#/properties/terms/properties/governingLaw/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.governingLaw.anyOf, parentSchema: schema31.properties.terms.properties.governingLaw, data: data3 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.hosting !== void 0) {
          let data4 = data0.hosting;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.allowed === void 0) {
              const err26 = { instancePath: instancePath + "/terms/hosting", schemaPath: "#/properties/terms/properties/hosting/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'", schema: schema31.properties.terms.properties.hosting.required, parentSchema: schema31.properties.terms.properties.hosting, data: data4 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data4.declared === void 0) {
              const err27 = { instancePath: instancePath + "/terms/hosting", schemaPath: "#/properties/terms/properties/hosting/required", keyword: "required", params: { missingProperty: "declared" }, message: "must have required property 'declared'", schema: schema31.properties.terms.properties.hosting.required, parentSchema: schema31.properties.terms.properties.hosting, data: data4 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key2 in data4) {
              if (!(key2 === "allowed" || key2 === "declared")) {
                const err28 = { instancePath: instancePath + "/terms/hosting", schemaPath: "#/properties/terms/properties/hosting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.hosting, data: data4 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data4.allowed !== void 0) {
              let data5 = data4.allowed;
              const _errs28 = errors;
              let valid7 = false;
              const _errs29 = errors;
              if (Array.isArray(data5)) {
                if (data5.length < 1) {
                  const err29 = { instancePath: instancePath + "/terms/hosting/allowed", schemaPath: "#/$defs/places/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (typeof data6 === "string") {
                    if (!pattern7.test(data6)) {
                      const err30 = { instancePath: instancePath + "/terms/hosting/allowed/" + i0, schemaPath: "#/$defs/places/items/pattern", keyword: "pattern", params: { pattern: "^([A-Z]{2}|EEA|adequacy)$" }, message: 'must match pattern "^([A-Z]{2}|EEA|adequacy)$"', schema: "^([A-Z]{2}|EEA|adequacy)$", parentSchema: schema33.items, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/terms/hosting/allowed/" + i0, schemaPath: "#/$defs/places/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/terms/hosting/allowed", schemaPath: "#/$defs/places/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data: data5 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid1 = _errs29 === errors;
              valid7 = valid7 || _valid1;
              const _errs35 = errors;
              if (data5 !== null) {
                const err33 = { instancePath: instancePath + "/terms/hosting/allowed", schemaPath: "#/properties/terms/properties/hosting/properties/allowed/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.hosting.properties.allowed.anyOf[1].type, parentSchema: schema31.properties.terms.properties.hosting.properties.allowed.anyOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              var _valid1 = _errs35 === errors;
              valid7 = valid7 || _valid1;
              if (!valid7) {
                const err34 = { instancePath: instancePath + "/terms/hosting/allowed", schemaPath: "#/properties/terms/properties/hosting/properties/allowed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.hosting.properties.allowed.anyOf, parentSchema: schema31.properties.terms.properties.hosting.properties.allowed, data: data5 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.declared !== void 0) {
              let data7 = data4.declared;
              const _errs39 = errors;
              let valid11 = false;
              const _errs40 = errors;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err35 = { instancePath: instancePath + "/terms/hosting/declared", schemaPath: "#/$defs/places/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (typeof data8 === "string") {
                    if (!pattern7.test(data8)) {
                      const err36 = { instancePath: instancePath + "/terms/hosting/declared/" + i1, schemaPath: "#/$defs/places/items/pattern", keyword: "pattern", params: { pattern: "^([A-Z]{2}|EEA|adequacy)$" }, message: 'must match pattern "^([A-Z]{2}|EEA|adequacy)$"', schema: "^([A-Z]{2}|EEA|adequacy)$", parentSchema: schema33.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/terms/hosting/declared/" + i1, schemaPath: "#/$defs/places/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/terms/hosting/declared", schemaPath: "#/$defs/places/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data: data7 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid2 = _errs40 === errors;
              valid11 = valid11 || _valid2;
              const _errs46 = errors;
              if (data7 !== null) {
                const err39 = { instancePath: instancePath + "/terms/hosting/declared", schemaPath: "#/properties/terms/properties/hosting/properties/declared/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.hosting.properties.declared.anyOf[1].type, parentSchema: schema31.properties.terms.properties.hosting.properties.declared.anyOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid2 = _errs46 === errors;
              valid11 = valid11 || _valid2;
              if (!valid11) {
                const err40 = { instancePath: instancePath + "/terms/hosting/declared", schemaPath: "#/properties/terms/properties/hosting/properties/declared/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.hosting.properties.declared.anyOf, parentSchema: schema31.properties.terms.properties.hosting.properties.declared, data: data7 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              } else {
                errors = _errs39;
                if (vErrors !== null) {
                  if (_errs39) {
                    vErrors.length = _errs39;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/terms/hosting", schemaPath: "#/properties/terms/properties/hosting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.hosting.type, parentSchema: schema31.properties.terms.properties.hosting, data: data4 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0.subprocessors !== void 0) {
          let data9 = data0.subprocessors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.listed === void 0) {
              const err42 = { instancePath: instancePath + "/terms/subprocessors", schemaPath: "#/properties/terms/properties/subprocessors/required", keyword: "required", params: { missingProperty: "listed" }, message: "must have required property 'listed'", schema: schema31.properties.terms.properties.subprocessors.required, parentSchema: schema31.properties.terms.properties.subprocessors, data: data9 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data9.list === void 0) {
              const err43 = { instancePath: instancePath + "/terms/subprocessors", schemaPath: "#/properties/terms/properties/subprocessors/required", keyword: "required", params: { missingProperty: "list" }, message: "must have required property 'list'", schema: schema31.properties.terms.properties.subprocessors.required, parentSchema: schema31.properties.terms.properties.subprocessors, data: data9 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "listed" || key3 === "list")) {
                const err44 = { instancePath: instancePath + "/terms/subprocessors", schemaPath: "#/properties/terms/properties/subprocessors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.subprocessors, data: data9 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data9.listed !== void 0) {
              let data10 = data9.listed;
              if (typeof data10 !== "boolean") {
                const err45 = { instancePath: instancePath + "/terms/subprocessors/listed", schemaPath: "#/properties/terms/properties/subprocessors/properties/listed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.terms.properties.subprocessors.properties.listed.type, parentSchema: schema31.properties.terms.properties.subprocessors.properties.listed, data: data10 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data9.list !== void 0) {
              let data11 = data9.list;
              if (Array.isArray(data11)) {
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (!validate21(data11[i2], { instancePath: instancePath + "/terms/subprocessors/list/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/terms/subprocessors/list", schemaPath: "#/properties/terms/properties/subprocessors/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.subprocessors.properties.list.type, parentSchema: schema31.properties.terms.properties.subprocessors.properties.list, data: data11 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/terms/subprocessors", schemaPath: "#/properties/terms/properties/subprocessors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.subprocessors.type, parentSchema: schema31.properties.terms.properties.subprocessors, data: data9 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data0.transfers !== void 0) {
          let data13 = data0.transfers;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.mechanisms === void 0) {
              const err48 = { instancePath: instancePath + "/terms/transfers", schemaPath: "#/properties/terms/properties/transfers/required", keyword: "required", params: { missingProperty: "mechanisms" }, message: "must have required property 'mechanisms'", schema: schema31.properties.terms.properties.transfers.required, parentSchema: schema31.properties.terms.properties.transfers, data: data13 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key4 in data13) {
              if (!(key4 === "mechanisms" || key4 === "covers")) {
                const err49 = { instancePath: instancePath + "/terms/transfers", schemaPath: "#/properties/terms/properties/transfers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.transfers, data: data13 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data13.mechanisms !== void 0) {
              let data14 = data13.mechanisms;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  const err50 = { instancePath: instancePath + "/terms/transfers/mechanisms", schemaPath: "#/properties/terms/properties/transfers/properties/mechanisms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.terms.properties.transfers.properties.mechanisms, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                const len3 = data14.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data15 = data14[i3];
                  if (!(data15 === "adequacy" || data15 === "dpf" || data15 === "privacy-shield" || data15 === "scc" || data15 === "bcr" || data15 === "derogation")) {
                    const err51 = { instancePath: instancePath + "/terms/transfers/mechanisms/" + i3, schemaPath: "#/properties/terms/properties/transfers/properties/mechanisms/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.transfers.properties.mechanisms.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.transfers.properties.mechanisms.items.enum, parentSchema: schema31.properties.terms.properties.transfers.properties.mechanisms.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/terms/transfers/mechanisms", schemaPath: "#/properties/terms/properties/transfers/properties/mechanisms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.transfers.properties.mechanisms.type, parentSchema: schema31.properties.terms.properties.transfers.properties.mechanisms, data: data14 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data13.covers !== void 0) {
              let data16 = data13.covers;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err53 = { instancePath: instancePath + "/terms/transfers/covers", schemaPath: "#/properties/terms/properties/transfers/properties/covers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.terms.properties.transfers.properties.covers, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                const len4 = data16.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data17 = data16[i4];
                  if (!(data17 === "hosting" || data17 === "subprocessors")) {
                    const err54 = { instancePath: instancePath + "/terms/transfers/covers/" + i4, schemaPath: "#/properties/terms/properties/transfers/properties/covers/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.transfers.properties.covers.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.transfers.properties.covers.items.enum, parentSchema: schema31.properties.terms.properties.transfers.properties.covers.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/terms/transfers/covers", schemaPath: "#/properties/terms/properties/transfers/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.transfers.properties.covers.type, parentSchema: schema31.properties.terms.properties.transfers.properties.covers, data: data16 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/terms/transfers", schemaPath: "#/properties/terms/properties/transfers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.transfers.type, parentSchema: schema31.properties.terms.properties.transfers, data: data13 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data0.noticeCovers !== void 0) {
          let data18 = data0.noticeCovers;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              const err57 = { instancePath: instancePath + "/terms/noticeCovers", schemaPath: "#/properties/terms/properties/noticeCovers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.terms.properties.noticeCovers, data: data18 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            const len5 = data18.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data19 = data18[i5];
              if (!(data19 === "add" || data19 === "replace" || data19 === "remove")) {
                const err58 = { instancePath: instancePath + "/terms/noticeCovers/" + i5, schemaPath: "#/properties/terms/properties/noticeCovers/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.noticeCovers.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.noticeCovers.items.enum, parentSchema: schema31.properties.terms.properties.noticeCovers.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/terms/noticeCovers", schemaPath: "#/properties/terms/properties/noticeCovers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.noticeCovers.type, parentSchema: schema31.properties.terms.properties.noticeCovers, data: data18 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data0.priorNotice !== void 0) {
          if (!validate23(data0.priorNotice, { instancePath: instancePath + "/terms/priorNotice", parentData: data0, parentDataProperty: "priorNotice", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data0.objectionWindow !== void 0) {
          if (!validate23(data0.objectionWindow, { instancePath: instancePath + "/terms/objectionWindow", parentData: data0, parentDataProperty: "objectionWindow", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data0.breachNotification !== void 0) {
          if (!validate23(data0.breachNotification, { instancePath: instancePath + "/terms/breachNotification", parentData: data0, parentDataProperty: "breachNotification", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data0.audit !== void 0) {
          let data23 = data0.audit;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.maxPerYear === void 0) {
              const err60 = { instancePath: instancePath + "/terms/audit", schemaPath: "#/properties/terms/properties/audit/required", keyword: "required", params: { missingProperty: "maxPerYear" }, message: "must have required property 'maxPerYear'", schema: schema31.properties.terms.properties.audit.required, parentSchema: schema31.properties.terms.properties.audit, data: data23 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data23.notice === void 0) {
              const err61 = { instancePath: instancePath + "/terms/audit", schemaPath: "#/properties/terms/properties/audit/required", keyword: "required", params: { missingProperty: "notice" }, message: "must have required property 'notice'", schema: schema31.properties.terms.properties.audit.required, parentSchema: schema31.properties.terms.properties.audit, data: data23 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            for (const key5 in data23) {
              if (!(key5 === "maxPerYear" || key5 === "uncapped" || key5 === "absent" || key5 === "notice" || key5 === "noticeRef")) {
                const err62 = { instancePath: instancePath + "/terms/audit", schemaPath: "#/properties/terms/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.audit, data: data23 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data23.maxPerYear !== void 0) {
              let data24 = data23.maxPerYear;
              const _errs76 = errors;
              let valid26 = false;
              const _errs77 = errors;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                const err63 = { instancePath: instancePath + "/terms/audit/maxPerYear", schemaPath: "#/properties/terms/properties/audit/properties/maxPerYear/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf[0].type, parentSchema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err64 = { instancePath: instancePath + "/terms/audit/maxPerYear", schemaPath: "#/properties/terms/properties/audit/properties/maxPerYear/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf[0], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs77 === errors;
              valid26 = valid26 || _valid3;
              const _errs79 = errors;
              if (data24 !== null) {
                const err65 = { instancePath: instancePath + "/terms/audit/maxPerYear", schemaPath: "#/properties/terms/properties/audit/properties/maxPerYear/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf[1].type, parentSchema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var _valid3 = _errs79 === errors;
              valid26 = valid26 || _valid3;
              if (!valid26) {
                const err66 = { instancePath: instancePath + "/terms/audit/maxPerYear", schemaPath: "#/properties/terms/properties/audit/properties/maxPerYear/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.audit.properties.maxPerYear.anyOf, parentSchema: schema31.properties.terms.properties.audit.properties.maxPerYear, data: data24 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              } else {
                errors = _errs76;
                if (vErrors !== null) {
                  if (_errs76) {
                    vErrors.length = _errs76;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data23.uncapped !== void 0) {
              let data25 = data23.uncapped;
              if (true !== data25) {
                const err67 = { instancePath: instancePath + "/terms/audit/uncapped", schemaPath: "#/properties/terms/properties/audit/properties/uncapped/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema31.properties.terms.properties.audit.properties.uncapped, data: data25 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data23.absent !== void 0) {
              let data26 = data23.absent;
              if (true !== data26) {
                const err68 = { instancePath: instancePath + "/terms/audit/absent", schemaPath: "#/properties/terms/properties/audit/properties/absent/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema31.properties.terms.properties.audit.properties.absent, data: data26 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data23.notice !== void 0) {
              if (!validate23(data23.notice, { instancePath: instancePath + "/terms/audit/notice", parentData: data23, parentDataProperty: "notice", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
            if (data23.noticeRef !== void 0) {
              if (!validate30(data23.noticeRef, { instancePath: instancePath + "/terms/audit/noticeRef", parentData: data23, parentDataProperty: "noticeRef", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/terms/audit", schemaPath: "#/properties/terms/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.audit.type, parentSchema: schema31.properties.terms.properties.audit, data: data23 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data0.retention !== void 0) {
          let data29 = data0.retention;
          if (Array.isArray(data29)) {
            const len6 = data29.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data30 = data29[i6];
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.category === void 0) {
                  const err70 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema31.properties.terms.properties.retention.items.required, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (data30.max === void 0) {
                  const err71 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema31.properties.terms.properties.retention.items.required, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (data30.clause === void 0) {
                  const err72 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/required", keyword: "required", params: { missingProperty: "clause" }, message: "must have required property 'clause'", schema: schema31.properties.terms.properties.retention.items.required, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (data30.quote === void 0) {
                  const err73 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/required", keyword: "required", params: { missingProperty: "quote" }, message: "must have required property 'quote'", schema: schema31.properties.terms.properties.retention.items.required, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                for (const key6 in data30) {
                  if (!(key6 === "category" || key6 === "aliases" || key6 === "max" || key6 === "from" || key6 === "clause" || key6 === "quote" || key6 === "gloss")) {
                    const err74 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data30.category !== void 0) {
                  let data31 = data30.category;
                  if (typeof data31 === "string") {
                    if (func2(data31) < 1) {
                      const err75 = { instancePath: instancePath + "/terms/retention/" + i6 + "/category", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/terms/retention/" + i6 + "/category", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data30.aliases !== void 0) {
                  let data32 = data30.aliases;
                  if (Array.isArray(data32)) {
                    const len7 = data32.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data33 = data32[i7];
                      if (typeof data33 === "string") {
                        if (func2(data33) < 1) {
                          const err77 = { instancePath: instancePath + "/terms/retention/" + i6 + "/aliases/" + i7, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data33 };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      } else {
                        const err78 = { instancePath: instancePath + "/terms/retention/" + i6 + "/aliases/" + i7, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/terms/retention/" + i6 + "/aliases", schemaPath: "#/properties/terms/properties/retention/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.retention.items.properties.aliases.type, parentSchema: schema31.properties.terms.properties.retention.items.properties.aliases, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data30.max !== void 0) {
                  if (!validate24(data30.max, { instancePath: instancePath + "/terms/retention/" + i6 + "/max", parentData: data30, parentDataProperty: "max", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data30.from !== void 0) {
                  let data35 = data30.from;
                  if (!(data35 === "collection" || data35 === "capture" || data35 === "creation" || data35 === "last-contact" || data35 === "end-of-contract" || data35 === "end-of-role")) {
                    const err80 = { instancePath: instancePath + "/terms/retention/" + i6 + "/from", schemaPath: "#/properties/terms/properties/retention/items/properties/from/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.retention.items.properties.from.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.retention.items.properties.from.enum, parentSchema: schema31.properties.terms.properties.retention.items.properties.from, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data30.clause !== void 0) {
                  let data36 = data30.clause;
                  const _errs104 = errors;
                  const _errs105 = errors;
                  if (typeof data36 === "string") {
                    if (!pattern4.test(data36)) {
                      const err81 = {};
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  var valid35 = _errs105 === errors;
                  if (valid35) {
                    const err82 = { instancePath: instancePath + "/terms/retention/" + i6 + "/clause", schemaPath: "#/$defs/clause/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema39.not, parentSchema: schema39, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  } else {
                    errors = _errs104;
                    if (vErrors !== null) {
                      if (_errs104) {
                        vErrors.length = _errs104;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (typeof data36 === "string") {
                    if (func2(data36) < 1) {
                      const err83 = { instancePath: instancePath + "/terms/retention/" + i6 + "/clause", schemaPath: "#/$defs/clause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/terms/retention/" + i6 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data30.quote !== void 0) {
                  let data37 = data30.quote;
                  const _errs110 = errors;
                  const _errs111 = errors;
                  if (typeof data37 === "string") {
                    if (!pattern4.test(data37)) {
                      const err85 = {};
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                  var valid37 = _errs111 === errors;
                  if (valid37) {
                    const err86 = { instancePath: instancePath + "/terms/retention/" + i6 + "/quote", schemaPath: "#/$defs/quote/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema40.not, parentSchema: schema40, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  } else {
                    errors = _errs110;
                    if (vErrors !== null) {
                      if (_errs110) {
                        vErrors.length = _errs110;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (typeof data37 === "string") {
                    if (func2(data37) < 1) {
                      const err87 = { instancePath: instancePath + "/terms/retention/" + i6 + "/quote", schemaPath: "#/$defs/quote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/terms/retention/" + i6 + "/quote", schemaPath: "#/$defs/quote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data30.gloss !== void 0) {
                  let data38 = data30.gloss;
                  if (typeof data38 !== "string") {
                    const err89 = { instancePath: instancePath + "/terms/retention/" + i6 + "/gloss", schemaPath: "#/properties/terms/properties/retention/items/properties/gloss/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.terms.properties.retention.items.properties.gloss.type, parentSchema: schema31.properties.terms.properties.retention.items.properties.gloss, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/terms/retention/" + i6, schemaPath: "#/properties/terms/properties/retention/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.retention.items.type, parentSchema: schema31.properties.terms.properties.retention.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/terms/retention", schemaPath: "#/properties/terms/properties/retention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.retention.type, parentSchema: schema31.properties.terms.properties.retention, data: data29 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data0.specialCategories !== void 0) {
          let data39 = data0.specialCategories;
          const _errs116 = errors;
          let valid38 = false;
          const _errs117 = errors;
          if (Array.isArray(data39)) {
            const len8 = data39.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data40 = data39[i8];
              if (!(data40 === "health" || data40 === "biometric" || data40 === "genetic" || data40 === "racial-ethnic" || data40 === "political" || data40 === "religious" || data40 === "trade-union" || data40 === "sex-life")) {
                const err92 = { instancePath: instancePath + "/terms/specialCategories/" + i8, schemaPath: "#/properties/terms/properties/specialCategories/anyOf/0/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.specialCategories.anyOf[0].items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.specialCategories.anyOf[0].items.enum, parentSchema: schema31.properties.terms.properties.specialCategories.anyOf[0].items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/terms/specialCategories", schemaPath: "#/properties/terms/properties/specialCategories/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.specialCategories.anyOf[0].type, parentSchema: schema31.properties.terms.properties.specialCategories.anyOf[0], data: data39 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          var _valid4 = _errs117 === errors;
          valid38 = valid38 || _valid4;
          const _errs120 = errors;
          if (data39 !== null) {
            const err94 = { instancePath: instancePath + "/terms/specialCategories", schemaPath: "#/properties/terms/properties/specialCategories/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.specialCategories.anyOf[1].type, parentSchema: schema31.properties.terms.properties.specialCategories.anyOf[1], data: data39 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          var _valid4 = _errs120 === errors;
          valid38 = valid38 || _valid4;
          if (!valid38) {
            const err95 = { instancePath: instancePath + "/terms/specialCategories", schemaPath: "#/properties/terms/properties/specialCategories/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.specialCategories.anyOf, parentSchema: schema31.properties.terms.properties.specialCategories, data: data39 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          } else {
            errors = _errs116;
            if (vErrors !== null) {
              if (_errs116) {
                vErrors.length = _errs116;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.citations !== void 0) {
          let data41 = data0.citations;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key7 in data41) {
              if (!(key7 === "priorNotice" || key7 === "objectionWindow" || key7 === "breachNotification" || key7 === "endOfContract")) {
                const err96 = { instancePath: instancePath + "/terms/citations", schemaPath: "#/properties/terms/properties/citations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.citations, data: data41 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data41.priorNotice !== void 0) {
              if (!validate30(data41.priorNotice, { instancePath: instancePath + "/terms/citations/priorNotice", parentData: data41, parentDataProperty: "priorNotice", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
            if (data41.objectionWindow !== void 0) {
              if (!validate30(data41.objectionWindow, { instancePath: instancePath + "/terms/citations/objectionWindow", parentData: data41, parentDataProperty: "objectionWindow", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
            if (data41.breachNotification !== void 0) {
              if (!validate30(data41.breachNotification, { instancePath: instancePath + "/terms/citations/breachNotification", parentData: data41, parentDataProperty: "breachNotification", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
            if (data41.endOfContract !== void 0) {
              if (!validate30(data41.endOfContract, { instancePath: instancePath + "/terms/citations/endOfContract", parentData: data41, parentDataProperty: "endOfContract", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/terms/citations", schemaPath: "#/properties/terms/properties/citations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.citations.type, parentSchema: schema31.properties.terms.properties.citations, data: data41 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data0.clauses !== void 0) {
          let data46 = data0.clauses;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key8 in data46) {
              if (!validate30(data46[key8], { instancePath: instancePath + "/terms/clauses/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data46, parentDataProperty: key8, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/terms/clauses", schemaPath: "#/properties/terms/properties/clauses/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.properties.clauses.type, parentSchema: schema31.properties.terms.properties.clauses, data: data46 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data0.endOfContract !== void 0) {
          let data48 = data0.endOfContract;
          if (!(data48 && typeof data48 == "object" && !Array.isArray(data48)) && data48 !== null) {
            const err99 = { instancePath: instancePath + "/terms/endOfContract", schemaPath: "#/properties/terms/properties/endOfContract/type", keyword: "type", params: { type: schema31.properties.terms.properties.endOfContract.type }, message: "must be object,null", schema: schema31.properties.terms.properties.endOfContract.type, parentSchema: schema31.properties.terms.properties.endOfContract, data: data48 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.options === void 0) {
              const err100 = { instancePath: instancePath + "/terms/endOfContract", schemaPath: "#/properties/terms/properties/endOfContract/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property 'options'", schema: schema31.properties.terms.properties.endOfContract.required, parentSchema: schema31.properties.terms.properties.endOfContract, data: data48 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            for (const key9 in data48) {
              if (!(key9 === "options" || key9 === "default" || key9 === "deadline")) {
                const err101 = { instancePath: instancePath + "/terms/endOfContract", schemaPath: "#/properties/terms/properties/endOfContract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.terms.properties.endOfContract, data: data48 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data48.options !== void 0) {
              let data49 = data48.options;
              if (Array.isArray(data49)) {
                if (data49.length < 1) {
                  const err102 = { instancePath: instancePath + "/terms/endOfContract/options", schemaPath: "#/properties/terms/properties/endOfContract/properties/options/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.terms.properties.endOfContract.properties.options, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                const len9 = data49.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data50 = data49[i9];
                  if (!(data50 === "return" || data50 === "delete" || data50 === "transfer")) {
                    const err103 = { instancePath: instancePath + "/terms/endOfContract/options/" + i9, schemaPath: "#/properties/terms/properties/endOfContract/properties/options/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.endOfContract.properties.options.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.endOfContract.properties.options.items.enum, parentSchema: schema31.properties.terms.properties.endOfContract.properties.options.items, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                let i10 = data49.length;
                let j0;
                if (i10 > 1) {
                  outer0: for (; i10--; ) {
                    for (j0 = i10; j0--; ) {
                      if (func0(data49[i10], data49[j0])) {
                        const err104 = { instancePath: instancePath + "/terms/endOfContract/options", schemaPath: "#/properties/terms/properties/endOfContract/properties/options/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i10 + " are identical)", schema: true, parentSchema: schema31.properties.terms.properties.endOfContract.properties.options, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/terms/endOfContract/options", schemaPath: "#/properties/terms/properties/endOfContract/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.terms.properties.endOfContract.properties.options.type, parentSchema: schema31.properties.terms.properties.endOfContract.properties.options, data: data49 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data48.default !== void 0) {
              let data51 = data48.default;
              if (!(data51 === "return" || data51 === "delete" || data51 === null)) {
                const err106 = { instancePath: instancePath + "/terms/endOfContract/default", schemaPath: "#/properties/terms/properties/endOfContract/properties/default/enum", keyword: "enum", params: { allowedValues: schema31.properties.terms.properties.endOfContract.properties.default.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.terms.properties.endOfContract.properties.default.enum, parentSchema: schema31.properties.terms.properties.endOfContract.properties.default, data: data51 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data48.deadline !== void 0) {
              let data52 = data48.deadline;
              const _errs142 = errors;
              let valid47 = false;
              const _errs143 = errors;
              if (!validate24(data52, { instancePath: instancePath + "/terms/endOfContract/deadline", parentData: data48, parentDataProperty: "deadline", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var _valid5 = _errs143 === errors;
              valid47 = valid47 || _valid5;
              const _errs144 = errors;
              if (data52 !== null) {
                const err107 = { instancePath: instancePath + "/terms/endOfContract/deadline", schemaPath: "#/properties/terms/properties/endOfContract/properties/deadline/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.terms.properties.endOfContract.properties.deadline.anyOf[1].type, parentSchema: schema31.properties.terms.properties.endOfContract.properties.deadline.anyOf[1], data: data52 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              var _valid5 = _errs144 === errors;
              valid47 = valid47 || _valid5;
              if (!valid47) {
                const err108 = { instancePath: instancePath + "/terms/endOfContract/deadline", schemaPath: "#/properties/terms/properties/endOfContract/properties/deadline/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.terms.properties.endOfContract.properties.deadline.anyOf, parentSchema: schema31.properties.terms.properties.endOfContract.properties.deadline, data: data52 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              } else {
                errors = _errs142;
                if (vErrors !== null) {
                  if (_errs142) {
                    vErrors.length = _errs142;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.terms.type, parentSchema: schema31.properties.terms, data: data0 };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
  } else {
    const err110 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err110];
    } else {
      vErrors.push(err110);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/core/src/policy/pack-terms.ts
var validatePackTerms = schemaValidator(pack_terms_schema_default, pack_terms_validate_default);
var KNOWN_KEYS = [...new Set(collectKeys(pack_terms_schema_default))].sort();
function collectKeys(node) {
  if (Array.isArray(node)) return node.flatMap(collectKeys);
  if (node === null || typeof node !== "object") return [];
  const o = node;
  const own = o.properties && typeof o.properties === "object" ? Object.keys(o.properties) : [];
  return [...own, ...Object.values(o).flatMap(collectKeys)];
}
function findPackTermsFiles(location) {
  if (statSync4(location).isFile()) {
    const stem = basename(location, extname(location));
    return [{ id: stem === "data" ? basename(dirname8(resolve11(location))) : stem, file: location }];
  }
  if (existsSync6(join11(location, "data.yaml"))) return [{ id: basename(location), file: join11(location, "data.yaml") }];
  const dpa = join11(location, "dpa");
  if (!existsSync6(dpa)) return [];
  return readdirSync3(dpa).sort().filter((id) => existsSync6(join11(dpa, id, "data.yaml"))).map((id) => ({ id, file: join11(dpa, id, "data.yaml") }));
}
function checkPackTerms(file, display, sharedRules) {
  const checked = checkPackTermsText(readFileSync3(file, "utf8"), display, sharedRules);
  const problems = checked.problems.map((p) => `${display}:${p.line}:${p.column}: ${p.message}`);
  if (problems.length > 0 || !checked.terms) return { problems };
  const at = (path, message, atKey) => {
    const { line, column } = checked.position(path, atKey);
    return `${display}:${line}:${column}: ${message}`;
  };
  return { terms: checked.terms, at, problems };
}
function checkPackTermsText(text2, display, sharedRules) {
  const parsed = parseYamlText(display, text2);
  const problems = parsed.problems.map((f) => ({ ...positionFields(f), message: f.message }));
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== void 0);
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!doc || problems.length > 0)
    return { position: () => start, problems: problems.length > 0 ? problems : [{ ...start, message: "holds no terms" }] };
  const position = (path, atKey = false) => doc.position(path, atKey);
  const at = (path, message, atKey = false) => {
    problems.push({ ...positionFields(position(path, atKey)), message });
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
  return { ...problems.length === 0 ? { terms: terms ?? {} } : {}, position, problems };
}
function positionFields(p) {
  return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
function didYouMean(word, candidates) {
  const near = nearest(word, candidates);
  return near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "";
}
function readPackTerms(location, cwd, sharedRules) {
  const packs = [];
  const problems = [];
  for (const { id, file } of findPackTermsFiles(location)) {
    const checked = checkPackTerms(file, relative7(cwd, file) || file, sharedRules);
    problems.push(...checked.problems);
    if (checked.terms && checked.at) packs.push({ id, file, terms: checked.terms, at: checked.at });
  }
  return { packs, problems };
}

// packages/core/src/policy/build.ts
import { cpSync, readFileSync as readFileSync4, rmSync as rmSync2 } from "node:fs";
import { dirname as dirname10, join as join13, relative as relative8, resolve as resolve12, sep as sep4 } from "node:path";

// packages/core/src/policy/tools.ts
import { existsSync as existsSync7 } from "node:fs";
import { delimiter, dirname as dirname9, join as join12 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var here = dirname9(fileURLToPath3(import.meta.url));
var repoRoot = join12(here, "..", "..", "..", "..");
var inCheckout = existsSync7(join12(repoRoot, "packages", "core", "src", "policy", "tools.ts"));
var BUILTIN_POLICIES_DIR = [join12(here, "policies"), ...inCheckout ? [] : [join12(here, "..", "..", "policies")]].find((d) => existsSync7(d)) ?? join12(repoRoot, "policies");
var NOT_DATA = ["capabilities.json", "catalogue.json", "*.md", "tests", ".bundle"];
function ignoreArgs(extra = []) {
  return [...NOT_DATA, ...extra].flatMap((p) => ["--ignore", p]);
}
function findOpa(env = process.env) {
  const candidates = [
    env.DPA_LINT_OPA,
    join12(repoRoot, ".tools", "bin", "opa"),
    ...(env.PATH ?? "").split(delimiter).map((d) => join12(d, "opa"))
  ];
  const found = candidates.find((c) => typeof c === "string" && c !== "" && existsSync7(c));
  if (found) return found;
  const v = readBundle().catalogue.opaVersion;
  throw new PolicyError(
    `OPA is needed for policy commands on packs with Rego (packs of terms only need none): install OPA ${v} (go install github.com/open-policy-agent/opa@${v}, or its release binary) and set DPA_LINT_OPA to it or put opa on the PATH; in a checkout, npm run tools`
  );
}
function opaVersion(opa) {
  return /^Version: (.*)$/m.exec(childProcess().execFileSync(opa, ["version"], { encoding: "utf8" }))?.[1] ?? "unknown";
}

// packages/core/src/policy/build.ts
var SHARED_POLICY_PART_NAMES = ["lib", "shared", "main"];
var SHARED_POLICY_PARTS = SHARED_POLICY_PART_NAMES.map((d) => join13(BUILTIN_POLICIES_DIR, d));
function buildPolicies(options) {
  const dirs = options.dirs.map((d) => resolve12(d));
  const out = resolve12(options.outDir);
  const userDirs = dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR) || dirs.length === 1);
  const capabilities = options.capabilities ?? join13(BUILTIN_POLICIES_DIR, "capabilities.json");
  const tarball = join13(out, "bundle.tar.gz");
  const cwd = options.cwd ?? process.cwd();
  const writing = { display: relative8(cwd, out) || out, cwd };
  makeDirectorySafely(out, writing);
  writeFileSafely(tarball, "", writing);
  const opa = (args, cwd2) => {
    try {
      return childProcess().execFileSync(options.opa, args, {
        cwd: cwd2,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"]
      });
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
      "-e",
      INDEX_ENTRYPOINT,
      "--capabilities",
      capabilities,
      ...ignoreArgs(["*_test.rego"]),
      "-o",
      tarball,
      ...dirs.map((d) => relative8(base, d) || ".")
    ],
    base
  );
  const annotations = dirs.flatMap(
    (d) => JSON.parse(opa(["inspect", "-a", "--format", "json", d])).annotations ?? []
  );
  const inspect = { annotations };
  const data = JSON.parse(readTarGz(readFileSync4(tarball)).get("/data.json")?.toString("utf8") ?? "{}");
  const roots = [BUILTIN_POLICIES_DIR, ...dirs.filter((d) => !d.startsWith(BUILTIN_POLICIES_DIR))];
  const { catalogue, docs, problems } = buildCatalogue(inspect, data, roots, `v${opaVersion(options.opa)}`);
  if (problems.length > 0) throw new PolicyError(`the rules' METADATA is incomplete:
${problems.join("\n")}`, { file: dirs.join(", ") });
  const shared = (catalogue.sharedRules ?? []).map((r) => r.name);
  const termProblems = dirs.flatMap((d) => readPackTerms(d, process.cwd(), shared).problems);
  if (termProblems.length > 0) throw new PolicyError(termProblems.join("; "), { field: "pack terms" });
  if (!catalogue.packs.some((p) => p.kind === "gdpr")) linkDocs(catalogue, options.docsBase);
  writeCatalogue(tarball, catalogue, options.signing, writing);
  removeDirectorySafely(join13(out, "docs"), writing);
  for (const [doc, source] of docs) copyFileSafely(source, join13(out, "docs", doc), writing);
  return catalogue;
}
function writeCatalogue(tarball, catalogue, signing, writing) {
  const catalogueText = `${JSON.stringify(catalogue, null, 1)}
`;
  let signed2;
  try {
    if (signing) signed2 = signedTarball(readFileSync4(tarball), catalogueText, signing);
  } catch (error2) {
    rmSync2(tarball, { force: true });
    throw error2 instanceof PolicyError ? error2 : new PolicyError(`cannot sign: ${describeThrown(error2)}`, { field: "--sign-key" });
  }
  writeFileSafely(join13(dirname10(tarball), "catalogue.json"), catalogueText, writing);
  if (signed2) writeFileSafely(tarball, signed2, writing);
}
function linkDocs(catalogue, docsBase) {
  const shared = new Set((catalogue.sharedRules ?? []).map((r) => r.name));
  for (const rule of catalogue.rules) {
    if (docsBase) rule.docsUrl = `${docsBase.replace(/\/?$/, "/")}${rule.pack}/${rule.name}`;
    else if (shared.has(rule.name)) rule.docsUrl = sharedRuleDocsUrl(rule.name);
  }
}
function commonParent(dirs) {
  const parts = dirs.map((d) => dirname10(d).split(sep4));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep4) || sep4;
}
function signedTarball(tarball, catalogueText, signing) {
  const files = readTarGz(tarball);
  const claims = { [CATALOGUE_CLAIM]: catalogueClaim(catalogueText) };
  files.set(SIGNATURES_FILE, Buffer.from(signBundleFiles(files, signing.key, { ...signing, claims })));
  return writeTarGz(files);
}

// packages/core/src/policy/oci-pack.ts
import { existsSync as existsSync8, mkdirSync as mkdirSync2, readFileSync as readFileSync6, renameSync, rmSync as rmSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname11, join as join15 } from "node:path";

// packages/core/src/files/oci-client.ts
import { createHash as createHash3 } from "node:crypto";

// packages/core/src/files/registry-credentials.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join14 } from "node:path";
function registryCredentials(registry, env = process.env) {
  const username = env.DPA_LINT_REGISTRY_USERNAME;
  const password = env.DPA_LINT_REGISTRY_PASSWORD;
  if (username && password) return { username, password };
  return dockerConfigCredentials(registry, env);
}
function dockerConfigCredentials(registry, env) {
  let config;
  try {
    const dir = env.DOCKER_CONFIG ?? join14(homedir2(), ".docker");
    config = JSON.parse(readFileSync5(join14(dir, "config.json"), "utf8"));
  } catch {
    return void 0;
  }
  const auths = config?.auths && typeof config.auths === "object" ? config.auths : {};
  const entry = Object.entries(auths).find(([key]) => key.replace(/^https?:\/\//, "").replace(/\/.*$/, "") === registry)?.[1];
  if (!entry || typeof entry !== "object") return void 0;
  if (typeof entry.username === "string" && typeof entry.password === "string")
    return { username: entry.username, password: entry.password };
  if (typeof entry.auth !== "string") return void 0;
  const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : void 0;
}

// packages/core/src/files/oci-client.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var MAX_MANIFEST_BYTES = 4 * 2 ** 20;
var MAX_BLOB_BYTES = 64 * 2 ** 20;
var TIMEOUT_MS = 3e4;
function sha256Digest(bytes) {
  return `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
}
var RegistryClient = class {
  constructor(ref, env = process.env) {
    this.ref = ref;
    this.base = registryUrl(ref.registry);
    this.credentials = registryCredentials(ref.registry, env);
  }
  ref;
  authorization;
  base;
  credentials;
  /** Uploads a blob unless the registry has it (monolithic upload: POST, then PUT with the digest). */
  async pushBlob(bytes, digest = sha256Digest(bytes)) {
    const head = await this.request("HEAD", `blobs/${digest}`);
    if (head.ok) return;
    const start = await this.request("POST", "blobs/uploads/");
    const location = start.headers.get("location");
    if (start.status !== 202 || !location) throw this.refused("starting an upload", start);
    const url = new URL(location, `${this.base}/`);
    url.searchParams.set("digest", digest);
    const put = await this.request("PUT", url, bytes, { "content-type": "application/octet-stream" });
    if (put.status !== 201) throw this.refused(`uploading blob ${digest}`, put);
  }
  /** Puts a manifest under a tag (or its digest); returns its digest. */
  async pushManifest(bytes, reference) {
    const put = await this.request("PUT", `manifests/${reference}`, bytes, { "content-type": OCI_MANIFEST });
    if (put.status !== 201) throw this.refused("putting the manifest", put);
    return sha256Digest(bytes);
  }
  /** The manifest the reference names (its digest, else its tag), checked against the digest. */
  async manifest() {
    const reference = this.ref.digest ?? this.ref.tag ?? "";
    const res = await this.request("GET", `manifests/${reference}`, void 0, {
      accept: [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST].join(", ")
    });
    if (res.status === 404)
      throw this.error(`the registry has no ${this.ref.digest ? "manifest of that digest" : `tag ${this.ref.tag ?? ""}`}`);
    if (!res.ok) throw this.refused("reading the manifest", res);
    const bytes = await capped(res, MAX_MANIFEST_BYTES, this.error("the manifest is larger than 4 MiB"));
    const digest = sha256Digest(bytes);
    if (this.ref.digest && digest !== this.ref.digest)
      throw this.error(`the registry served a manifest of digest ${digest}, not the pinned one`);
    let manifest;
    try {
      manifest = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw this.error("the manifest is not JSON");
    }
    const type = manifest.mediaType ?? res.headers.get("content-type") ?? "";
    if (type !== OCI_MANIFEST || !Array.isArray(manifest.layers))
      throw this.error(`is ${type || "an unknown kind of manifest"}, not an OCI image manifest: not a dpa-lint pack`);
    return { bytes, digest, manifest };
  }
  /** A blob by its descriptor, checked against its digest and size. */
  async blob(descriptor2) {
    if (!/^sha256:[0-9a-f]{64}$/.test(descriptor2.digest)) throw this.error(`a layer's digest "${descriptor2.digest}" is not sha256`);
    if (!(descriptor2.size >= 0 && descriptor2.size <= MAX_BLOB_BYTES)) throw this.error("a layer is larger than 64 MiB");
    const res = await this.request("GET", `blobs/${descriptor2.digest}`);
    if (!res.ok) throw this.refused(`reading blob ${descriptor2.digest}`, res);
    const bytes = await capped(res, MAX_BLOB_BYTES, this.error("a layer is larger than 64 MiB"));
    if (bytes.length !== descriptor2.size || sha256Digest(bytes) !== descriptor2.digest)
      throw this.error(`blob ${descriptor2.digest} does not have that digest and size`);
    return bytes;
  }
  async request(method, path, body, headers = {}) {
    const url = path instanceof URL ? path : new URL(`${this.base}/v2/${this.ref.repository}/${path}`);
    const send = () => fetch(url, {
      method,
      headers: { ...headers, ...this.authorization ? { authorization: this.authorization } : {} },
      ...body ? { body: new Uint8Array(body) } : {},
      signal: AbortSignal.timeout(TIMEOUT_MS)
    }).catch((error2) => {
      throw this.error(`cannot reach the registry (${causeOf(error2)})`);
    });
    const first = await send();
    if (first.status !== 401 || this.authorization !== void 0) return first;
    await first.body?.cancel();
    this.authorization = await this.authorize(first.headers.get("www-authenticate") ?? "");
    return this.authorization ? send() : first;
  }
  /** The Authorization header a 401's challenge asks for: Basic with the credentials, or a token. */
  async authorize(challenge) {
    const basic = this.credentials ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString("base64")}` : void 0;
    if (/^basic\b/i.test(challenge)) {
      if (!basic)
        throw this.error("the registry asks for credentials, and none are set (DPA_LINT_REGISTRY_USERNAME and _PASSWORD, or docker login)");
      return basic;
    }
    if (!/^bearer\b/i.test(challenge)) return void 0;
    const params = Object.fromEntries(
      [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""])
    );
    if (!params.realm) return void 0;
    const realm = new URL(params.realm);
    if (realm.protocol !== "https:" && registryUrl(realm.host).startsWith("https:"))
      throw this.error(`the token service ${realm.origin} is not HTTPS`);
    if (params.service) realm.searchParams.set("service", params.service);
    realm.searchParams.set("scope", params.scope ?? `repository:${this.ref.repository}:pull,push`);
    const res = await fetch(realm, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(
      (error2) => {
        throw this.error(`cannot reach the registry's token service (${causeOf(error2)})`);
      }
    );
    if (!res.ok) throw this.refused("asking the token service", res);
    const body = await res.json().catch(() => ({}));
    const token = typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : void 0;
    return token ? `Bearer ${token}` : void 0;
  }
  error(message) {
    return new InputError(message, { field: formatOciRef(this.ref) });
  }
  refused(what, res) {
    const why = res.status === 401 || res.status === 403 ? " (the credentials were refused, or none were given)" : "";
    return this.error(`the registry answered ${res.status} ${res.statusText} ${what}${why}`);
  }
};
async function capped(res, max, tooLarge) {
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > max) throw tooLarge;
  const chunks = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (; ; ) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.length;
    if (size > max) {
      await reader?.cancel();
      throw tooLarge;
    }
    chunks.push(Buffer.from(next.value));
  }
  return Buffer.concat(chunks);
}
function causeOf(error2) {
  const cause = error2.cause;
  if (error2 instanceof Error && error2.name === "TimeoutError") return "no answer in 30 s";
  return cause?.code ?? cause?.message ?? (error2 instanceof Error ? error2.message : String(error2));
}

// packages/core/src/policy/oci-pack.ts
var BUNDLE_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
var CATALOGUE_LAYER = "application/vnd.dpa-lint.catalogue.v1+json";
function ociCacheDir(env = process.env) {
  const base = userDirectory(env.XDG_CACHE_HOME, ".cache");
  if (base === void 0) throw new InputError("no cache directory for OCI packs: set XDG_CACHE_HOME");
  return join15(base, "dpa-lint", "oci");
}
async function fetchOciPacks(entries2, field, env = process.env) {
  const resolved = /* @__PURE__ */ new Map();
  for (const entry of entries2.filter(isOciPack)) {
    const ref = parseOciRef(entry, field);
    const cache = ociCacheDir(env);
    if (ref.digest && cachedPackDir(cache, ref, ref.digest)) {
      resolved.set(entry, ref.digest);
      continue;
    }
    const digest = await pullPack(ref, cache, env);
    if (ref.tag) writeTag(cache, ref, digest);
    resolved.set(entry, digest);
  }
  return resolved;
}
async function pullPack(ref, cache, env) {
  const client = new RegistryClient(ref, env);
  const { bytes, digest, manifest } = await client.manifest();
  const [bundle, catalogue] = packLayers(manifest, formatOciRef(ref, digest));
  if (cachedPackDir(cache, ref, digest)) return digest;
  const target = packDir(cache, digest);
  const partial = `${target}.partial-${process.pid}`;
  rmSync3(partial, { recursive: true, force: true });
  mkdirSync2(partial, { recursive: true, mode: 448 });
  writeFileSync2(join15(partial, "manifest.json"), bytes);
  writeFileSync2(join15(partial, "bundle.tar.gz"), await client.blob(bundle));
  writeFileSync2(join15(partial, "catalogue.json"), await client.blob(catalogue));
  rmSync3(target, { recursive: true, force: true });
  mkdirSync2(dirname11(target), { recursive: true, mode: 448 });
  renameSync(partial, target);
  return digest;
}
function packLayers(manifest, source) {
  const bundle = manifest.layers.find((l) => l?.mediaType === BUNDLE_LAYER);
  const catalogue = manifest.layers.find((l) => l?.mediaType === CATALOGUE_LAYER);
  if (!bundle || !catalogue)
    throw new PolicyError(
      `is not a dpa-lint pack: its manifest has no ${bundle ? "catalogue" : "bundle"} layer (${bundle ? CATALOGUE_LAYER : BUNDLE_LAYER}); push packs with dpa-lint policy push`,
      { field: source }
    );
  return [bundle, catalogue];
}
function packDir(cache, digest) {
  return join15(cache, "sha256", digest.slice("sha256:".length));
}
function tagFile(cache, ref) {
  return join15(cache, "tags", ref.registry, ...ref.repository.split("/"), `${ref.tag ?? ""}.digest`);
}
function writeTag(cache, ref, digest) {
  const file = tagFile(cache, ref);
  mkdirSync2(dirname11(file), { recursive: true, mode: 448 });
  writeFileSync2(file, `${digest}
`);
}
function cachedPackDir(cache, ref, digest) {
  const dir = packDir(cache, digest);
  if (!existsSync8(join15(dir, "manifest.json"))) return void 0;
  const source = formatOciRef(ref, digest);
  const tampered = (what) => new PolicyError(`the cached copy in ${dir} was changed (${what}): delete that directory, and it is fetched again`, { field: source });
  const bytes = readFileSync6(join15(dir, "manifest.json"));
  if (sha256Digest(bytes) !== digest) throw tampered("manifest.json does not have the digest");
  let manifest;
  try {
    manifest = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw tampered("manifest.json is not JSON");
  }
  const [bundle, catalogue] = packLayers(manifest, source);
  for (const [file, layer] of [
    ["bundle.tar.gz", bundle],
    ["catalogue.json", catalogue]
  ]) {
    const path = join15(dir, file);
    const content = existsSync8(path) ? readFileSync6(path) : void 0;
    if (!content || content.length !== layer.size || sha256Digest(content) !== layer.digest)
      throw tampered(`${file} does not have its layer's digest`);
  }
  return dir;
}
function loadOciPack(entry, field, env, load, key) {
  const ref = parseOciRef(entry, field);
  const cache = ociCacheDir(env);
  const digest = ref.digest ?? readTag(cache, ref);
  const dir = digest === void 0 ? void 0 : cachedPackDir(cache, ref, digest);
  if (!dir || !digest)
    throw new InputError(`is not in the cache (${cache}): dpa-lint lint fetches it, or run dpa-lint policy pull ${entry}`, {
      field: entry
    });
  return withSources(load(dir, key), { kind: "oci", location: formatOciRef(ref, digest) });
}
function readTag(cache, ref) {
  try {
    const digest = readFileSync6(tagFile(cache, ref), "utf8").trim();
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : void 0;
  } catch {
    return void 0;
  }
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
  const digest = digestOf(JSON.stringify(data));
  const rules = sharedRulesPerPack(metas, shared, data, termOfRules(builtin2.data)).map((r) => ({
    ...r,
    docsUrl: sharedRuleDocsUrl(r.name)
  }));
  return {
    source: location,
    module: builtin2.module,
    data: { dpa: data },
    catalogue: { ...builtin2.catalogue, packs: metas, rules },
    termsOnly: true,
    digest,
    sources: [{ kind: "terms", location, packs: metas.map((m) => m.id), digest: `sha256:${digest}`, signature: "unsigned" }]
  };
}
function holdsRego(location) {
  if (!statSync5(location).isDirectory()) return false;
  return readdirSync4(location, { recursive: true, encoding: "utf8" }).some((f) => f.endsWith(".rego"));
}
function loadPolicyPack(dir, env = process.env, verifyKey) {
  if (existsSync9(join16(dir, "bundle.tar.gz"))) return readBundle(dir, verifyKey);
  if (verifyKey)
    throw new PolicyError(
      `is not a built bundle, so it has no signature to verify with ${verifyKey.name} (dpa-lint policy build --sign-key)`,
      { file: dir }
    );
  if (!holdsRego(dir)) return loadTermsPack(dir);
  const out = temporaryDirectory("dpa-lint-policy-");
  buildPolicies({ opa: findOpa(env), dirs: [...SHARED_POLICY_PARTS, dir], outDir: out });
  const built = readBundle(out);
  return withSources(built, { kind: "directory", location: dir });
}
function loadPolicyPacks(dirs, cwd, option, env = process.env, keys = {}) {
  return dirs.map((dir) => {
    const keyOf = (name) => keys[name] === void 0 ? void 0 : readVerifyKey(keys[name], option);
    if (isNpmPack(dir)) return loadNpmPack(dir, cwd, option, env, keyOf(dir));
    if (isOciPack(dir)) return loadOciPolicyPack(dir, option, env, keyOf(dir));
    const abs = resolve13(cwd, dir);
    if (!existsSync9(abs)) throw new InputError("no such directory", { file: dir, field: option });
    return loadPolicyPack(abs, env, keyOf(abs));
  });
}
function loadNpmPack(entry, from, option, env, key) {
  const spec = parseNpmPack(entry, option);
  const found = resolveNpmPack(spec, from, option);
  const pack = withSources(loadPolicyPack(found.location, env, key), { kind: "npm", location: `npm:${spec.name}`, version: found.version });
  const digest = sourcesOf(pack)[0]?.digest;
  if (spec.digest && digest !== spec.digest)
    throw new PolicyError(`npm package ${spec.name}@${found.version} is ${digest ?? "not digested"}, not the pinned ${spec.digest}`, {
      field: option
    });
  return pack;
}
function loadOciPolicyPack(entry, option, env = process.env, key) {
  return loadOciPack(entry, option, env, (dir, verify) => loadPolicyPack(dir, env, verify), key);
}
function readVerifyKey(file, option) {
  let stat2;
  try {
    stat2 = statSync5(file);
  } catch (error2) {
    throw new InputError(`cannot read the verification key: ${describeThrown(error2)}`, { file, field: option });
  }
  if (!stat2.isFile() || stat2.size > MAX_KEY_BYTES)
    throw new InputError(`the verification key must be a file of at most ${MAX_KEY_BYTES / 1024} KiB (a PEM key or an HMAC secret)`, {
      file,
      field: option
    });
  return { text: readFileSync7(file, "utf8"), name: basename2(file) };
}
var MAX_KEY_BYTES = 64 * 1024;
function withBuiltinBundle(packs) {
  return foldTermsPacks([readBundle(), ...packs]);
}

// packages/github-action/src/annotations.ts
import { resolve as resolve14 } from "node:path";

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
    terraformPlans: lines(get("terraform-plan")),
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

// packages/github-action/src/annotations.ts
function planAnnotations(findings, changed, workspace, max) {
  const changedIn = /* @__PURE__ */ new Map();
  const linesOf = (file) => {
    if (!changed) return void 0;
    if (!changedIn.has(file)) {
      const lines2 = resolutionChain(resolve14(workspace, file)).map((p) => changed.get(p)).find(Boolean);
      changedIn.set(file, lines2 && [...lines2].sort((a, b) => a[0] - b[0]));
    }
    return changedIn.get(file);
  };
  const rank = (f) => {
    const lines2 = linesOf(f.file);
    if (!lines2) return 2;
    return onChangedLine(lines2, f.line) ? 0 : 1;
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
    const list2 = byKind[kind];
    shown.push(...list2.slice(0, limit[kind]));
    hidden[kind] = Math.max(0, list2.length - limit[kind]);
  }
  const total = hidden.error + hidden.warning + hidden.notice;
  if (total === 0 || max === 0) return { shown, hidden };
  const counts = [
    [hidden.error, "error"],
    [hidden.warning, "warning"],
    [hidden.notice, "info finding"]
  ];
  const parts = counts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  const overflow = `${total} more ${total === 1 ? "finding is" : "findings are"} not annotated (${parts.join(", ")}): ${max === GITHUB_ANNOTATION_LIMIT ? "GitHub shows" : "max-annotations shows"} ${max} of each kind per step. See the job summary.`;
  return { shown, hidden, overflow };
}
function onChangedLine(hunks, line) {
  let [low, high] = [0, hunks.length - 1];
  while (low <= high) {
    const mid = low + high >> 1;
    const [from, to] = hunks[mid];
    if (line < from) high = mid - 1;
    else if (line > to) low = mid + 1;
    else return true;
  }
  return false;
}

// packages/github-action/src/base-branch.ts
import { existsSync as existsSync10, mkdirSync as mkdirSync3, readFileSync as readFileSync8, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { basename as basename3, dirname as dirname12, join as join17, posix, relative as relative9, resolve as resolve15 } from "node:path";
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
      const target = join17(dest, posix.relative(repoPath, file));
      mkdirSync3(dirname12(target), { recursive: true });
      writeFileSync3(
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
    return relative9(this.top, resolve15(this.workspace, workspacePath)).split("\\").join("/");
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
async function rulesFromBase(base, options) {
  const notes = [];
  const config = configFromBase(base, options.config, notes);
  const fromConfig = (path) => relative9(base.workspace, path) || ".";
  const baselinePath = options.baseline ?? (config.baseline === void 0 ? void 0 : fromConfig(config.baseline));
  const baseline = baselinePath ? baselineFromBase(base, baselinePath, notes) : void 0;
  const keyOf = (dir) => config.policyKeys?.[resolve15(base.workspace, dir)];
  const packDirs = [...config.policies.map((p) => isNpmPack(p) || isOciPack(p) ? p : fromConfig(p)), ...options.policies];
  await fetchOciPacks(packDirs, "policies");
  const packs = packDirs.flatMap((dir) => {
    if (isNpmPack(dir)) return [npmPackOnPullRequest(base, config, dir, notes)];
    if (isOciPack(dir)) return [ociPackOnPullRequest(base, config, dir, notes)];
    return packFromBase(base, dir, notes, keyOf(dir)) ?? [];
  });
  return { config, ...baseline ? { baseline } : {}, packs, notes };
}
function ociPackOnPullRequest(base, config, entry, notes) {
  const keyFile = config.policyKeys?.[entry];
  const pack = loadOciPolicyPack(entry, "policies", process.env, keyFromBase(base, keyFile));
  if (parseOciRef(entry, "policies").digest === void 0)
    notes.push(
      `Policy pack \`${entry}\`: a tag, which the registry can move; pin its digest (\`${sourcesOf(pack)[0]?.location ?? `${entry}@sha256:...`}\`) so the pack that judges is fixed.`
    );
  return pack;
}
function configFromBase(base, input, notes) {
  const candidates = input ? [base.repoPath(input)] : configCandidates(base);
  const found = candidates.map((path) => ({ path, text: base.read(path) })).find((c) => c.text !== void 0);
  let config;
  if (found?.text !== void 0) {
    const root = join17(base.top, dirname12(found.path));
    config = parseConfig(found.text, `${found.path} (base ${base.short})`, root, join17(base.top, found.path));
    notes.push(`Configuration: \`${found.path}\` as of the base commit ${base.short}.`);
  } else if (input && !existsSync10(resolve15(base.workspace, input))) {
    throw new DpaLintError(`no such file, in the base commit ${base.short} or in the checkout`, { file: input, field: "config" });
  } else {
    config = defaultConfig(base.workspace);
    notes.push(
      input ? `Configuration: the defaults (\`${candidates[0]}\` is not in the base commit ${base.short}: this pull request adds it, and it takes effect once merged).` : `Configuration: the defaults (the base commit ${base.short} has no ${candidates.map((c) => `\`${c}\``).join(" or ")}).`
    );
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
  const head = resolve15(base.workspace, file);
  if (existsSync10(head) && readFileSync8(head, "utf8") !== text2)
    notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  return text2 === void 0 ? void 0 : { baseline: parseBaseline(text2, `${path} (base ${base.short})`), file };
}
function packFromBase(base, dir, notes, keyFile) {
  const path = base.repoPath(dir);
  const copy = join17(temporaryDirectory("dpa-lint-base-policy-", process.env.RUNNER_TEMP || tmpdir2()), ...path.split("/").slice(-2));
  if (!base.extract(path, copy)) {
    if (!existsSync10(resolve15(base.workspace, dir)))
      throw new DpaLintError("no such directory, in the base commit or in the checkout", { file: dir, field: "policies" });
    notes.push(`Policy pack \`${path}\`: not in the base commit ${base.short}; it takes effect once merged.`);
    return void 0;
  }
  notes.push(`Policy pack: \`${path}\` as of the base commit ${base.short}.`);
  if (base.differs(path)) notes.push(`This pull request changes \`${path}\`; it takes effect once merged.`);
  const pack = loadPolicyPack(copy, process.env, keyFromBase(base, keyFile));
  return withSources(pack, { location: `${path}@${base.short}` });
}
function npmPackOnPullRequest(base, config, entry, notes) {
  const keyFile = config.policyKeys?.[entry];
  const key = keyFromBase(base, keyFile);
  const pack = loadNpmPack(entry, config.root, "policies", process.env, key);
  if (!key && parseNpmPack(entry, "policies").digest === void 0)
    notes.push(
      `Policy pack \`${entry}\`: as installed from this pull request's lockfile; pin its digest (\`${entry}@${sourcesOf(pack)[0]?.digest ?? "sha256:..."}\`) or name a key (\`verify:\`) so a pull request cannot change it.`
    );
  return pack;
}
function keyFromBase(base, keyFile) {
  if (keyFile === void 0) return void 0;
  const path = base.repoPath(relative9(base.workspace, keyFile));
  const text2 = base.read(path);
  if (text2 === void 0)
    throw new DpaLintError(`the verification key is not in the base commit ${base.short}`, { file: path, field: "policies" });
  return { text: text2, name: basename3(path) };
}
function configCandidates(base) {
  const out = [];
  let dir = resolve15(base.workspace);
  for (; ; ) {
    for (const name of CONFIG_NAMES) out.push(base.repoPath(join17(dir, name)));
    if (dir === base.top || dirname12(dir) === dir) return out;
    dir = dirname12(dir);
  }
}
function checkHeadConfig(base, input, found, notes) {
  const head = input ? resolve15(base.workspace, input) : findConfig(base.workspace);
  if (!head || !existsSync10(head)) return;
  if (found && base.repoPath(head) === found.path && readFileSync8(head, "utf8") === found.text) return;
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

// packages/github-action/src/pull-request.ts
import { readFileSync as readFileSync9 } from "node:fs";
function pullRequestBase(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!["pull_request", "pull_request_target", "merge_group"].includes(event) || !env.GITHUB_EVENT_PATH) return void 0;
  let payload;
  try {
    payload = JSON.parse(readFileSync9(env.GITHUB_EVENT_PATH, "utf8"));
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
  const workspace = resolve16(process.env.GITHUB_WORKSPACE || process.cwd());
  const pr = pullRequestBase(process.env);
  let rules;
  let changed;
  let diffRef;
  if (pr) {
    const base = new BaseCommit(pr.sha, workspace);
    base.ensurePresent();
    diffRef = base.diffRef();
    changed = changedLines(diffRef, workspace, "base branch");
    rules = inputs.usePullRequestConfig ? {
      ...await rulesFromWorkspace(workspace, inputs),
      notes: [`Configuration: the pull request's own (use-pull-request-config is on).`]
    } : await rulesFromBase(base, inputs);
  } else {
    rules = await rulesFromWorkspace(workspace, inputs);
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
    ...inputs.asOf ? { asOf: inputs.asOf } : {},
    ...inputs.terraformPlans.length > 0 ? { terraformPlans: inputs.terraformPlans } : {}
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
    sarifPath = resolve16(workspace, inputs.sarifFile);
    const sarif2 = sarifForUpload(result, context);
    writeFileSafely(sarifPath, sarif2.text, { display: inputs.sarifFile, cwd: workspace });
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
async function rulesFromWorkspace(workspace, inputs) {
  const config = resolveConfig(workspace, inputs.config ? resolve16(workspace, inputs.config) : void 0);
  await fetchOciPacks([...config.policies, ...inputs.policies], "policies");
  const baselinePath = inputs.baseline ?? (config.baseline === void 0 ? void 0 : relative10(workspace, config.baseline));
  const baseline = baselinePath ? { baseline: readBaseline(resolve16(workspace, baselinePath), baselinePath), file: baselinePath } : void 0;
  const packs = [
    ...loadPolicyPacks(config.policies, config.root, "configuration policies", process.env, config.policyKeys),
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
