# Sourced by ./jbang: the jbang options that put a script on the engine's fast matrix product.
#
# The fast kernel (engine/src/vector/java) uses the jdk.incubator.vector module, which javac and
# java only see with --add-modules; scripts name the plain engine sources in //SOURCES, and this
# adds the kernel's when the script compiles the engine and the JDK has the module. The JVM
# then prints "WARNING: Using incubator modules: jdk.incubator.vector" at startup, which
# engine-errors.awk drops. NN_VECTOR=0 leaves the options out: the script runs the plain-Java
# kernel (nn.math.ScalarMatMul), as on a JDK without the module.

# Prints the options, one a line, for the script $1 (nothing when they do not apply).
vector_options() {
  [ "${NN_VECTOR:-1}" != 0 ] || return 0
  grep -q '^//SOURCES.*engine/src/main/java' "$1" 2>/dev/null || return 0
  jdk_has_vector_module || return 0
  local module=jdk.incubator.vector
  printf '%s\n' "--sources=$root/engine/src/vector/java/**.java" \
      "--compile-option=--add-modules=$module" "--compile-option=-Xlint:-incubating" \
      "--runtime-option=--add-modules=$module"
}

# Whether the JDK at $JAVA_HOME has the module: its `release` file lists its modules.
jdk_has_vector_module() {
  if [ -f "$JAVA_HOME/release" ]; then
    grep -q '^MODULES=.*jdk\.incubator\.vector' "$JAVA_HOME/release"
  else
    "$JAVA_HOME/bin/java" --list-modules 2>/dev/null | grep -q '^jdk\.incubator\.vector@'
  fi
}
