# One image for every service; docker-compose.yml picks the service with
# KW_SERVICE_NAME (or SERVICE). Services run from source through tsx, exactly
# as the local platform runs them (tools/platform).

# Only the package manifests, so that `npm ci` is cached until they change.
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /manifests \;

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=manifests /manifests ./
COPY package-lock.json ./
# postinstall applies them (patch-package): the PostgreSQL driver's fix for closed connections.
COPY patches ./patches
# All dependencies: tsx (a devDependency) runs the TypeScript sources. `npm install`
# with the committed lock file, as .ci/run does: `npm ci` refuses this lock file
# (it omits other platforms' optional packages), so the build would stop here.
RUN npm install --no-audit --no-fund --loglevel=error && npm cache clean --force
COPY . .
# The web console's static build (services/console/dist), which the gateway serves at /.
RUN npm run console:build
RUN mkdir -p /data && chown node:node /data
USER node
ENV KW_DATA_DIR=/data
VOLUME /data
# exec: node gets SIGTERM from `docker stop` and shuts down gracefully.
CMD ["sh", "-c", "exec node --conditions=source --import tsx \"services/${SERVICE:-${KW_SERVICE_NAME:?set SERVICE or KW_SERVICE_NAME}}/src/main.ts\""]
