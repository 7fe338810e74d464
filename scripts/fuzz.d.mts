// Types of scripts/fuzz.mjs for the TypeScript test that runs its short campaign.
export interface FuzzStats {
  files: number;
  crashes: number;
  hangs: number;
  positionsOutside: number;
  invalidJson: number;
  workerDifferences: number;
  workerBatches: number;
  slowestMs: number;
  seconds: number;
}
export interface PositionLike {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
export function seedFiles(): string[];
export function mutate(text: string, others: readonly string[], rand: () => number): string;
export function positionProblems(text: string, findings: readonly PositionLike[]): string[];
export function fuzz(options: {
  files: number;
  seed?: number;
  onProblem?: (kind: string, text: string, detail: string) => void;
  onProgress?: (stats: FuzzStats) => void;
}): Promise<FuzzStats>;
