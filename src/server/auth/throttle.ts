import "server-only";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "~/env";
import { sharedRedis } from "~/server/redis";

/**
 * Failed sign-in throttling (rate-limiter-flexible's login-protection pattern):
 * - account+IP: 10 failures per 15 min, then blocked 15 min (stops guessing one account);
 * - IP: 100 failures per day, then blocked 1 h (stops spraying many accounts);
 * - account (any IP): 50 failures per hour, so a spoofed X-Forwarded-For cannot lift the limit.
 */
export const LOGIN_LIMITS = {
  accountIp: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  ip: { points: 100, duration: 24 * 3600, blockDuration: 3600 },
  account: { points: 50, duration: 3600, blockDuration: 3600 },
} as const;

type Limiters = Record<keyof typeof LOGIN_LIMITS, RateLimiterRedis>;
const globalForLimiters = globalThis as unknown as { __ssiLoginLimiters?: Limiters };

function limiters(): Limiters {
  globalForLimiters.__ssiLoginLimiters ??= Object.fromEntries(
    Object.entries(LOGIN_LIMITS).map(([name, cfg]) => [
      name,
      new RateLimiterRedis({
        storeClient: sharedRedis(),
        keyPrefix: `${env.REDIS_PREFIX}:login:${name}`,
        ...cfg,
      }),
    ]),
  ) as Limiters;
  return globalForLimiters.__ssiLoginLimiters;
}

const keys = (email: string, ip: string) => ({
  accountIp: `${email}_${ip}`,
  ip,
  account: email,
});

/** Seconds until the caller may try again, or 0 when not throttled. */
export async function loginRetryAfter(email: string, ip: string): Promise<number> {
  const l = limiters();
  const k = keys(email, ip);
  const results = await Promise.all(
    (Object.keys(k) as (keyof Limiters)[]).map(async (name) => ({
      name,
      res: await l[name].get(k[name]),
    })),
  );
  let wait = 0;
  for (const { name, res } of results) {
    if (res && res.consumedPoints >= LOGIN_LIMITS[name].points) {
      wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
    }
  }
  return wait;
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const l = limiters();
  const k = keys(email, ip);
  await Promise.all(
    (Object.keys(k) as (keyof Limiters)[]).map((name) =>
      l[name].consume(k[name]).catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e; // over the limit is expected; Redis errors are not
      }),
    ),
  );
}

export async function recordLoginSuccess(email: string, ip: string): Promise<void> {
  await limiters().accountIp.delete(keys(email, ip).accountIp);
}
