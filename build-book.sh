#!/usr/bin/env bash
# Builds the HTML book into target/book/: runs every chapter script (their output and figures
# go into the book), renders the chapters with Asciidoctor and checks every link; then prints
# the PDF edition, target/book/book.pdf, with headless Chromium (skipped where there is none).
#   ./build-book.sh                      the whole book
#   ./build-book.sh -Dscripts=Digits     run only the scripts whose names contain "Digits"
#                                        (the other outputs and figures stay from the last build)
#   ./build-book.sh -Dpdf=skip           no PDF edition (saves the half minute it takes)
set -euo pipefail
for arg in "$@"; do
  if [[ "$arg" != -D* ]]; then
    echo "usage: ./build-book.sh [-Dname=value ...], e.g. -Dscripts=Digits -Dpdf=skip (got '$arg')" >&2
    exit 2
  fi
done
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
start=$(date +%s)
set +e
./mvnw -q --no-transfer-progress -pl book -am package -DskipTests "$@" 2>&1 \
  | grep -v -E "^uri:classloader:/gems/.*warning: assigned but unused variable"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "build-book: FAILED (see the messages above)" >&2
  exit "$status"
fi
rm -rf target/book && mkdir -p target && cp -r book/target/book target/book
echo "build-book: done in $(( $(date +%s) - start )) s. Open target/book/index.html"
