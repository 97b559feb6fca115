import type { OAuthConfig } from "next-auth/providers/oauth";

interface LinkedInProfile {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
}

/** "Sign In with LinkedIn using OpenID Connect" (scopes openid, profile, email). */
export function linkedInProvider(clientId: string, clientSecret: string): OAuthConfig<LinkedInProfile> {
  return {
    id: "linkedin",
    name: "LinkedIn",
    type: "oauth",
    wellKnown: "https://www.linkedin.com/oauth/.well-known/openid-configuration",
    issuer: "https://www.linkedin.com/oauth",
    jwks_endpoint: "https://www.linkedin.com/oauth/openid/jwks",
    authorization: { params: { scope: "openid profile email" } },
    idToken: true,
    checks: ["state", "nonce"],
    client: { token_endpoint_auth_method: "client_secret_post" },
    clientId,
    clientSecret,
    profile(p) {
      return { id: p.sub, name: p.name ?? null, email: p.email ?? null, image: p.picture ?? null };
    },
  };
}
