#!/usr/bin/env bash
# `npm run test:slow`: the fault suite (real worker processes SIGKILLed; Redis paused and PostgreSQL
# restarted when SSI_FAULTS_SERVICES=1 or CI=true) and the load test (LOAD_SECONDS per scenario,
# 60 by default). `npm test` runs it last. LOAD_SKIP_BUILD=1 reuses an existing build in NEXT_DIST_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
node_modules/.bin/vitest run --project faults
faults=$(( $(date +%s) - start ))
LOAD_SECONDS="${LOAD_SECONDS:-60}" TSX_TSCONFIG_PATH=tsconfig.node.json node --import tsx scripts/load-test.ts
echo "npm run test:slow: passed in $(( $(date +%s) - start )) s (faults ${faults} s, load $(( $(date +%s) - start - faults )) s)"
