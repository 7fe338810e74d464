import { resolve } from "node:path";
import { GITHUB_ANNOTATION_LIMIT } from "./inputs.js";
import {
  annotationOf,
  plural,
  resolutionChain,
  type Annotation,
  type AnnotationKind,
  type ChangedLines,
  type Finding,
} from "@dpa-lint/core";

export interface AnnotationPlan {
  shown: Array<Annotation & { finding: Finding }>;
  /** Findings left out, by kind. */
  hidden: Record<AnnotationKind, number>;
  /** The notice that says how many more there are, when any were left out. */
  overflow?: string;
}

/**
 * Which findings become annotations. GitHub shows `max` (at most 10) of each kind per step, so the
 * findings a pull request's author touched come first: on a changed line, then in a changed file,
 * then the rest, each in file order. When some are left out, one notice says how many; it takes
 * one of the notice slots.
 */
export function planAnnotations(
  findings: readonly Finding[],
  changed: ChangedLines | undefined,
  workspace: string,
  max: number,
): AnnotationPlan {
  // A file's changed lines, looked up once per file (a Terraform file can hold 100,000 findings):
  // through any name the file is reached by, as git names an edit behind a symlink by the
  // target's path. In line order, for a binary search: a search of every hunk for each finding
  // grew with both.
  const changedIn = new Map<string, Array<[number, number]> | undefined>();
  const linesOf = (file: string): Array<[number, number]> | undefined => {
    if (!changed) return undefined;
    if (!changedIn.has(file)) {
      const lines = resolutionChain(resolve(workspace, file))
        .map((p) => changed.get(p))
        .find(Boolean);
      changedIn.set(file, lines && [...lines].sort((a, b) => a[0] - b[0]));
    }
    return changedIn.get(file);
  };
  const rank = (f: Finding): number => {
    const lines = linesOf(f.file);
    if (!lines) return 2;
    return onChangedLine(lines, f.line) ? 0 : 1;
  };
  const ordered = findings.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const byKind: Record<AnnotationKind, AnnotationPlan["shown"]> = { error: [], warning: [], notice: [] };
  for (const { f } of ordered) {
    const annotation = annotationOf(f);
    byKind[annotation.kind].push({ ...annotation, finding: f });
  }

  const overflows = max > 0 && (["error", "warning", "notice"] as const).some((k) => byKind[k].length > max);
  const limit: Record<AnnotationKind, number> = { error: max, warning: max, notice: overflows ? max - 1 : max };
  const shown: AnnotationPlan["shown"] = [];
  const hidden: AnnotationPlan["hidden"] = { error: 0, warning: 0, notice: 0 };
  for (const kind of ["error", "warning", "notice"] as const) {
    const list = byKind[kind];
    shown.push(...list.slice(0, limit[kind]));
    hidden[kind] = Math.max(0, list.length - limit[kind]);
  }
  const total = hidden.error + hidden.warning + hidden.notice;
  if (total === 0 || max === 0) return { shown, hidden };
  const counts: Array<[number, string]> = [
    [hidden.error, "error"],
    [hidden.warning, "warning"],
    [hidden.notice, "info finding"],
  ];
  const parts = counts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  const overflow = `${total} more ${total === 1 ? "finding is" : "findings are"} not annotated (${parts.join(", ")}): ${max === GITHUB_ANNOTATION_LIMIT ? "GitHub shows" : "max-annotations shows"} ${max} of each kind per step. See the job summary.`;
  return { shown, hidden, overflow };
}

/** Whether `line` is in one of `hunks` (sorted by their first line, as git diff writes them, and apart). */
function onChangedLine(hunks: ReadonlyArray<readonly [number, number]>, line: number): boolean {
  let [low, high] = [0, hunks.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = hunks[mid] as readonly [number, number];
    if (line < from) high = mid - 1;
    else if (line > to) low = mid + 1;
    else return true;
  }
  return false;
}
