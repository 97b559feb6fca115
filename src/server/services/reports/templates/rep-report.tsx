import { Heading, Section, Text } from "@react-email/components";
import type { RepReportData } from "../report-types";
import { changeColor, COLORS, CtaButton, EmailLayout, signed } from "./layout";

const GOAL_WORDS: Record<string, string> = {
  reached: "Goal reached",
  "on-track": "On track",
  "at-risk": "At risk",
  "not-enough-history": "Not enough history yet",
};

/** The rep's weekly report: score and change, pillars, ranks, goal, why it moved, top actions. */
export function RepReportEmail({ data }: { data: RepReportData }) {
  const preview = `Your SSI estimate is ${data.total.toFixed(1)} (${signed(data.change)} this week)`;
  return (
    <EmailLayout preview={preview} orgName={data.orgName} unsubscribeUrl={data.unsubscribeUrl}>
      <Heading as="h1" style={{ fontSize: 20, margin: "8px 0 4px" }}>
        Your week in social selling, {data.recipientName.split(" ")[0]}
      </Heading>
      <Text style={{ margin: "0 0 16px", color: COLORS.muted, fontSize: 13 }}>{data.weekLabel}</Text>

      <Section style={{ backgroundColor: "#f8fafc", borderRadius: 10, padding: "16px 20px", border: `1px solid ${COLORS.line}` }}>
        <Text style={{ margin: 0, fontSize: 13, color: COLORS.muted }}>Your score</Text>
        <Text style={{ margin: "2px 0 0", fontSize: 36, fontWeight: 700, lineHeight: "40px" }}>
          {data.total.toFixed(1)}
          <span style={{ fontSize: 16, color: COLORS.muted, fontWeight: 400 }}> / 100 </span>
          <span style={{ fontSize: 16, color: changeColor(data.change), fontWeight: 600 }}>{signed(data.change)}</span>
        </Text>
      </Section>

      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ marginTop: 16, borderCollapse: "collapse" }}>
        <tbody>
          {data.pillars.map((p) => (
            <tr key={p.key}>
              <td style={{ padding: "6px 0", fontSize: 14 }}>
                <span style={{ display: "inline-block", width: 10, height: 10, borderRadius: 5, backgroundColor: COLORS.pillars[p.key], marginRight: 8 }} />
                {p.label}
              </td>
              <td style={{ padding: "6px 0", fontSize: 14, textAlign: "right", fontWeight: 600 }}>{p.value.toFixed(1)} / 25</td>
              <td style={{ padding: "6px 0 6px 12px", fontSize: 13, textAlign: "right", color: changeColor(p.change), width: 56 }}>{signed(p.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Text style={{ margin: "16px 0 0", fontSize: 14 }}>
        {data.ranks.industryTopPercent !== null ? (
          <>
            <strong>Top {data.ranks.industryTopPercent}%</strong> in {data.ranks.industryLabel}
            {data.ranks.industrySource === "reference" ? " (against the reference benchmark)" : ""}
          </>
        ) : (
          "Industry rank not available yet"
        )}
        {data.ranks.orgTopPercent !== null ? <> · top {data.ranks.orgTopPercent}% in {data.orgName}</> : null}
      </Text>

      <Heading as="h2" style={{ fontSize: 16, margin: "24px 0 6px" }}>
        Goal: {data.goal.target} · {GOAL_WORDS[data.goal.status] ?? data.goal.status}
      </Heading>
      <div style={{ backgroundColor: COLORS.line, borderRadius: 6, height: 10, width: "100%" }}>
        <div style={{ backgroundColor: COLORS.brand, borderRadius: 6, height: 10, width: `${Math.round(data.goal.progress * 100)}%` }} />
      </div>
      <Text style={{ margin: "6px 0 0", fontSize: 13, color: COLORS.muted }}>{data.goal.reason}</Text>

      {data.whyMoved.length > 0 ? (
        <>
          <Heading as="h2" style={{ fontSize: 16, margin: "24px 0 6px" }}>
            Why it moved
          </Heading>
          {data.whyMoved.map((line) => (
            <Text key={line} style={{ margin: "2px 0", fontSize: 14 }}>
              • {line}
            </Text>
          ))}
        </>
      ) : null}

      {data.actions.length > 0 ? (
        <>
          <Heading as="h2" style={{ fontSize: 16, margin: "24px 0 6px" }}>
            Your top actions this week
          </Heading>
          {data.actions.map((a, i) => (
            <Text key={a.text} style={{ margin: "4px 0", fontSize: 14 }}>
              {i + 1}. {a.text}
              {a.gain > 0 ? <span style={{ color: COLORS.up }}> (≈ +{a.gain.toFixed(1)})</span> : null}
            </Text>
          ))}
        </>
      ) : null}

      <Section style={{ marginTop: 24 }}>
        <CtaButton href={data.dashboardUrl}>Open my dashboard</CtaButton>
      </Section>
    </EmailLayout>
  );
}
