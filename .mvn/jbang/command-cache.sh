# Sourced by ./jbang: keeps the java command jbang-cli prints for a script, so that the next run
# of an unchanged script starts the script at once instead of starting jbang-cli first (its
# JVM takes 1-2 s to check that nothing changed). A kept command is used only while it is
# newer than the script and than every file and folder under the script's //SOURCES (and the
# vector kernel's sources), and while every entry of its class path still exists; otherwise
# jbang-cli runs as usual. NN_JBANG_CACHE=0 turns this off.

# The file that keeps the command for jbang options and script "$@" (the script last).
command_file() {
  local key
  key=$(printf '%s\n' "$JAVA_HOME" "$(pwd)" "$@" | cksum | cut -d' ' -f1)
  local script=${!#}
  printf '%s/target/jbang/commands/%s-%s' "$root" "$(basename "$script" .java)" "$key"
}

# Whether the kept command in $1 may run script $2; further arguments: extra source folders.
command_is_fresh() {
  local file=$1 script=$2
  shift 2
  [ "${NN_JBANG_CACHE:-1}" != 0 ] && [ -s "$file" ] && [ ! "$script" -nt "$file" ] || return 1
  local folders=("$@") entry dir
  for entry in $(sed -n 's#^//SOURCES[[:space:]]\{1,\}##p' "$script"); do
    entry=${entry%%\**}                               # ../../engine/src/main/java/**.java
    case "$entry" in /*) ;; *) entry="$(dirname "$script")/$entry" ;; esac
    folders+=("$entry")
  done
  for dir in "${folders[@]}"; do
    [ -e "$dir" ] || return 1
    [ -z "$(find "$dir" -newer "$file" -print -quit)" ] || return 1
  done
  local classpath
  classpath=$(sed -n 's/.* -classpath \([^ '\''"]*\) .*/\1/p' "$file")
  [ -n "$classpath" ] || return 1
  local IFS=:
  for entry in $classpath; do [ -e "$entry" ] || return 1; done
}

# Keeps the command $2 in file $1, dated $3 (a file touched before jbang-cli looked at the
# sources, so that a source changed while it ran makes the command stale).
keep_command() {
  mkdir -p "$(dirname "$1")"
  local new
  new=$(mktemp "$1.XXXXXX")
  printf '%s\n' "$2" > "$new"
  touch -r "$3" "$new"
  mv "$new" "$1"
}
