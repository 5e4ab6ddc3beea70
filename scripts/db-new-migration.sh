#!/usr/bin/env bash
# Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
# schema at HEAD and the working-tree schema.
# Why not `prisma migrate dev`: with the offline WASM schema engine (Prisma 6.19 + adapter-pg) it
# crashes ("RuntimeError: unreachable") while replaying existing migrations into a shadow database.
# A datamodel-to-datamodel diff needs no shadow database. Apply with `npm run db:migrate:deploy`.
# Usage: DATABASE_URL=... scripts/db-new-migration.sh add_runs   (any reachable PostgreSQL; see scripts/dev-db.ts)
set -euo pipefail
name=${1:?usage: db-new-migration.sh <name>}
: "${DATABASE_URL:?set DATABASE_URL (npx tsx scripts/dev-db.ts prints one)}"
cd "$(git rev-parse --show-toplevel)"
old=$(mktemp --suffix=.prisma)
trap 'rm -f "$old"' EXIT
git show HEAD:prisma/schema.prisma >"$old"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
export PRISMA_QUERY_ENGINE_LIBRARY=prisma/engine-placeholder PRISMA_SCHEMA_ENGINE_BINARY=prisma/engine-placeholder
sql=$(npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qv '^-- This is an empty migration' <<<"$sql" || [ -z "$(grep -v '^\s*$' <<<"$sql")" ]; then
  echo "no schema change against HEAD; nothing written" >&2
  exit 1
fi
mkdir -p "$dir"
printf '%s\n' "$sql" >"$dir/migration.sql"
echo "wrote $dir/migration.sql"
