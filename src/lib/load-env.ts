// Loads .env files with Next's own rules, for processes Next does not start (worker, CLIs, tests).
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
