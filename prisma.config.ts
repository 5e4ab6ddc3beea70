// Prisma CLI configuration: the offline (WASM schema engine) recipe. Used by the CLI only, never at run time.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// Note: works around prisma/orm#27403 — adapter-pg 6.19 cannot deserialize pg_catalog's `"char"` (OID 18)
// and `name` (OID 19) columns that the schema engine reads during introspection. Report them as text.
type RowDescription = { fields: { dataTypeID: number }[] };
const queryPrototype = (pg as unknown as { Query: { prototype: Record<string, unknown> } }).Query.prototype;
const handleRowDescription = queryPrototype.handleRowDescription as (this: unknown, msg: RowDescription) => void;
if (!(handleRowDescription as { isLotseShim?: boolean }).isLotseShim) {
  const shim = function (this: unknown, msg: RowDescription) {
    for (const field of msg.fields) {
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    }
    return handleRowDescription.call(this, msg);
  };
  (shim as { isLotseShim?: boolean }).isLotseShim = true;
  queryPrototype.handleRowDescription = shim;
}

// Note: adapter-pg 6.19 runs migration scripts by splitting them on every ";", which breaks
// dollar-quoted function bodies (our append-only audit trigger). Send each script as one simple
// query instead; PostgreSQL then also runs the whole migration in one implicit transaction.
type ScriptRunner = { client: { query: (sql: string) => Promise<unknown> }; onError: (error: unknown) => never };
async function createAdapter() {
  const factory = new PrismaPg({ connectionString: process.env.DATABASE_URL });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    const prototype = Object.getPrototypeOf(connection) as {
      executeScript: (this: ScriptRunner, script: string) => Promise<void>;
    };
    prototype.executeScript = async function (script) {
      try {
        await this.client.query(script);
      } catch (error) {
        this.onError(error);
      }
    };
    return connection;
  };
  return factory;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: createAdapter,
});
