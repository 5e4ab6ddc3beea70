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

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
