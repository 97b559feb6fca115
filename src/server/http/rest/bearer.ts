/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, RFC 6750), or null. */
export function bearerToken(header: string | null): string | null {
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match?.[1] ?? null;
}
