// Lookup by id into a list of content entries, built once per list (content is fixed while the
// server runs) instead of a linear search per point on every plan. Pure: a cache of the input.
const indexes = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, unknown>>();

/** The entry with this id in `entries` (the first, as `find` would give), or undefined. */
export function entryById<T extends { readonly id: string }>(
  entries: readonly T[],
  id: string,
): T | undefined {
  let index = indexes.get(entries) as ReadonlyMap<string, T> | undefined;
  if (index === undefined) {
    const built = new Map<string, T>();
    for (const entry of entries) if (!built.has(entry.id)) built.set(entry.id, entry);
    indexes.set(entries, built);
    index = built;
  }
  return index.get(id);
}
