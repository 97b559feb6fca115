#!/usr/bin/env bash
# `npm test`: unit + integration tests (Vitest, real PostgreSQL and Redis), e2e (Playwright
# against the production build in Debian's Chromium), then the slow suites (scripts/test-slow.sh:
# faults, and the load test on the build the e2e run just made). SKIP_SLOW=1 leaves those out.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
node_modules/.bin/tsx --tsconfig tsconfig.node.json scripts/check-services.ts
node_modules/.bin/depcruise src workers prisma scripts tests e2e prisma.config.ts --config .dependency-cruiser.cjs --output-type err
node_modules/.bin/vitest run --project unit --project integration
bash scripts/ensure-chromium.sh
node_modules/.bin/playwright test
if [ "${SKIP_SLOW:-0}" != "1" ]; then
  LOAD_SKIP_BUILD=1 NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}" bash scripts/test-slow.sh
fi
echo "npm test: all suites passed in $(( $(date +%s) - start )) s"
