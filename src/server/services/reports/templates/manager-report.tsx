import { Heading, Section, Text } from "@react-email/components";
import type { ManagerReportData } from "../report-types";
import { changeColor, COLORS, CtaButton, EmailLayout, signed } from "./layout";

const cell = { padding: "4px 0", fontSize: 14 } as const;

/** The manager's weekly report: per team average vs benchmark and last week, goal attainment, movers. */
export function ManagerReportEmail({ data }: { data: ManagerReportData }) {
  const first = data.teams[0];
  const preview = first?.average != null ? `${first.name}: average ${first.average.toFixed(1)} (${signed(first.change)} this week)` : `Your team report for ${data.weekLabel}`;
  return (
    <EmailLayout preview={preview} orgName={data.orgName} unsubscribeUrl={data.unsubscribeUrl}>
      <Heading as="h1" style={{ fontSize: 20, margin: "8px 0 4px" }}>
        Team report
      </Heading>
      <Text style={{ margin: "0 0 8px", color: COLORS.muted, fontSize: 13 }}>{data.weekLabel}</Text>
      {data.teams.length === 0 ? <Text style={{ fontSize: 14 }}>You do not manage a team with reps yet.</Text> : null}
      {data.teams.map((t) => (
        <Section key={t.name} style={{ marginTop: 16, padding: "14px 18px", borderRadius: 10, border: `1px solid ${COLORS.line}`, backgroundColor: "#f8fafc" }}>
          <Heading as="h2" style={{ fontSize: 17, margin: "0 0 6px" }}>
            {t.name} <span style={{ fontWeight: 400, color: COLORS.muted, fontSize: 13 }}>· {t.size} reps</span>
          </Heading>
          <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
            <tbody>
              <tr>
                <td style={cell}>Team average</td>
                <td style={{ ...cell, textAlign: "right", fontWeight: 700 }}>{t.average === null ? "—" : t.average.toFixed(1)}</td>
                <td style={{ ...cell, textAlign: "right", width: 56, color: changeColor(t.change) }}>{signed(t.change)}</td>
              </tr>
              <tr>
                <td style={cell}>{data.benchmarkLabel}</td>
                <td style={{ ...cell, textAlign: "right" }}>{t.benchmark === null ? "—" : t.benchmark.toFixed(1)}</td>
                <td style={{ ...cell, textAlign: "right", width: 56, color: changeColor(t.average !== null && t.benchmark !== null ? t.average - t.benchmark : null) }}>
                  {t.average !== null && t.benchmark !== null ? signed(t.average - t.benchmark) : ""}
                </td>
              </tr>
              <tr>
                <td style={cell}>At or above the goal ({t.goalTarget})</td>
                <td style={{ ...cell, textAlign: "right" }}>
                  {t.atGoal} of {t.size}
                </td>
                <td />
              </tr>
            </tbody>
          </table>
          {t.weakestPillar ? (
            <Text style={{ margin: "8px 0 0", fontSize: 14 }}>
              Weakest pillar: <strong>{t.weakestPillar.label}</strong> (average {t.weakestPillar.average.toFixed(1)} / 25)
            </Text>
          ) : null}
          {t.risers.length > 0 ? (
            <Text style={{ margin: "8px 0 0", fontSize: 14 }}>
              <strong style={{ color: COLORS.up }}>Rising:</strong> {t.risers.map((r) => `${r.name} ${signed(r.change)}`).join(", ")}
            </Text>
          ) : null}
          {t.fallers.length > 0 ? (
            <Text style={{ margin: "4px 0 0", fontSize: 14 }}>
              <strong style={{ color: COLORS.down }}>Falling:</strong> {t.fallers.map((r) => `${r.name} ${signed(r.change)}`).join(", ")}
            </Text>
          ) : null}
          {t.droppedMoreThan5.length > 0 ? (
            <>
              <Text style={{ margin: "8px 0 2px", fontSize: 14, fontWeight: 600 }}>Dropped more than 5 points</Text>
              {t.droppedMoreThan5.map((r) => (
                <Text key={r.name} style={{ margin: "2px 0", fontSize: 13 }}>
                  • {r.name} {signed(r.change)}
                  {r.why ? <span style={{ color: COLORS.muted }}> — {r.why}</span> : null}
                </Text>
              ))}
            </>
          ) : null}
        </Section>
      ))}
      <Section style={{ marginTop: 24 }}>
        <CtaButton href={data.teamViewUrl}>Open the team view</CtaButton>
      </Section>
    </EmailLayout>
  );
}
