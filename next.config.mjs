import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";

/** @type {import("next").NextConfig} */
const config = {
  poweredByHeader: false,
  // A separate build folder lets two e2e runs on one machine build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native or Node-only packages: load them from node_modules at run time instead of bundling.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "bullmq",
    "ioredis",
    "pino",
    "smtp-server",
    "nodemailer",
    "yauzl",
  ],
  async headers() {
    const { STATIC_SECURITY_HEADERS } = await jiti().import("./src/server/http/security-headers.ts");
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
  experimental: {
    // Archive uploads go through route handlers, not server actions; keep actions small.
    serverActions: { bodySizeLimit: "1mb" },
  },
};

const jiti = () => createJiti(fileURLToPath(import.meta.url));

/** Validates the environment (src/env.ts) at build and start-up, so a bad setting fails fast. */
export default async function nextConfig(phase) {
  // Next sets NEXT_PHASE only after loading this file; env.ts relaxes run-time secrets during builds.
  process.env.NEXT_PHASE ??= phase;
  await jiti().import("./src/env.ts");
  return config;
}
