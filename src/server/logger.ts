import "server-only";
import pino from "pino";
import { env } from "~/env";

/** Structured JSON logs; secrets are redacted wherever they might appear. */
export const loggerOptions = {
  // Tests are quiet unless TEST_LOG_LEVEL asks otherwise (a developer's .env may set LOG_LEVEL).
  level: env.NODE_ENV === "test" ? env.TEST_LOG_LEVEL : env.LOG_LEVEL,
  base: { service: env.SSI_PROCESS },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "apiKey",
      "*.apiKey",
      "authorization",
      "*.authorization",
      "headers.cookie",
      "*.headers.cookie",
      "req.headers.authorization",
      "req.headers.cookie",
    ],
    censor: "[redacted]",
  },
} satisfies pino.LoggerOptions;

export const logger = pino(loggerOptions);

export type Logger = typeof logger;
