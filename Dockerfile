# syntax=docker/dockerfile:1
# Lotse container image: one image runs the web app (`next start`) and the worker; the `migrate`
# target applies database migrations (init container). See deploy/README.md.
#
#   docker build -t lotse .                      # runtime image (the last stage)
#   docker build -t lotse-migrate --target migrate .
#
# The runtime stage is distroless: no shell, no package manager. It runs as a numeric non-root user
# and needs only /tmp (Node's temp files; tsx's compile cache for the CLI), /app/.next/cache (Next.js) and
# $LOTSE_DATA_DIR (evidence packs, web only) to be writable: mount emptyDirs there and run with a
# read-only root filesystem.

ARG BUILD_IMAGE=node:24-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs24-debian12:nonroot

# ── deps: every package (the build and the Prisma CLI need the dev dependencies) ─────────────
FROM ${BUILD_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
# postinstall runs `prisma generate` (WASM engines; the scripts point the native-engine paths at
# prisma/engine-placeholder, so nothing is downloaded) into lib/server/store/generated.
RUN npm ci

# ── build: the production Next.js build ──────────────────────────────────────────────────────
FROM ${BUILD_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
COPY --from=deps /app/lib/server/store/generated ./lib/server/store/generated
RUN node_modules/.bin/next build && rm -rf .next/cache && node_modules/.bin/tsx scripts/build-worker.ts

# ── prod-deps: runtime packages only; install scripts are not needed at run time ────────────
FROM ${BUILD_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts

# ── migrate: `prisma migrate deploy` for an init container (the Prisma CLI is a dev dependency) ─
FROM ${RUNTIME_IMAGE} AS migrate
WORKDIR /app
ENV HOME=/tmp TMPDIR=/tmp CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    PRISMA_QUERY_ENGINE_LIBRARY=prisma/engine-placeholder \
    PRISMA_SCHEMA_ENGINE_BINARY=prisma/engine-placeholder
COPY --from=deps /app/node_modules ./node_modules
COPY package.json prisma.config.ts ./
COPY prisma ./prisma
USER 65532:65532
# The distroless entrypoint is node; these are its arguments.
CMD ["node_modules/prisma/build/index.js", "migrate", "deploy"]

# ── runtime: web (default command) and worker (override the arguments) ──────────────────────
FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOME=/tmp TMPDIR=/tmp \
    LOTSE_DATA_DIR=/data PORT=3000
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/dist ./dist
COPY --from=build /app/lib ./lib
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/package.json /app/tsconfig.json /app/next.config.ts ./
# Numeric, so the kubelet can verify runAsNonRoot without a passwd lookup.
USER 65532:65532
EXPOSE 3000
# Web: node_modules/next/dist/bin/next start -H 0.0.0.0 -p 3000
# Worker: --max-semi-space-size=8 --max-old-space-size=256 dist/worker/worker-main.mjs (the bundle of scripts/build-worker.ts, as `npm run worker` runs it)
CMD ["node_modules/next/dist/bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]
