import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { renderEmail } from "~/server/services/mail/render-email";
import { COLORS, CtaButton, FONT } from "~/server/services/reports/templates/layout";

export interface InvitationEmailData {
  orgName: string;
  inviterName: string | null;
  role: string;
  teamName: string | null;
  acceptUrl: string;
  expiresAt: Date;
}

const roleWord = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();
const day = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The invitation e-mail. Same look as the weekly reports (colours, font and button of their
 * layout), but its own frame: the report layout's footer talks about weekly e-mails and
 * unsubscribing, which an invitation is not.
 */
export function InvitationEmail({ data }: { data: InvitationEmailData }) {
  const who = data.inviterName ? `${data.inviterName} invited you` : "You are invited";
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light only" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{`Join ${data.orgName} on SSI Coach`}</Preview>
      <Body style={{ backgroundColor: COLORS.page, margin: 0, padding: "24px 0", fontFamily: FONT, color: COLORS.ink }}>
        <Container style={{ backgroundColor: COLORS.card, maxWidth: 600, width: "100%", borderRadius: 12, border: `1px solid ${COLORS.line}` }}>
          <Section style={{ padding: "20px 28px 0" }}>
            <Text style={{ margin: 0, fontSize: 13, color: COLORS.muted }}>
              <strong style={{ color: COLORS.brand }}>SSI Coach</strong> · {data.orgName}
            </Text>
          </Section>
          <Section style={{ padding: "8px 28px 24px" }}>
            <Text style={{ fontSize: 20, fontWeight: 600, margin: "8px 0 12px" }}>Join {data.orgName} on SSI Coach</Text>
            <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 16px" }}>
              {who} to {data.orgName} as <strong>{roleWord(data.role)}</strong>
              {data.teamName ? (
                <>
                  {" "}
                  in team <strong>{data.teamName}</strong>
                </>
              ) : null}
              . SSI Coach turns your LinkedIn activity into a Social Selling score with the next best actions to raise it.
            </Text>
            <CtaButton href={data.acceptUrl}>Accept the invitation</CtaButton>
            <Text style={{ fontSize: 13, lineHeight: "20px", color: COLORS.muted, margin: "20px 0 0" }}>
              Or open this link: <a href={data.acceptUrl} style={{ color: COLORS.brand, wordBreak: "break-all" }}>{data.acceptUrl}</a>
              <br />
              The link works once and expires on {day(data.expiresAt)}.
            </Text>
          </Section>
          <Hr style={{ borderColor: COLORS.line, margin: 0 }} />
          <Section style={{ padding: "16px 28px" }}>
            <Text style={{ margin: 0, fontSize: 12, lineHeight: "18px", color: COLORS.muted }}>
              If you did not expect this invitation, ignore this e-mail: nothing happens until the link is opened and accepted.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderInvitationEmail(data: InvitationEmailData) {
  const { html, text } = await renderEmail(InvitationEmail({ data }));
  return { subject: `Join ${data.orgName} on SSI Coach`, html, text };
}
