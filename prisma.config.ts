// Prisma CLI configuration. The native schema engine cannot be downloaded on our machines,
// so migrations run through the JS engine over the same pg driver adapter the app uses.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
// schema.prisma reads env("DATABASE_URL"); without it the CLI falls back to downloading engines.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/ssi_coach";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --tsconfig tsconfig.node.json prisma/seed.ts" },
  adapter: async () => new PrismaPg({ connectionString: url }),
});
