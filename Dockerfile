# Crampwise in a container: built in one stage, run as the unprivileged `node` user on node:20-slim.
# docker build -t crampwise .   ·   docker run -p 127.0.0.1:3000:3000 -v crampwise-data:/data crampwise
# See docs/deploy.md (reverse proxy, PUBLIC_URL, TRUST_PROXY, PostgreSQL, backups, upgrades).

FROM node:20-slim AS build
WORKDIR /app
# Dependencies first, so this layer is reused while only the sources change. Install scripts are skipped
# because `prepare` would build before the sources are copied; esbuild's own script is then run by hand.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild esbuild
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/bin ./bin
COPY --from=build --chown=root:root /app/scripts ./scripts
# The knowledge base is read from its Markdown files at start.
COPY --from=build --chown=root:root /app/src/content ./src/content
# The embedded store and its session key live here (unused with DATABASE_URL); private to the app's user.
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# slim has no curl: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM from `docker stop` ends requests in flight and closes the store cleanly (within 10 s).
CMD ["node", "bin/crampwise.js", "serve"]
