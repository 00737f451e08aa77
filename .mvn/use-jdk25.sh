# Sourced by ./mvnw, ./jbang, ./check and ./build-book.sh: export JAVA_HOME as a JDK >= 25.
# Looks at JAVA_HOME, then the java on PATH, then /usr/lib/jvm; stops with a clear message.
java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  local major=""
  # The JDK's `release` file names its version (JAVA_VERSION="25.0.3"): no JVM to start.
  [ -f "$1/release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  if [ -n "$major" ]; then echo "$major"; return 0; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
use_jdk25() {
  local candidate found=""
  local from_path=""
  if command -v javac >/dev/null 2>&1; then
    from_path=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for candidate in "${JAVA_HOME:-}" "$from_path" /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -n "$candidate" ] || continue
    local major
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
    [ -n "$major" ] && found="$found $candidate (Java $major)"
  done
  echo "error: this book needs a JDK 25 or newer." >&2
  echo "  found:${found:- no JDK at all}" >&2
  echo "  install one (e.g. Temurin 25) and point JAVA_HOME at it:" >&2
  echo "    export JAVA_HOME=/path/to/jdk-25" >&2
  exit 1
}
use_jdk25
