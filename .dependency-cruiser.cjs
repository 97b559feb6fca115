// The architecture as checked rules (`npm run lint:architecture`, part of `npm test` and CI).
// Layers: src/domain (pure, shared with the browser) ← src/server/services (domain logic with I/O)
// ← src/server/{api,api-v1,http} (transport) ← src/app (routes); workers/ consume job definitions.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "browser-code-imports-server",
      comment:
        "Components, browser helpers and client error boundaries run in the browser: they depend on src/domain and src/lib, " +
        "never on src/server (only the type of the tRPC router is allowed, to infer its inputs and outputs).",
      severity: "error",
      from: { path: "^src/(components|lib|domain)/|^src/trpc/(react|query-client)\\.tsx?$|^src/app/.*(^|/)(error|global-error)\\.tsx$" },
      to: { path: "^src/server/", pathNot: "^src/server/api/root\\.ts$" },
    },
    {
      name: "browser-code-imports-router-at-run-time",
      comment: "The tRPC router may be imported for its type only (import type { AppRouter }).",
      severity: "error",
      from: { path: "^src/(components|lib|domain)/|^src/trpc/(react|query-client)\\.tsx?$" },
      to: { path: "^src/server/api/root\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-is-pure",
      comment: "src/domain is pure TypeScript: no framework, no database, no I/O (Prisma enums as types only).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: {
        path: "^src/(server|app|components|trpc)/|(^|/)node_modules/(next|react|react-dom|pg|ioredis|bullmq|nodemailer)/|^(node:)?(fs|net|http|https|child_process)$",
      },
    },
    {
      name: "domain-uses-prisma-at-run-time",
      comment: "The domain may name Prisma's generated types, never load the client.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "(^|/)node_modules/(@prisma|\\.prisma)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "services-import-transport",
      comment: "Services are called by routers, routes, workers, CLIs and tests alike: they never depend on the API layer, routes or Next.",
      severity: "error",
      from: { path: "^src/server/services/" },
      to: { path: "^src/server/(api|api-v1|http)/|^src/app/|(^|/)node_modules/next/" },
    },
    {
      name: "pages-query-the-database",
      comment: "Pages, layouts and their helpers read through the server-side tRPC caller (src/trpc/server), never Prisma or SQL.",
      severity: "error",
      from: { path: "^src/app/", pathNot: "(^|/)route\\.ts$" },
      to: { path: "^src/server/db(\\.ts$|/)|(^|/)node_modules/(@prisma/client|\\.prisma|pg)/" },
    },
    {
      name: "routes-use-prisma",
      comment: "Route handlers may pass the shared client to a service; they never use Prisma or pg themselves.",
      severity: "error",
      from: { path: "(^|/)route\\.ts$" },
      to: { path: "(^|/)node_modules/(@prisma/client|\\.prisma|pg)/|^src/server/db/" },
    },
    {
      name: "workers-import-routes-or-routers",
      comment: "The worker runs job definitions and services; the HTTP layers are the web process's.",
      severity: "error",
      from: { path: "^workers/" },
      to: { path: "^src/app/|^src/server/(api|api-v1|http)/" },
    },
    {
      name: "second-prisma-client",
      comment: "One Prisma client per process, created in src/server/db.ts (the driver adapter is what creating one takes here).",
      severity: "error",
      from: { pathNot: "^src/server/db(\\.ts$|/)|^prisma\\.config\\.ts$" },
      to: { path: "(^|/)node_modules/@prisma/adapter-pg/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    exclude: { path: "(^|/)(\\.next[^/]*|test-results|playwright-report)/" },
  },
};
