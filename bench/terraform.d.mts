/** Types of terraform.mjs, for the test that checks its hostile shapes. */
export interface HostileTerraformShape {
  name: string;
  unit: string;
  sizes: number[];
  args?: string[];
  /** A repository of the shape at size n (a temporary directory), the caller removes it. */
  repo(n: number): string;
}
export const HOSTILE_TERRAFORM: HostileTerraformShape[];
export function hostileTerraformSection(runs?: number): string;
export function terraformCorpus(files: number): string;
export function terraformSection(runs?: number): string;
export function withSection(results: string, section: string): string;
