/**
 * Colour only on a terminal, with the conventions of https://no-color.org and FORCE_COLOR:
 * NO_COLOR (any non-empty value) turns it off, FORCE_COLOR (other than 0) turns it on.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}
