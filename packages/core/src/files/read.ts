import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { PARSE_LIMITS, tooLargeMessage } from "../document/parse.js";
import { describeThrown } from "../errors.js";

/** A vendor file's text, or why it cannot be linted (reported as a finding for that file). */
export type ReadResult = { text: string } | { problem: string };

/**
 * Reads a file the way untrusted input must be read: opened without blocking (a FIFO must not
 * hang the run), checked to be a regular file and within the size limit before a byte is read,
 * and never read past the limit (a device such as /dev/zero never ends).
 */
export function readVendorFile(path: string): ReadResult {
  return withRegularFile(path, (fd, size): ReadResult => {
    if (size > PARSE_LIMITS.maxBytes) return { problem: tooLargeMessage() };
    // The size can change under us: read until the end or one byte past the limit.
    const bytes = readUpTo(fd, Math.min(size, PARSE_LIMITS.maxBytes) + 1);
    if (bytes.length > PARSE_LIMITS.maxBytes) return { problem: tooLargeMessage() };
    return { text: decodeText(bytes) };
  });
}

/**
 * Opens `path` without blocking, and hands it to `use` only when it is a regular file: the one
 * way dpa-lint opens a file it did not write. Errors and other kinds of file come back as a
 * `problem`; the descriptor is always closed.
 */
export function withRegularFile<T>(path: string, use: (fd: number, size: number) => T): T | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read: ${describeThrown(error)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: "not a regular file (a device, FIFO or socket); dpa-lint reads only regular files" };
    return use(fd, stat.size);
  } catch (error) {
    return { problem: `cannot read: ${describeThrown(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** At most `limit` bytes from the start of an open file. */
export function readUpTo(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  for (let n = 1; n > 0 && length < limit; length += n) n = readSync(fd, buffer, length, limit - length, length);
  return buffer.subarray(0, length);
}

/**
 * Bytes to text: UTF-8, or UTF-16 when the file starts with its byte-order mark (editors on
 * Windows save YAML that way); the parser strips a UTF-8 BOM itself.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return bytes.toString("utf8");
}
