# The `kg` command as an image (used by docker-compose.yml to load articles into Neo4j).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY data ./data
COPY cypher ./cypher
COPY bin ./bin
# `npm ci` runs the prepare script, which compiles src/ into dist/; then the dev dependencies go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/data ./data
COPY --from=build /app/cypher ./cypher
COPY seeds ./seeds
USER node
ENTRYPOINT ["node", "bin/kg.js"]
CMD ["--help"]
