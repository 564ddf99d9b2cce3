#!/usr/bin/env bash
# `npm test`: every check of the project, in order, with a summary. No suite is skipped: a step that
# cannot run (a missing system package, no build for e2e) is a failure. Exits non-zero on any failure.
#
#   system packages → generated data → lint → typecheck → jest (unit, host, ui) → manifest
#   → production build with local office.js (+ dist/manifest.xml) → WPS加载项 build (dist-wps/, validated)
#   → e2e (chromium; the Word preview and the WPS pane over the fake WPS)
set -uo pipefail
cd "$(dirname "$0")/.."

export CI="${CI:-true}"
names=()
results=()
times=()
failed=0

step() {
  local name="$1"
  shift
  echo
  echo "━━━ ${name} ━━━"
  local t0=$SECONDS
  if "$@"; then
    results+=("ok")
  else
    results+=("FAILED")
    failed=1
  fi
  names+=("$name")
  times+=($((SECONDS - t0)))
}

skip_failed() {
  echo
  echo "━━━ $1 ━━━"
  echo "not run: $2"
  names+=("$1")
  results+=("FAILED (not run: $2)")
  times+=(0)
  failed=1
}

lint() { npx eslint . && npx prettier --check .; }
build() {
  npx webpack --mode production --env officeJs=local && bash scripts/validate-manifest.sh
}
build_wps() { npx webpack --config webpack.wps.config.js --mode production && node scripts/build-wps.mjs; }

step "system packages" bash scripts/ensure-system-deps.sh
deps_ok=${results[-1]}
step "generated data (npm run gen)" npm run --silent gen
step "lint (eslint, prettier --check)" lint
step "typecheck (tsc)" npx tsc --noEmit -p tsconfig.json
mkdir -p .tmp
rm -f .tmp/jest-*.json
step "jest: unit, host, ui" npx jest --selectProjects unit host ui --maxWorkers=2 --json --outputFile=.tmp/jest-main.json
step "manifest (xmllint against the XSD)" bash scripts/validate-manifest.sh --source-only
step "production build, local office.js" build
build_ok=${results[-1]}
# The WPS加载项 (npm run build:wps without its gen step): served to test/e2e/wps.e2e.ts.
step "WPS build (dist-wps)" build_wps
wps_ok=${results[-1]}
if [ "$build_ok" = "ok" ] && [ "$wps_ok" = "ok" ] && [ "$deps_ok" = "ok" ]; then
  step "e2e (chromium)" npx jest --config jest.e2e.config.js --runInBand --json --outputFile=.tmp/jest-e2e.json
else
  skip_failed "e2e (chromium)" "a build or the system packages failed"
fi

echo
echo "━━━ summary ━━━"
for i in "${!names[@]}"; do
  printf '  %-40s %6ss  %s\n' "${names[$i]}" "${times[$i]}" "${results[$i]}"
done
# The test counts of every jest run, as one closing line ("N passed, N failed").
node -e '
  const fs = require("fs");
  let passed = 0, failedTests = 0, pending = 0;
  for (const f of [".tmp/jest-main.json", ".tmp/jest-e2e.json"]) {
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failedTests += r.numFailedTests; pending += r.numPendingTests;
  }
  console.log(`Tests: ${passed} passed, ${failedTests} failed` + (pending ? `, ${pending} skipped` : ""));
'
if [ $failed -ne 0 ]; then
  echo "npm test: FAILED"
  exit 1
fi
echo "npm test: all passed"
