// Settings of the app under e2e test: its own database, Redis prefix and ports.
export const E2E_PORT = process.env.E2E_PORT ?? "3100";
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

export const E2E_ENV = {
  PORT: E2E_PORT,
  APP_URL: E2E_BASE_URL,
  // Port-specific names let two e2e runs on one machine (E2E_PORT=3200 …) stay apart.
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/ssi_e2e_${E2E_PORT}`,
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  REDIS_PREFIX: `ssie2e${E2E_PORT}`,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
  SMTP_URL: `smtp://127.0.0.1:${Number(E2E_PORT) + 1000}`,
  MAIL_CAPTURE_DIR: `.data/e2e-mail-${E2E_PORT}`,
  UPLOAD_DIR: `.data/e2e-uploads-${E2E_PORT}`,
  ENABLE_DEV_MAIL_VIEWER: "true",
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
};
