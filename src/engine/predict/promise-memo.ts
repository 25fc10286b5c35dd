/**
 * Results kept by key so that a settings change recomputes only what depends on it. Promises are kept,
 * so two runs asking for the same thing share one computation; a rejected one is forgotten, and beyond
 * `limit` entries the least recently used goes (a 100k-customer history is about 10 MB).
 */
export class PromiseMemo {
  readonly #entries = new Map<string, Promise<unknown>>();

  constructor(private readonly limit: number) {}

  get<T>(key: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const id = JSON.stringify(key);
    let entry = this.#entries.get(id) as Promise<T> | undefined;
    if (entry) {
      this.#entries.delete(id);
    } else {
      entry = compute();
      entry.catch(() => {
        if (this.#entries.get(id) === entry) this.#entries.delete(id);
      });
    }
    this.#entries.set(id, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.limit) break;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  clear(): void {
    this.#entries.clear();
  }
}
