package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// One chapter page of the book: `chapters/01-neuron/neuron.adoc` becomes `neuron.html`.
///
/// @param number      two digits, from the folder name
/// @param title       the lesson's `= Title`
/// @param description the lesson's `:description:` (one sentence for the contents page)
/// @param lesson      the lesson file
record Chapter(String number, String title, String description, Path lesson) {

    String page() {
        return lesson.getFileName().toString().replaceFirst("\\.adoc$", ".html");
    }

    /// The id of the chapter's heading in the single-page edition: `chapter-neuron`.
    String anchor() {
        return "chapter-" + lesson.getFileName().toString().replaceFirst("\\.adoc$", "");
    }

    /// "Chapter 4", as its heading says (see `Numbering`), or null for the preface (folder `00`).
    String label() {
        int n = Integer.parseInt(number);
        return n == 0 ? null : "Chapter " + n;
    }

    /// The chapters in folder order; a folder without a lesson yet is skipped.
    static List<Chapter> all(Path chapters) {
        try (Stream<Path> folders = Files.list(chapters)) {
            return folders.filter(p -> p.getFileName().toString().matches("\\d\\d-.*"))
                    .sorted()
                    .flatMap(folder -> lesson(folder).map(Chapter::read).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Path> lesson(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".adoc"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Chapter read(Path lesson) {
        try {
            List<String> lines = Files.readAllLines(lesson);
            String title = header(lines, "= ", lesson);
            String description = header(lines, ":description: ", lesson);
            String number = lesson.getParent().getFileName().toString().substring(0, 2);
            return new Chapter(number, title, description, lesson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(List<String> lines, String prefix, Path lesson) {
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        lesson + " has no '" + prefix.strip() + "' line"))
                .substring(prefix.length()).strip();
    }
}
