# One image for every service; docker-compose.yml and deploy/k8s pick the service with
# KW_SERVICE_NAME (or SERVICE). The services run compiled (`npm run build`: one JavaScript
# file each, services/<name>/dist/main.js) on Node.js 24 LTS with production dependencies
# only, as the unprivileged `node` user. The gateway's image carries the console's static build.
#
#   docker build -t keywarden/services .
#   docker run -e KW_SERVICE_NAME=gateway ... keywarden/services
ARG NODE_IMAGE=node:24-bookworm-slim

# Only the package manifests, so that the dependency layers are cached until they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /manifests \;

# Everything needed to build: every dependency, the console's build, the compiled services.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY --from=manifests /manifests ./
COPY package-lock.json ./
# postinstall applies them (patch-package): the PostgreSQL driver's fix for closed connections.
COPY patches ./patches
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npm run console:build && npm run build \
 && mkdir /out \
 && for dir in services/* tools/cli tools/simulators libs/event-store; do \
      for part in dist drizzle; do \
        if [ -d "$dir/$part" ]; then mkdir -p "/out/$dir" && cp -r "$dir/$part" "/out/$dir/" || exit 1; fi; \
      done; \
    done

# Production dependencies only (no compiler, no test tools, no embedded PostgreSQL). No install
# scripts run; the one patched package is taken from the build stage, where patch-package ran.
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY --from=manifests /manifests ./
COPY package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error && npm cache clean --force
COPY --from=build /src/node_modules/postgres ./node_modules/postgres

FROM ${NODE_IMAGE}
ENV NODE_ENV=production KW_DATA_DIR=/data
WORKDIR /app
COPY --from=production-dependencies /app ./
COPY --from=build /out ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
# Liveness on the service's HTTP port (KW_HTTP_PORT; docker-compose and deploy/k8s set 8080).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.KW_HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec: node gets SIGTERM from `docker stop` and shuts down gracefully.
CMD ["sh", "-c", "exec node --enable-source-maps \"services/${SERVICE:-${KW_SERVICE_NAME:?set SERVICE or KW_SERVICE_NAME}}/dist/main.js\""]
