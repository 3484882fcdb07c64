#!/usr/bin/env bash
# Usage: scripts/new-migration.sh <name>
# Writes prisma/{sqlite,postgres}/migrations/NNNN_<name>/migration.sql from the difference
# between the model snapshot of the last migration and prisma/models.prisma, then snapshots
# the current model. Offline: `prisma migrate diff` schema-to-schema needs no database for
# SQLite; the PostgreSQL diff connects to TEST_POSTGRES_URL (docs/adr/0002-migrations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/new-migration.sh <name>}
last=$(ls prisma/snapshots | sort | tail -1)
next=$(printf "%04d_%s" $((10#${last%%_*} + 1)) "$name")
pg_url=${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}

for provider in sqlite postgres; do
  from=$(mktemp -d)
  cp "prisma/$provider/datasource.prisma" "$from/"
  cp "prisma/snapshots/$last" "$from/models.prisma"
  mkdir -p "prisma/$provider/migrations/$next"
  url=file:./data/diff.db
  [ "$provider" = postgres ] && url=$pg_url
  DATABASE_URL=$url npx prisma migrate diff --config "prisma/$provider.config.ts" \
    --from-schema-datamodel "$from" --to-schema-datamodel "prisma/$provider" \
    --script -o "prisma/$provider/migrations/$next/migration.sql"
  rm -rf "$from"
done
cp prisma/models.prisma "prisma/snapshots/$next.prisma"
echo "Created migration $next for SQLite and PostgreSQL; review both files."
