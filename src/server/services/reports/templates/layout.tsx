import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Inline styles only, solid backgrounds everywhere (dark-mode clients invert transparent areas),
// no external images, system fonts.
export const COLORS = {
  ink: "#0f172a",
  muted: "#475569",
  line: "#e2e8f0",
  page: "#f1f5f9",
  card: "#ffffff",
  brand: "#0a66c2",
  up: "#047857",
  down: "#b91c1c",
  pillars: { brand: "#4f46e5", findPeople: "#0891b2", engage: "#d97706", relationships: "#db2777" },
} as const;
export const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export function EmailLayout({ preview, orgName, children, unsubscribeUrl }: { preview: string; orgName: string; children: ReactNode; unsubscribeUrl: string }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light only" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: COLORS.page, margin: 0, padding: "24px 0", fontFamily: FONT, color: COLORS.ink }}>
        <Container style={{ backgroundColor: COLORS.card, maxWidth: 600, width: "100%", borderRadius: 12, border: `1px solid ${COLORS.line}` }}>
          <Section style={{ padding: "20px 28px 0" }}>
            <Text style={{ margin: 0, fontSize: 13, color: COLORS.muted }}>
              <strong style={{ color: COLORS.brand }}>SSI Coach</strong> · {orgName}
            </Text>
          </Section>
          <Section style={{ padding: "8px 28px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: COLORS.line, margin: 0 }} />
          <Section style={{ padding: "16px 28px" }}>
            <Text style={{ margin: 0, fontSize: 12, lineHeight: "18px", color: COLORS.muted }}>
              SSI Coach estimates a LinkedIn-style Social Selling Index from your activity; it is not LinkedIn&apos;s official figure. You get this
              e-mail weekly as a member of {orgName}.{" "}
              <a href={unsubscribeUrl} style={{ color: COLORS.muted }}>
                Unsubscribe
              </a>
              .
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function CtaButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      style={{ display: "inline-block", backgroundColor: COLORS.brand, color: "#ffffff", padding: "12px 20px", borderRadius: 8, fontWeight: 600, fontSize: 14, textDecoration: "none" }}
    >
      {children}
    </a>
  );
}

export function signed(n: number | null, digits = 1): string {
  if (n === null) return "—";
  const r = Number(n.toFixed(digits));
  return `${r > 0 ? "+" : r < 0 ? "−" : "±"}${Math.abs(r).toFixed(digits)}`;
}

export function changeColor(n: number | null): string {
  return n === null || Math.abs(n) < 0.05 ? COLORS.muted : n > 0 ? COLORS.up : COLORS.down;
}
