#!/usr/bin/env bash
# Builds the HTML book into target/book/: runs the chapter scripts (their output and figures
# go into the book), renders the chapters with Asciidoctor and checks every link; then prints
# the PDF edition, target/book/book.pdf, with headless Chromium (skipped where there is none).
#   ./build-book.sh                      the whole book
#   ./build-book.sh -Dscripts=Digits     consider only the scripts whose names contain "Digits"
#                                        (the other outputs and figures stay from the last build)
#   ./build-book.sh -Dpdf=skip           no PDF edition (saves the half minute it takes)
# Nothing is done twice: a script runs only when something it uses changed (its source, an
# engine or plot class it loads, the data; book/target/script-cache), Asciidoctor renders a
# page only when what it is made from changed (book/target/page-cache), the PDF is printed only
# when the HTML book changed (book/target/pdf-cache), the live figures are compiled only when
# their sources changed, and when no file of the book's sources changed at all since the last
# build, the build stops at once. rm -rf book/target builds everything anew.
set -euo pipefail
usage="usage: ./build-book.sh [-Dscripts=NAME|NONE] [-Dpdf=print|skip] [other -Dname=value options]"
for arg in "$@"; do
  case "$arg" in
    -h|--help) echo "$usage"; exit 0 ;;
    -Dpdf=print|-Dpdf=skip) ;;
    -Dpdf*) echo "$usage (got '$arg')" >&2; exit 2 ;;
    -D?*=*) ;;
    *) echo "$usage (got '$arg')" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
. .mvn/use-jdk25.sh
start=$(date +%s)

# digest_of PATH...: one SHA-256 over the files under the paths, outside target/ and figures/
digest_of() {
  find "$@" -type f -not -path '*/target/*' -not -path '*/figures/*' -not -path './.git/*' \
    -not -path './.check/*' -not -path './.idea/*' -print0 2>/dev/null \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
# Everything the book is built from besides the Maven repository: the sources, the options,
# the JDK, Node.js, Chromium and the fonts.
tools=$( { "$JAVA_HOME/bin/java" -version 2>&1; node --version 2>&1 || true;
  ls -lL --time-style=+%s /usr/bin/chromium /usr/share/fonts/truetype/{charis,gentiumplus,dejavu} \
    2>&1 || true; } | sha256sum | cut -d' ' -f1)
book_inputs="$(digest_of .) $tools $*"
book_stamp=book/target/book-built-from.txt
book_digest() { # what the last build made: a book changed since (./mvnw verify) builds anew
  [ -d book/target/book ] || { echo none; return; }
  (cd book/target/book && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)
}
if [ -f "$book_stamp" ] && [ "$(cat "$book_stamp")" = "$book_inputs $(book_digest)" ]; then
  rm -rf target/book && mkdir -p target && cp -r book/target/book target/book
  echo "build-book: nothing changed since the last build. Open target/book/index.html"
  exit 0
fi
rm -f "$book_stamp"

# The live figures (TeaVM, the slowest module) are compiled again only when their sources or
# the engine changed, or live.js is not the one the last build made.
live_js=live/target/classes/live/live.js
live_stamp=live/target/live-js-built-from.txt
live_inputs=$(digest_of live engine/src/main engine/src/vector engine/pom.xml pom.xml)
live_options=()
if [ -f "$live_stamp" ] && [ -f "$live_js" ] \
    && [ "$(cat "$live_stamp")" = "$live_inputs $(sha256sum < "$live_js" | cut -d' ' -f1)" ]; then
  live_options=(-Dlive.js.fresh)
fi

set +e
./mvnw -q --no-transfer-progress -pl book -am package -DskipTests "${live_options[@]}" "$@" 2>&1 \
  | grep --line-buffered -v -E "^uri:classloader:/gems/.*warning: assigned but unused variable"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "build-book: FAILED (see the messages above)" >&2
  exit "$status"
fi
[ -f "$live_js" ] && echo "$live_inputs $(sha256sum < "$live_js" | cut -d' ' -f1)" > "$live_stamp"
echo "$book_inputs $(book_digest)" > "$book_stamp"
rm -rf target/book && mkdir -p target && cp -r book/target/book target/book
echo "build-book: done in $(( $(date +%s) - start )) s. Open target/book/index.html"
