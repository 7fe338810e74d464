/** Types of generate.mjs, for the test that checks the corpus. */
export function generate(count: number, dir: string, share?: number): { files: number; violating: number };
