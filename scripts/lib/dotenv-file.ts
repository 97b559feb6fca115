import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * First run: create .env from .env.example with a fresh random AUTH_SECRET, so the production
 * build started by `npm run demo` has a real secret and sessions survive restarts.
 */
export function ensureDotEnv(): boolean {
  if (existsSync(".env")) return false;
  copyFileSync(".env.example", ".env");
  const text = readFileSync(".env", "utf8").replace(/^AUTH_SECRET=.*$/m, `AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
  writeFileSync(".env", text, { mode: 0o600 });
  return true;
}
