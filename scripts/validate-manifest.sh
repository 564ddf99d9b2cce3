#!/usr/bin/env bash
# Validates the add-in manifest offline against Microsoft's XSDs (../shared/schemas, beside the repo):
# manifest.xml, and the built dist/manifest.xml (the one with the production base URL).
#   bash scripts/validate-manifest.sh                 both (dist/manifest.xml must exist: npm run build first)
#   bash scripts/validate-manifest.sh --source-only   manifest.xml only
set -euo pipefail
cd "$(dirname "$0")/.."
schema="../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found; install the Debian package libxml2-utils (apt-get install -y libxml2-utils)" >&2
  exit 1
fi
if [ ! -f "$schema" ]; then
  echo "validate-manifest: $schema not found (the shared/ folder must be beside the repository)" >&2
  exit 1
fi
files=(manifest.xml)
if [ "${1:-}" != "--source-only" ]; then
  if [ ! -f dist/manifest.xml ]; then
    echo "validate-manifest: dist/manifest.xml not found; run npm run build (or build:offline) first" >&2
    exit 1
  fi
  files+=(dist/manifest.xml)
fi
for f in "${files[@]}"; do
  xmllint --noout --nonet --schema "$schema" "$f" 2>&1
done
if [ -f dist/manifest.xml ] && [ "${1:-}" != "--source-only" ]; then
  # The built manifest must point at one origin only: the dev server, or the base URL it was built for.
  base=$(grep -o 'SourceLocation DefaultValue="[^"]*"' dist/manifest.xml | head -1 | sed 's/.*="\(.*\)\/taskpane.html"/\1/')
  other=$(grep -o '="https://[^"]*"' dist/manifest.xml | sed 's/^="//; s/"$//' | grep -v "^$base/" || true)
  if [ -n "$other" ]; then
    echo "validate-manifest: dist/manifest.xml has URLs outside $base:" >&2
    echo "$other" >&2
    exit 1
  fi
  echo "dist/manifest.xml: every URL under $base"
fi
