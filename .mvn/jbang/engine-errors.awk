# Filters a chapter script's standard error (see ./jbang): an uncaught exception thrown by the
# engine (its first stack frame is in a package nn.*) becomes one line, "error: <message>";
# any other exception keeps its stack trace, and every other line passes unchanged, except one:
# the JVM's "WARNING: Using incubator modules: jdk.incubator.vector", printed because ./jbang
# runs scripts with that module (see vector-kernel.sh), is dropped. With -v trace=1 (NN_TRACE=1)
# exceptions pass unchanged too.
function flush(   i) {
  if (engine) {
    print "error: " message "  [NN_TRACE=1 shows the Java stack trace]"
  } else {
    print header
    for (i = 0; i < n; i++) print held[i]
  }
  holding = 0; n = 0; engine = 0
}
$0 == "WARNING: Using incubator modules: jdk.incubator.vector" { next }
trace == 1 { print; fflush(); next }
holding && n == 0 && !/^[ \t]+at / { message = message " " $0; header = header "\n" $0; next }
holding && /^[ \t]+at / { if (n == 0) engine = /^[ \t]+at nn\./; held[n++] = $0; next }
holding && (/^Caused by: / || /^[ \t]+\.\.\. [0-9]+ more/) { held[n++] = $0; next }
holding { flush() }
/^Exception in thread "[^"]*" / {
  holding = 1; header = $0; message = $0
  sub(/^Exception in thread "[^"]*" [A-Za-z0-9_.$]+(: )?/, "", message)
  next
}
{ print; fflush() }
END { if (holding) flush() }
