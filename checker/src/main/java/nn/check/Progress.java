package nn.check;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/// What the checker remembers between runs, in `.check/progress.properties` under the book's
/// folder: each exercise's last verdict, the fingerprint of the file it was given for, and how
/// many hints the learner has seen. Saved whole or not at all (a temporary file, then a rename),
/// so a `./check` killed halfway leaves the previous version; [BookLock] keeps two runs from
/// writing at once.
final class Progress {
    private final Path file;
    private final Properties values = new Properties();

    Progress(Path root) {
        this.file = root.resolve(".check/progress.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged file only costs a re-check
            }
        }
    }

    /// The recorded status, if it was recorded for exactly this content of the exercise file.
    Verdict.Status status(String id, String fingerprint) {
        String status = values.getProperty(id + ".status");
        if (status == null || !fingerprint.equals(values.getProperty(id + ".file"))) return null;
        try {
            return Verdict.Status.valueOf(status);
        } catch (IllegalArgumentException edited) {
            return null; // not a status this checker wrote: check again
        }
    }

    void record(String id, Verdict.Status status, String fingerprint) {
        values.setProperty(id + ".status", status.name());
        values.setProperty(id + ".file", fingerprint);
    }

    int hintsSeen(String id) {
        try {
            return Math.max(0, Integer.parseInt(values.getProperty(id + ".hints", "0")));
        } catch (NumberFormatException edited) {
            return 0;
        }
    }

    void setHintsSeen(String id, int count) {
        values.setProperty(id + ".hints", Integer.toString(count));
    }

    void save() {
        try {
            var text = new StringWriter();
            values.store(text, "exercise progress, written by ./check");
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save your progress to " + file, e);
        }
    }

    /// A short fingerprint of a file's content (SHA-256, first 16 hex digits); "" if missing.
    static String fingerprint(Path exerciseFile) {
        try {
            if (!Files.exists(exerciseFile)) return "";
            byte[] content = Files.readAllBytes(exerciseFile);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
