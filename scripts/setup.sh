#!/usr/bin/env bash
# One command for a fresh machine: system packages (Debian's Chromium for the PDFs, poppler-utils
# for the PDF tests) when missing, the npm dependencies, the build, and the sample edition.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run build
node bin/lectio.js build editions/kropotkin --deposit
