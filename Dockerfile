# Production image: builds the Next.js app once; at start it applies the committed migrations
# (never the demo data: NODE_ENV=production), then serves the admin and the API on :3000.
# .dockerignore keeps .env, .data, media, tests, node_modules and .git out of the build context.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 UPLOADS_DIR=/data/uploads
COPY --from=build /app ./
RUN mkdir -p /data/uploads && chown -R node:node /data /app/.next
USER node
EXPOSE 3000
CMD ["sh", "-c", "npx tsx src/scripts/prepareDatabase.ts && npx next start -p ${PORT}"]
