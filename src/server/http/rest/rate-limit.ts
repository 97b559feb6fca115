import "server-only";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "~/env";
import { AppError } from "~/server/errors";
import { sharedRedis } from "~/server/redis";
import type { RestContext } from "./handle";

export const RATE_LIMIT_WINDOW_SECONDS = 60;

// One limiter per Redis client (a closed client is replaced by sharedRedis(), and so is its limiter).
const limiters = new WeakMap<Redis, RateLimiterRedis>();

function limiterFor(redis: Redis): RateLimiterRedis {
  let limiter = limiters.get(redis);
  if (!limiter) {
    const points = env.API_RATE_LIMIT_PER_MINUTE;
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${env.REDIS_PREFIX}:api`,
      points,
      duration: RATE_LIMIT_WINDOW_SECONDS,
      // While Redis is unreachable each process limits on its own instead of failing the request.
      insuranceLimiter: new RateLimiterMemory({ points, duration: RATE_LIMIT_WINDOW_SECONDS }),
    });
    limiters.set(redis, limiter);
  }
  return limiter;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Spends one point of the key's per-minute budget (Redis key `${REDIS_PREFIX}:api:<apiKeyId>`).
 * Sets X-RateLimit-Limit / -Remaining / -Reset (seconds until the window resets) on the answer;
 * over the limit it throws TOO_MANY_REQUESTS, which answers 429 with Retry-After.
 */
export async function enforceRateLimit(apiKeyId: string, ctx: RestContext): Promise<void> {
  const limit = env.API_RATE_LIMIT_PER_MINUTE;
  const setHeaders = (res: RateLimiterRes) => {
    ctx.headers.set("x-ratelimit-limit", String(limit));
    ctx.headers.set("x-ratelimit-remaining", String(Math.max(0, res.remainingPoints)));
    ctx.headers.set("x-ratelimit-reset", String(seconds(res.msBeforeNext)));
  };
  try {
    setHeaders(await limiterFor(sharedRedis()).consume(apiKeyId));
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) {
      // Both Redis and the insurance limiter failed: serve the request rather than refuse it.
      ctx.log.warn({ err: e }, "rate limiter unavailable; request not limited");
      return;
    }
    setHeaders(e);
    const retryAfterSeconds = seconds(e.msBeforeNext);
    ctx.headers.set("retry-after", String(retryAfterSeconds));
    throw new AppError("TOO_MANY_REQUESTS", `Rate limit of ${limit} requests per minute exceeded; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
