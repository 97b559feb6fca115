/** Only same-site paths may be a post-sign-in destination (no open redirects). */
export function safeCallbackUrl(url: string | undefined | null, fallback = "/"): string {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return fallback;
  return url;
}
