#!/usr/bin/env bash
# Makes sure the system packages the tests need are installed (Debian/Ubuntu), installing the
# missing ones with apt-get when running as root; otherwise fails with a message naming them.
#   chromium                  /usr/bin/chromium        e2e tests (playwright-core drives it), icon rendering
#   fonts-noto-cjk            Noto CJK fonts           Chinese text in e2e screenshots and PDF conversions
#   libxml2-utils             xmllint                  offline manifest validation
#   libreoffice-writer-nogui  soffice                  the templates tests convert .docx to PDF
#   poppler-utils             pdftotext                the templates tests read the converted PDF back
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
if ! { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; } &&
  ! ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; then
  missing+=(fonts-noto-cjk)
fi
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: chromium, fonts-noto-cjk, libxml2-utils, libreoffice-writer-nogui, poppler-utils present"
  exit 0
fi

echo "system packages missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: cannot install them here (needs root and apt-get). Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}"

# Check again: a package that did not install is an error, not a skipped suite.
still=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || still+=(chromium)
ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || still+=(fonts-noto-cjk)
command -v xmllint >/dev/null 2>&1 || still+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || still+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || still+=(poppler-utils)
if [ ${#still[@]} -ne 0 ]; then
  echo "ensure-system-deps: still missing after apt-get install: ${still[*]}" >&2
  exit 1
fi
echo "system packages installed: ${missing[*]}"
