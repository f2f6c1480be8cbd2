import { partCache, type MemoryTables, type Store } from './store.js';

/**
 * A store in plain Maps: for tests and single-process experiments. It has every part's behaviour
 * (each part's contract suite runs against it), not its durability.
 */
export function createMemoryStore(): Store {
  const tables = new Map<string, Map<string, unknown>>();
  const memory: MemoryTables = {
    table<V>(name: string) {
      let table = tables.get(name);
      if (!table) tables.set(name, (table = new Map()));
      return table as Map<string, V>;
    },
  };
  return {
    use: partCache((part) => part.memory(memory)),
    async close() {
      tables.clear();
    },
  };
}
