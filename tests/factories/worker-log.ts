import { logger } from "~/server/logger";

/** A logger for in-process workers in tests (silent unless LOG_LEVEL is set). */
export const workerLog = logger.child({ process: "test-worker" });
