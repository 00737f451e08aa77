package nn.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Chapter 11, on the JVM only: the string inside `digits-network.js`, from the folder named by
/// the system property `nn.figures`, else from `book/target/book/images` of the first parent
/// folder of the working directory that has one. Null when there is no such file.
final class DigitFile {
    static final String NAME = "digits-network.js";

    private DigitFile() {}

    static String text() {
        Path file = locate();
        if (file == null) return null;
        try {
            String js = Files.readString(file);
            return js.substring(js.indexOf('"') + 1, js.lastIndexOf('"'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path locate() {
        String figures = System.getProperty("nn.figures");
        if (figures != null) return existing(Path.of(figures, NAME));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = existing(dir.resolve("book/target/book/images").resolve(NAME));
            if (file != null) return file;
        }
        return null;
    }

    private static Path existing(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }
}
