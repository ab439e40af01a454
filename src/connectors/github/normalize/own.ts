/**
 * The value at `path` in a parsed payload, following own properties only: a key such as
 * `constructor` or `__proto__` finds nothing rather than what every object inherits. Costs
 * `path.length` steps whatever the payload holds.
 */
export function ownPath(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    // A descriptor, not `node[key]`: for `__proto__` the bracket reads the prototype.
    node = Object.getOwnPropertyDescriptor(node, key)?.value;
  }
  return node;
}
