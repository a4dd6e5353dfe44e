import { PrismaPg } from "@prisma/adapter-pg";
import { pgConfigFromUrl } from "../../lib/db-url";

// The Prisma CLI's connection to PostgreSQL (migrate deploy, migrate diff), with three shims
// the offline JS schema engine of Prisma 6.19 needs.

// 1. The migration-table and introspection queries return columns of PostgreSQL's internal `name`
//    type (OID 19), which adapter-pg refuses ("Column type 'name' could not be deserialized",
//    prisma/prisma#27403): report `name` and "char" columns as text on the CLI's connections.
const TEXT_OID = 25;
const AS_TEXT = new Set([18 /* "char" */, 19 /* name */]);
type Patchable = { performIO: (...args: unknown[]) => Promise<{ fields?: { dataTypeID: number }[] }> };
function patchQueryable<T>(q: T): T {
  const target = q as unknown as Patchable & { startTransaction?: (...args: unknown[]) => Promise<unknown> };
  const performIO = target.performIO.bind(q);
  target.performIO = async (...args: unknown[]) => {
    const res = await performIO(...args);
    for (const f of res?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
    return res;
  };
  if (typeof target.startTransaction === "function") {
    const startTransaction = target.startTransaction.bind(q);
    target.startTransaction = async (...args: unknown[]) => patchQueryable(await startTransaction(...args));
  }
  return q;
}

export function postgresMigrateAdapter(url: string) {
  // 2. Discrete fields, not { connectionString }: adapter-pg's connectToShadowDb() spreads the
  //    config with another `database`, and node-postgres lets connectionString override it, so
  //    the "shadow" database would silently be the real one.
  const config = pgConfigFromUrl(url);
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchQueryable(await connect());
  // 3. adapter-pg 6.19.3 drops the shadow database before closing its pool ("database … is being
  //    accessed by other users"): create, close, then drop, in that order.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = patchQueryable(await new PrismaPg({ ...config, database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  };
  return factory;
}
