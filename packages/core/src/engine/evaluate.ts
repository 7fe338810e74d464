import type { LoadedPolicy } from "@open-policy-agent/opa-wasm";

/**
 * One evaluation through the policy ABI's one-call entry (opa_eval, ABI 1.2 and later), as
 * opa-wasm's LoadedPolicy.evaluate does, but without its per-call costs: it builds a TextEncoder,
 * a TextDecoder, an encoded copy of the input and finds the result's end byte by byte in
 * JavaScript. Here the input is encoded straight into the Wasm memory and the result found with a
 * native search: a tenth of the policy time on ten thousand small files (bench/RESULTS.md).
 * Policies built for an older ABI, or an SDK whose fields differ, take opa-wasm's own path.
 */
interface PolicyInternals {
  minorVersion?: unknown;
  dataAddr?: unknown;
  dataHeapPtr?: unknown;
  mem: WebAssembly.Memory;
  wasmInstance: WebAssembly.Instance | { instance: WebAssembly.Instance };
}

type OpaEval = (
  reserved: number,
  entrypoint: number,
  data: number,
  input: number,
  inputLength: number,
  heap: number,
  format: number,
) => number;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const PAGE = 65536;

export function evaluatePolicy(policy: LoadedPolicy, input: unknown, entrypoint: string): unknown {
  const internals = policy as unknown as PolicyInternals;
  const entrypoints = policy.entrypoints as Record<string, number>;
  const id = entrypoints[entrypoint];
  const instance = "exports" in internals.wasmInstance ? internals.wasmInstance : internals.wasmInstance.instance;
  const opaEval = instance.exports.opa_eval as OpaEval | undefined;
  const { dataAddr, dataHeapPtr, minorVersion } = internals;
  if (
    input === undefined ||
    input === null ||
    id === undefined ||
    typeof opaEval !== "function" ||
    typeof minorVersion !== "number" ||
    minorVersion < 2 ||
    typeof dataAddr !== "number" ||
    typeof dataHeapPtr !== "number"
  ) {
    return policy.evaluate(input, entrypoint);
  }
  const text = JSON.stringify(input) ?? "null";
  // UTF-8 takes at most three bytes per UTF-16 code unit: make room for the worst case first.
  const room = dataHeapPtr + text.length * 3 - internals.mem.buffer.byteLength;
  if (room > 0) internals.mem.grow(Math.ceil(room / PAGE));
  const { written } = encoder.encodeInto(text, new Uint8Array(internals.mem.buffer, dataHeapPtr, text.length * 3));
  const resultAddr = opaEval(0, id, dataAddr, dataHeapPtr, written, dataHeapPtr + written, 0);
  // The memory may have grown during the evaluation: view it afresh.
  const memory = new Uint8Array(internals.mem.buffer);
  const end = memory.indexOf(0, resultAddr);
  return JSON.parse(decoder.decode(memory.subarray(resultAddr, end < 0 ? memory.length : end))) as unknown;
}
