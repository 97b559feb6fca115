// The layer rules of .dependency-cruiser.cjs are real: a forbidden import of each kind, dropped
// into the tree for the length of this test, makes `npm run lint:architecture` fail with its rule.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

const PROBES: { file: string; source: string; rule: string }[] = [
  { file: "src/components/zz-arch-probe.ts", source: 'import { db } from "~/server/db";\nexport const probe = db;\n', rule: "browser-code-imports-server" },
  { file: "src/components/zz-arch-probe-router.ts", source: 'import { appRouter } from "~/server/api/root";\nexport const probe = appRouter;\n', rule: "browser-code-imports-router-at-run-time" },
  { file: "src/domain/zz-arch-probe.ts", source: 'import { readFileSync } from "node:fs";\nexport const probe = readFileSync;\n', rule: "domain-is-pure" },
  { file: "src/server/services/zz-arch-probe.ts", source: 'import { requestContext } from "~/server/http/request-context";\nexport const probe = requestContext;\n', rule: "services-import-transport" },
  { file: "src/app/zz-arch-probe/page.tsx", source: 'import { db } from "~/server/db";\nexport default function Probe() {\n  return String(db);\n}\n', rule: "pages-query-the-database" },
  { file: "workers/zz-arch-probe.ts", source: 'import { appRouter } from "~/server/api/root";\nexport const probe = appRouter;\n', rule: "workers-import-routes-or-routers" },
  { file: "scripts/zz-arch-probe.ts", source: 'import { PrismaPg } from "@prisma/adapter-pg";\nexport const probe = PrismaPg;\n', rule: "second-prisma-client" },
];

const cleanup = () => {
  for (const p of PROBES) rmSync(p.file.includes("/zz-arch-probe/") ? dirname(p.file) : p.file, { recursive: true, force: true });
};
afterAll(cleanup);

describe("architecture import rules", () => {
  it("fail on a forbidden import of every kind, naming the rule", async () => {
    for (const p of PROBES) {
      mkdirSync(dirname(p.file), { recursive: true });
      writeFileSync(p.file, p.source);
    }
    const files = PROBES.map((p) => p.file);
    const out = await run("node_modules/.bin/depcruise", [...files, "--config", ".dependency-cruiser.cjs", "--output-type", "err"]).then(
      () => ({ code: 0, text: "" }),
      (e: { code: number; stdout: string }) => ({ code: e.code, text: e.stdout }),
    );
    cleanup();
    expect(out.code).not.toBe(0);
    for (const p of PROBES) expect(out.text, p.rule).toContain(`${p.rule}: ${p.file}`);
  }, 60_000);
});

describe("route handlers", () => {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "route.ts") routes.push(path);
    }
  };
  walk("src/app");

  it("never run queries themselves (they may pass the client to a service)", () => {
    expect(routes.length).toBeGreaterThan(5);
    const query = /\b(db|tx|ctx\.db)\.(\w+\.(find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)|\$queryRaw\w*|\$executeRaw\w*|\$transaction)\b/;
    const offenders = routes.filter((r) => query.test(readFileSync(r, "utf8")));
    expect(offenders).toEqual([]);
  });
});
