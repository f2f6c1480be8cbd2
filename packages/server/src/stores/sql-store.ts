import { migrate } from './migrate.js';
import type { SqlDriver } from './sql.js';
import { partCache, type Store } from './store.js';

/** A store over a migrated SQL database; `close()` closes the driver. */
export async function openSqlStore(driver: SqlDriver): Promise<Store> {
  await migrate(driver);
  return {
    use: partCache((part) => part.sql(driver)),
    close: () => driver.close(),
  };
}
