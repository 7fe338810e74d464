/**
 * Array helpers for input-sized lists (findings, table rows, a page's lines), which untrusted
 * input can make hundreds of thousands long. Two traps they avoid:
 * - `target.push(...items)` and `Math.max(...items)` pass every item as an argument, and past
 *   about 120,000 of them V8 throws "Maximum call stack size exceeded";
 * - grouping as `map.set(k, [...(map.get(k) ?? []), item])` copies the group for every item:
 *   quadratic (20,000 findings in one file took the default format 60 s).
 */

/** Appends `items` to `target` one by one, whatever their number. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `items` grouped by `keyOf`, groups and items in first-seen order; `into` may list keys first. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K, into: Map<K, T[]> = new Map()): Map<K, T[]> {
  for (const item of items) {
    const key = keyOf(item);
    const group = into.get(key);
    if (group) group.push(item);
    else into.set(key, [item]);
  }
  return into;
}

/** The largest of `values` (-Infinity for none, as Math.max()), whatever their number. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
