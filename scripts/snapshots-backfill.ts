// npm run snapshots:backfill -- --org <slug> [--weeks N]
// Computes historical weekly snapshots of an organisation from its stored activity.
import { parseArgs } from "node:util";
import "~/lib/load-env";

const { values } = parseArgs({ options: { org: { type: "string" }, weeks: { type: "string", default: "26" }, help: { type: "boolean" } } });
const usage = "Usage: npm run snapshots:backfill -- --org <slug> [--weeks N]   (N = 1..104, default 26)";
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const weeks = Number(values.weeks);
if (!values.org || !Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
  console.error(usage);
  process.exit(2);
}

const { db } = await import("~/server/db");
const { backfillSnapshots } = await import("~/server/services/snapshots/backfill");
const { recomputeOrgScores } = await import("~/server/services/scores/recompute-rep");
try {
  const org = await db.organization.findUnique({ where: { slug: values.org }, select: { id: true, name: true } });
  if (!org) {
    console.error(`No organisation with slug "${values.org}".`);
    process.exit(1);
  }
  const started = Date.now();
  const res = await backfillSnapshots(db, {
    organizationId: org.id,
    weeks,
    onWeek: (week, done, total) => void process.stdout.write(`\r${org.name}: ${week} (${done}/${total})   `),
  });
  const reps = await recomputeOrgScores(db, { organizationId: org.id });
  console.log(`\n${res.rows} snapshot rows over ${res.weeks.length} weeks (${res.weeks[0]} … ${res.weeks.at(-1)}), ${reps} current scores, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
