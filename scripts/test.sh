#!/usr/bin/env bash
# `npm test`: unit + integration tests (Vitest, real PostgreSQL and Redis) then e2e (Playwright
# against the production build in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
node_modules/.bin/tsx --tsconfig tsconfig.node.json scripts/check-services.ts
node_modules/.bin/vitest run
bash scripts/ensure-chromium.sh
node_modules/.bin/playwright test
echo "npm test: all suites passed in $(( $(date +%s) - start )) s"
