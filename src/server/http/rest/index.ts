// Helpers shared by the /api/v1 route handlers; each concern lives in its own small module.
export { handleRest, json, type RestContext } from "./handle";
export { authenticate, requireScope, requireApiKey } from "./auth";
export { bearerToken } from "./bearer";
export { enforceRateLimit } from "./rate-limit";
export { requireJsonContentType, readJsonBody, parseInput } from "./body";
export { inApiKeyTenant } from "./tenant";
export { errorResponse, jsonError } from "./errors";
