// `npm run db:seed`: the demo organisation, idempotently. Prints the demo logins.
import "~/lib/load-env";

const { db } = await import("~/server/db");
const { seedDemoOrg } = await import("./seed/seed-demo-org");
const { DEMO_PASSWORD, DEMO_PEOPLE } = await import("./seed/demo-org");
const { afterSeed } = await import("./seed/after-seed");

const started = Date.now();
const { org } = await seedDemoOrg(db, { log: (m) => console.log(m) });
await afterSeed(db, org.id, (m) => console.log(m));

const show = (role: string) => DEMO_PEOPLE.find((p) => p.role === role)!;
console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD})`);
console.log(`  owner/admin  ${show("OWNER").email}`);
console.log(`  manager      ${show("MANAGER").email}`);
console.log(`  rep          ${show("REP").email}`);
console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await db.$disconnect();
