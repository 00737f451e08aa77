package nn.check;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/// How the test JVM tells the checker what happened: lines on its standard output that start
/// with a secret. The checker makes up the secret for each run and passes it on standard input,
/// which the test JVM reads before any of the learner's code is loaded; that code shares the
/// stream (what it prints goes there too, unmarked) but does not know the secret, so it cannot
/// easily pass off a line of its own as a verdict.
///
/// Reports: `start 1.2` (its tests begin), `verdict 1.2 FAILED <detail in Base64>`, `exit`
/// (`System.exit` was called), `end` (every exercise is done).
final class ReportChannel {
    private final String secret;
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private boolean atLineStart = true;

    ReportChannel(String secret) {
        this.secret = secret;
    }

    /// Writes one report on a line of its own, even after a learner's `print` without newline.
    synchronized void report(String message) {
        try {
            if (!atLineStart) out.write('\n');
            out.write((secret + " " + message + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            atLineStart = true;
        } catch (IOException e) {
            Runtime.getRuntime().halt(1); // the checker is gone: nobody to report to
        }
    }

    /// The stream that becomes `System.out` and `System.err` for the learner's code.
    PrintStream learnerStream() {
        OutputStream learner = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) return;
                synchronized (ReportChannel.this) {
                    out.write(b, off, len);
                    atLineStart = b[off + len - 1] == '\n';
                }
            }
        };
        return new PrintStream(learner, true, StandardCharsets.UTF_8);
    }

    static String verdict(Verdict v) {
        String detail = Base64.getEncoder().encodeToString(
                v.detail().getBytes(StandardCharsets.UTF_8));
        return "verdict %s %s %s".formatted(v.exercise().id(), v.status().name(), detail);
    }

    /// The report in a line read from the test JVM, if the line carries one; the text before
    /// it, if any, is the learner's.
    record Line(String printed, Optional<String> report) {}

    static Line parse(String line, String secret) {
        int at = line.indexOf(secret + " ");
        if (at < 0) return new Line(line, Optional.empty());
        String report = line.substring(at + secret.length() + 1);
        return new Line(line.substring(0, at), Optional.of(report));
    }

    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
