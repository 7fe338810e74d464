/** Types of hostile.mjs, for the test that checks its files. */
export const HOSTILE_BYTES: number;
export function hostileFiles(): Record<string, string>;
