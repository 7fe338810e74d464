import { inflateRawSync } from "node:zlib";
import { InputError } from "@dpa-lint/core";

/**
 * Proves, before a DOCX is handed to its reader, that the parts the reader parses (XML and
 * relationships) inflate to at most `maxBytes` together: a 355 KB file can inflate to 100 MiB of
 * XML, which the reader then takes minutes and gigabytes to parse. The sizes a ZIP declares can
 * lie, so each part is inflated with a hard output limit (zlib stops at it); the work is bounded
 * by the limit, not by the file. Anything this reading does not understand (ZIP64, encryption,
 * other compression methods, a directory that does not fit the file) is refused: no DOCX a word
 * processor writes needs it.
 */
export function checkDocxInflatedSize(bytes: Buffer, maxBytes: number, display: string): void {
  const refuse = (why: string): never => {
    throw new InputError(`is not a DOCX file dpa-lint reads (${why})`, { file: display });
  };
  const end = findEndOfCentralDirectory(bytes) ?? refuse("no ZIP directory");
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) refuse("ZIP64");
  let budget = maxBytes;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) refuse("a broken ZIP directory");
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (!/\.(xml|rels)$/i.test(name)) continue; // media: the reader is told not to read images
    if ((flags & 0x1) !== 0) refuse("encrypted");
    if (compressed === 0xffffffff || local === 0xffffffff) refuse("ZIP64");
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) refuse("a broken ZIP entry");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") size = budget + 1;
        else return refuse(`${name} does not inflate`);
      }
    } else return refuse(`compression method ${method}`);
    budget -= size;
    if (budget < 0)
      throw new InputError(`inflates to more than ${maxBytes / 2 ** 20} MiB of XML; a DPA is never this large`, { file: display });
  }
}

/** The offset of the end-of-central-directory record, searched from the end (a comment may follow it). */
function findEndOfCentralDirectory(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  return undefined;
}
