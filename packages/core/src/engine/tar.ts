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
