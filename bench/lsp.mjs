// The language server's cost as an editor feels it (issue: diagnostics within 20 ms of a change
// on a warm server, p99; memory flat over 10,000 edits). `node bench/lsp.mjs` starts the built
// `dpa-lint lsp`, opens a typical vendor file and edits it, each edit a real didChange and the
// time measured until that version's publishDiagnostics arrives; it writes the section "Editor
// (language server)" of bench/RESULTS.md. `npm run bench` runs it too.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { withSection } from "./terraform.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "dist", "bin.js");
const FILE = join(root, "examples", "quicktalk", "contract.yaml");

/** The server's resident memory in MiB (Linux /proc). */
function rssMiB(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return kb / 1024;
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A started server and a way to edit the file and wait for that version's diagnostics. */
async function session(debounceMs) {
  const child = spawn(process.execPath, [cli, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (p) => waiting.get(p.version)?.(p));
  connection.onNotification("dpa-lint/status", () => undefined);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "dpa-lint" }],
    capabilities: {},
    initializationOptions: { debounceMs },
  });
  await connection.sendNotification("initialized", {});
  const uri = pathToFileURL(FILE).href;
  const text = readFileSync(FILE, "utf8");
  let version = 1;
  const published = (v) => new Promise((resolve) => waiting.set(v, resolve));
  const opened = published(1);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  await opened;
  /** One edit (the objection window changed), and the milliseconds until its diagnostics. */
  const edit = async (i) => {
    version++;
    const done = published(version);
    const t0 = performance.now();
    const changed = text.replace("objectionWindow: 30 days", `objectionWindow: ${10 + (i % 50)} days`);
    await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: changed }] });
    await done;
    waiting.delete(version);
    return performance.now() - t0;
  };
  const stop = async () => {
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    connection.dispose();
  };
  return { pid: child.pid, edit, stop };
}

/** The section of RESULTS.md, measured now. */
export async function lspSection() {
  // Back-to-back edits (no throttle): the server's own cost per change, then memory over 10,000.
  const s = await session(0);
  for (let i = 0; i < 300; i++) await s.edit(i);
  const times = [];
  for (let i = 0; i < 1000; i++) times.push(await s.edit(i));
  const rssAt1000 = rssMiB(s.pid);
  for (let i = 1000; i < 10_000; i++) await s.edit(i);
  const rssAt10000 = rssMiB(s.pid);
  await s.stop();
  // Isolated edits at the default throttle (100 ms): a change after a pause is checked at once.
  const d = await session(100);
  const isolated = [];
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 120));
    isolated.push(await d.edit(i));
  }
  await d.stop();
  const ms = (x) => `${x.toFixed(1)} ms`;
  return [
    "## Editor (language server)",
    "",
    "| measure | p50 | p99 | target |",
    "|---|---:|---:|---|",
    `| change to diagnostics, back-to-back edits (1,000 after 300 to warm up) | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} | p99 under 20 ms |`,
    `| change to diagnostics, an edit 120 ms after the last, default throttle (60) | ${ms(percentile(isolated, 50))} | ${ms(percentile(isolated, 99))} | no wait added by the throttle |`,
    "",
    `Server memory (resident): ${rssAt1000.toFixed(0)} MiB after 1,300 edits, ${rssAt10000.toFixed(0)} MiB after 10,300 (${(((rssAt10000 - rssAt1000) / rssAt1000) * 100).toFixed(0)}% more: flat is within a few percent, V8's heap grows and shrinks by GC). Each edit is a didChange of examples/quicktalk/contract.yaml (6 findings), timed from the notification to that version's publishDiagnostics, over the server's stdio, on the built \`dpa-lint lsp\`.`,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, "bench", "RESULTS.md");
  const section = await lspSection();
  writeFileSync(file, withSection(readFileSync(file, "utf8"), section));
  console.log(section);
}
