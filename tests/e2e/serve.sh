#!/usr/bin/env bash
# Production build + start on a fresh embedded database, for Playwright's webServer.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATABASE_URL="pglite:.data/e2e"
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-not-for-production-0123456789}"
# Every spec signs up from 127.0.0.1: room for the whole suite within one hour.
export SIGNUPS_PER_HOUR_PER_IP="${SIGNUPS_PER_HOUR_PER_IP:-1000}"
rm -rf .data/e2e
npx next build
npm run db:prepare
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
