import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// `next build` runs with NODE_ENV=production but needs no secrets; the running server does.
const isProdRuntime = process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
const bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

/**
 * Every setting of the app and the worker, validated once at start-up.
 * Development defaults point at the local PostgreSQL and Redis so `npm run demo` needs no .env;
 * production (NODE_ENV=production) requires a real AUTH_SECRET.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/ssi_coach"),
    /** Pool size per process; the web and each worker process hold their own pool. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
    /** Key prefix for BullMQ and rate limits, so several deployments (or test runs) share one Redis. */
    REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default("ssi"),
    APP_URL: z.url().default("http://localhost:3000"),
    AUTH_SECRET: isProdRuntime
      ? z.string().min(32, "AUTH_SECRET must be at least 32 characters in production")
      : z.string().min(16).default("development-only-secret-change-me-please"),
    LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
    LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
    SMTP_URL: z.string().default("smtp://127.0.0.1:2525"),
    MAIL_FROM: z.string().default("SSI Coach <reports@ssi-coach.local>"),
    /** Capture SMTP server started by `npm run demo` and tests; its messages are listed at /dev/mail. */
    MAIL_CAPTURE_DIR: z.string().default(".data/mail"),
    UPLOAD_DIR: z.string().default(".data/uploads"),
    IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
    IMPORT_MAX_UNCOMPRESSED_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024 * 1024),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /** How long a crashed worker's job stays locked before another worker takes it over. */
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).default(30_000),
    /** Recipients per send-report job (1 makes every e-mail its own job). */
    REPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(100),
    /** Which process this is ("web", "worker", a CLI's name), for the logs. */
    SSI_PROCESS: z.string().default("web"),
    /** Test-only fault injection (workers/fault-injection.ts); unset in every real deployment. */
    SSI_FAULT_DELAY: z.string().default(""),
    /** Test-only: the worker prints WORKER_READY once its queues listen. */
    SSI_WORKER_READY_LINE: bool.default(false),
    /** Log level under NODE_ENV=test (silent unless a test run asks otherwise). */
    TEST_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("silent"),
    /** Turns on the development mail viewer at /dev/mail even in a production build (demo only). */
    ENABLE_DEV_MAIL_VIEWER: bool.default(false),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
});

export const linkedInConfigured = Boolean(env.LINKEDIN_CLIENT_ID && env.LINKEDIN_CLIENT_SECRET);
