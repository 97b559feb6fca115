/** Best-effort client address for rate limiting: first X-Forwarded-For hop, else X-Real-IP. */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const xff = get("x-forwarded-for")?.split(",")[0]?.trim();
  return xff || get("x-real-ip")?.trim() || "unknown";
}
