import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type { Prisma } from "./generated/client";
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { lotseDb?: PrismaClient };

/**
 * The process-wide Prisma client (driver adapter + WASM query compiler: no native engine).
 * Reads DATABASE_URL on first use, so importing this module never needs a database.
 */
export function getDb(): PrismaClient {
  if (!globalForDb.lotseDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForDb.lotseDb = new PrismaClient({
      adapter: new PrismaPg({ connectionString, max: Number(process.env.LOTSE_DB_POOL_SIZE ?? 10) }),
    });
  }
  return globalForDb.lotseDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.lotseDb?.$disconnect();
  globalForDb.lotseDb = undefined;
}
