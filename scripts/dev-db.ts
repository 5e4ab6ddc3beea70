// Starts the embedded PostgreSQL of the local data directory and prints its URL; for running
// Prisma CLI commands by hand (e.g. `npm run db:migrate:dev`). Stops on Ctrl-C.
import { startEmbeddedPostgres } from "@/lib/server/store/embedded/start-embedded-postgres";

const dataDir = process.env.LOTSE_DATA_DIR ?? ".data";
const port = Number(process.env.LOTSE_EMBEDDED_PG_PORT ?? 54329);
const handle = await startEmbeddedPostgres({ dataDir, port });
console.log(`DATABASE_URL=${handle.connectionString}`);
const stop = () => void handle.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
