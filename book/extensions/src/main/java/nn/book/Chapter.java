package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// One chapter page of the book: `chapters/01-neuron/neuron.adoc` becomes `neuron.html`.
record Chapter(String number, String title, String page) {

    /// The chapters in folder order, each read from the one lesson file in its folder.
    static List<Chapter> all(Path chapters) {
        try (Stream<Path> folders = Files.list(chapters)) {
            return folders.filter(p -> p.getFileName().toString().matches("\\d\\d-.*"))
                    .sorted()
                    .map(Chapter::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Chapter read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Path lesson = files.filter(p -> p.toString().endsWith(".adoc") && !p.getFileName().toString().startsWith("_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no lesson (.adoc) in " + folder));
            String title = Files.readAllLines(lesson).stream()
                    .filter(line -> line.startsWith("= "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(lesson + " has no '= Title' line"))
                    .substring(2).strip();
            String page = lesson.getFileName().toString().replaceFirst("\\.adoc$", ".html");
            return new Chapter(folder.getFileName().toString().substring(0, 2), title, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
