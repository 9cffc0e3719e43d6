/** How deep and how large a free-form JSON value of one item may be. */
export interface JsonBounds {
  readonly maxDepth: number;
  /** As compact JSON text, in UTF-8 bytes. */
  readonly maxBytes: number;
}

/**
 * Why `value` is out of bounds, or undefined. Depth is walked without recursion, and size
 * measured only once the depth is known to be bounded, so a hostile value (100,000 levels deep)
 * is refused as that item's problem instead of overflowing the stack for the whole batch.
 */
export function jsonBoundsProblem(value: unknown, bounds: JsonBounds): string | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > bounds.maxDepth) return `nests deeper than ${bounds.maxDepth} levels`;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
  return bytes > bounds.maxBytes ? `is ${bytes.toLocaleString('en')} bytes as JSON, over ${bounds.maxBytes.toLocaleString('en')}` : undefined;
}
