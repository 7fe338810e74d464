import { zlib } from "../builtins.js";

/**
 * A minimal reader for the gzipped tar bundles `opa build` writes (ustar, with entries named
 * `/policy.wasm`, `/data.json`, `/.manifest`). opa-wasm's loadPolicy takes the module and data only, and a
 * tar dependency would be the largest part of our cold start for three files.
 */
export function readTarGz(archive: Uint8Array): Map<string, Buffer> {
  const tar = zlib().gunzipSync(archive);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = cString(header.subarray(345, 500));
    const base = cString(header.subarray(0, 100));
    const name = longName ?? (prefix ? `${prefix}/${base}` : base);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    longName = undefined;
    if (type === "L") longName = cString(body);
    else if (type === "0" || type === "\u0000") files.set(normalizeName(name), Buffer.from(body));
    // 'x'/'g' (pax headers) and directories carry nothing we need.
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function normalizeName(name: string): string {
  return `/${name.replace(/^\.?\/+/, "")}`;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
}

function parseOctal(bytes: Uint8Array): number {
  const text = cString(bytes).trim();
  return text === "" ? 0 : parseInt(text, 8);
}

/**
 * A gzipped ustar archive of the files, in the given order, as `opa build` writes them: names as
 * given (`/data.json`), mode 0600, owner 0, time 0, so the same files give the same bytes. A name
 * longer than 100 bytes gets a GNU long-name entry, as OPA's reader (and readTarGz) expect.
 */
export function writeTarGz(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const blocks: Buffer[] = [];
  const entry = (name: string, type: string, body: Uint8Array): void => {
    const header = Buffer.alloc(512);
    header.write(name.slice(0, 100), 0, "utf8");
    header.write("0000600\0", 100, "ascii");
    header.write("0000000\0", 108, "ascii");
    header.write("0000000\0", 116, "ascii");
    header.write(`${body.length.toString(8).padStart(11, "0")}\0`, 124, "ascii");
    header.write("00000000000\0", 136, "ascii");
    header.write("        ", 148, "ascii");
    header.write(type, 156, "ascii");
    header.write("ustar\0", 257, "ascii");
    header.write("00", 263, "ascii");
    const sum = header.reduce((n, b) => n + b, 0);
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
    blocks.push(header, Buffer.from(body), Buffer.alloc((512 - (body.length % 512)) % 512));
  };
  for (const [name, body] of files) {
    if (Buffer.byteLength(name) > 100) entry("././@LongLink", "L", Buffer.from(`${name}\0`, "utf8"));
    entry(name, "0", body);
  }
  blocks.push(Buffer.alloc(1024));
  return zlib().gzipSync(Buffer.concat(blocks));
}
