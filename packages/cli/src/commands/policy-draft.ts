import { basename, join, relative, resolve } from "node:path";
import { lstatOr, printable, writeFileSafely } from "@dpa-lint/core";
import { checkPackId, draftFromFile, draftJson, draftYaml, packId, summarise } from "@dpa-lint/authoring";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export interface DraftOptions {
  id?: string | undefined;
  dir: string;
  format?: string | undefined;
  /** Say, for each sentence a term's words brought up, whether it was taken and why not (stderr). */
  explain?: boolean | undefined;
}

/**
 * `dpa-lint policy draft DPA-FILE`: reads a DPA (text, Markdown, HTML, PDF, DOCX) and writes a
 * draft pack, <dir>/dpa/<id>/data.yaml, with every term it found (clause, verbatim quote, line,
 * how it was found) and a TODO for every term it did not. For HTML, PDF and DOCX the text it read
 * is written beside the pack, so `policy check` verifies the quotes against it. Never overwrites:
 * a pack that exists is the user's work. `--format json` writes nothing and prints the draft.
 */
export async function draftCommand(file: string | undefined, options: DraftOptions, io: Io): Promise<number> {
  if (!file) throw new UsageError("policy draft needs the DPA's file (text, Markdown, HTML, PDF or DOCX)");
  if (options.format !== undefined && options.format !== "json" && options.format !== "yaml")
    throw new UsageError(`policy draft --format must be yaml or json, not "${options.format}"`);
  const input = resolve(io.cwd, file);
  const id = options.id ?? packId(basename(input));
  checkPackId(id);
  const reasons: Array<{ line: number; text: string }> = [];
  const trace = options.explain
    ? (term: string, s: { line: number; text: string }, verdict: string): void => {
        const text = s.text.length > 100 ? `${s.text.slice(0, 97)}...` : s.text;
        reasons.push({ line: s.line, text: `${file}:${s.line}  ${term}  ${verdict}  «${printable(text)}»` });
      }
    : undefined;
  const draft = await draftFromFile(input, id, file, trace);
  // In the document's order (the terms are read one after the other): a reviewer reads along.
  for (const r of reasons.sort((a, b) => a.line - b.line)) io.stderr(`${r.text}\n`);
  if (draft.source.decodedFrom) io.stderr(`dpa-lint: ${file}: read as ${draft.source.decodedFrom}\n`);
  if (draft.source.rewritten) io.stderr(`dpa-lint: ${file}: read with ${draft.source.rewritten}; the text read is kept beside the pack\n`);
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(draftJson(draft), null, 2)}\n`);
    return EXIT.ok;
  }
  const packDir = join(resolve(io.cwd, options.dir), "dpa", id);
  const dataFile = join(packDir, "data.yaml");
  // lstat, not exists: a dangling link at data.yaml exists too (and is refused by the writer).
  if (lstatOr(dataFile)) throw new UsageError(`${relative(io.cwd, dataFile)} already exists; give another --id or move it`);
  // Text and Markdown are quoted as they are; the text read from other formats (or rewritten) is kept beside the pack.
  // Every write refuses a symbolic link on the way: the DPA's author controls these bytes.
  let sourceRef = relative(packDir, input);
  if ((draft.source.format !== "text" && draft.source.format !== "markdown") || draft.source.decodedFrom || draft.source.rewritten) {
    writeFileSafely(join(packDir, draft.source.name), draft.source.text, {
      display: relative(io.cwd, join(packDir, draft.source.name)),
      cwd: io.cwd,
    });
    sourceRef = draft.source.name;
  }
  writeFileSafely(dataFile, draftYaml(draft, file, sourceRef), { display: relative(io.cwd, dataFile), cwd: io.cwd });
  const s = summarise(draft);
  const list = (names: string[]): string => (names.length ? ` (${names.join(", ")})` : "");
  io.stdout(
    `drafted ${relative(io.cwd, dataFile)} from ${file}: ${s.found.length} terms found${list(s.found)}, ${s.ambiguous.length} ambiguous${list(s.ambiguous)}, ${s.missing.length} not found${list(s.missing)}\n` +
      `Next: review every term against the DPA (each says how it was found), replace each TODO, then dpa-lint policy check ${options.dir}\n`,
  );
  return EXIT.ok;
}
