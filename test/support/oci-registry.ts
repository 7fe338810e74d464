// go-containerregistry's in-memory registry (tools/versions.env pins it; the set-up builds it),
// for the tests that push packs and pull them back.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo-root.js";

/** The registry, started on a free port; it keeps what is pushed in memory until stopped. */
export async function startRegistry(): Promise<{ port: number; process: ChildProcess }> {
  const binary = join(repoRoot, ".tools", "bin", "registry");
  if (!existsSync(binary)) throw new Error(`${binary} is missing: npm run tools builds it (tools/versions.env pins it)`);
  const child = spawn(binary, ["-port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /serving on port (\d+)/.exec(seen);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`the registry exited (${code}): ${seen}`)));
  });
  return { port, process: child };
}
