// npm run apikey:create -- --org <slug> --name <name> [--scopes read,write]
// Creates an organisation API key for the REST API and prints it once (it is stored hashed).
import { parseArgs } from "node:util";
import "~/lib/load-env";

const usage = [
  "Usage: npm run apikey:create -- --org <slug> --name <name> [--scopes read,write]",
  "  --org     the organisation's slug",
  "  --name    a label for the key, 1-80 characters (e.g. the integration's name)",
  "  --scopes  comma-separated subset of read,write (default read,write)",
].join("\n");

let values: { org?: string; name?: string; scopes?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      org: { type: "string" },
      name: { type: "string" },
      scopes: { type: "string", default: "read,write" },
      help: { type: "boolean" },
    },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const scopes = (values.scopes ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const unknown = scopes.filter((s) => s !== "read" && s !== "write");
const problems = [
  ...(values.org ? [] : ["Missing --org <slug>."]),
  ...(values.name?.trim() ? [] : ["Missing --name <name>."]),
  ...(scopes.length === 0 ? ["--scopes needs at least one of read, write."] : []),
  ...(unknown.length ? [`Unknown scope(s): ${unknown.join(", ")}. Scopes are read and write.`] : []),
];
if (problems.length > 0 || !values.org || !values.name) {
  console.error(`${problems.join("\n")}\n\n${usage}`);
  process.exit(2);
}

const { db } = await import("~/server/db");
const { AppError } = await import("~/server/errors");
const { createApiKey } = await import("~/server/services/api-keys/create-api-key");
let exitCode = 0;
try {
  const org = await db.organization.findUnique({ where: { slug: values.org.toLowerCase() }, select: { id: true, name: true } });
  if (!org) {
    console.error(`No organisation with slug "${values.org}".`);
    exitCode = 1;
  } else {
    const created = await createApiKey(db, { organizationId: org.id, userId: null }, { name: values.name, scopes });
    // Details on stderr, the key alone on stdout: `KEY=$(npm run -s apikey:create -- ...)` captures just the key.
    console.error(`Created API key "${created.name}" (${created.prefix}…) for ${org.name} with scopes: ${created.scopes.join(", ")}.`);
    console.error("Copy it now: it is stored hashed and cannot be shown again.");
    console.log(created.key);
  }
} catch (e) {
  if (!(e instanceof AppError)) throw e;
  const fields = Object.entries(e.details?.fields ?? {}).map(([f, m]) => `  ${f}: ${m}`);
  console.error([e.message, ...fields].join("\n"));
  exitCode = 1;
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
