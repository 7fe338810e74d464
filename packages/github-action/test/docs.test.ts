// The documented workflow must run as written: every input it passes and every output it reads
// is one action.yml declares, and every input is documented.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { actionDir, repoRoot } from "./fixture-repo.js";

const action = parse(readFileSync(join(actionDir, "action.yml"), "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const DOCS = ["packages/github-action/README.md", "README.md"];

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

function workflows(file: string): Array<{ jobs: Record<string, { steps: Step[] }> }> {
  const text = readFileSync(join(repoRoot, file), "utf8");
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m) => parse(m[1] ?? "") as { jobs?: Record<string, { steps: Step[] }> })
    .filter((w): w is { jobs: Record<string, { steps: Step[] }> } => typeof w?.jobs === "object");
}

describe("action.yml", () => {
  it("runs dist/index.js on node24 and describes every input and output", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description.length, name).toBeGreaterThan(20);
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "files", "infos", "sarif-file", "suppressed", "warnings"]);
  });
});

describe("documented workflows", () => {
  const documented = DOCS.flatMap((file) => workflows(file).map((w) => ({ file, w })));

  it("exist, and use the action", () => {
    const uses = documented.flatMap(({ w }) =>
      Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => /github-action@/.test(s.uses ?? ""))),
    );
    expect(uses.length).toBeGreaterThan(0);
  });

  it("pass only inputs action.yml declares and read only outputs it declares", () => {
    for (const { file, w } of documented) {
      for (const job of Object.values(w.jobs)) {
        const ours = job.steps.filter((s) => /github-action@/.test(s.uses ?? ""));
        for (const step of ours)
          for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: input ${name}`).toContain(name);
        const ids = new Set(ours.map((s) => s.id).filter(Boolean));
        const text = JSON.stringify(job);
        for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (ids.has(m[1])) expect(Object.keys(action.outputs), `${file}: output ${m[2]}`).toContain(m[2]);
        }
      }
    }
  });

  it("document every input in the README's table", () => {
    const readme = readFileSync(join(actionDir, "README.md"), "utf8");
    for (const name of Object.keys(action.inputs)) expect(readme, name).toContain(`| \`${name}\` |`);
  });
});
