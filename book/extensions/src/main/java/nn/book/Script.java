package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// A chapter script (`chapters/NN-slug/FitXor.java`) and the output lines it promises
/// (`// expect: final loss: 0.0006`), each with the number of the line that promises it.
record Script(Path file, List<Expected> expected) {

    /// An expected output line and where the script says so (1 = the first line).
    record Expected(int line, String text) {}

    String name() {
        return file.getFileName().toString().replaceFirst("\\.java$", "");
    }

    static Script read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Expected> expected = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("// expect: ")) {
                    String text = line.substring("// expect: ".length()).strip();
                    expected.add(new Expected(i + 1, text));
                }
            }
            return new Script(file, List.copyOf(expected));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Every script at the top of a chapter folder (`chapters/*/[A-Z]*.java`), sorted.
    static List<Script> all(Path chapters) {
        try (Stream<Path> folders = Files.list(chapters)) {
            return folders.filter(Files::isDirectory)
                    .flatMap(Script::javaFiles)
                    .filter(p -> Character.isUpperCase(p.getFileName().toString().charAt(0)))
                    .sorted()
                    .map(Script::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The expected lines missing from `output` (compared after stripping spaces at both ends).
    List<Expected> missingFrom(String output) {
        var lines = output.lines().map(String::strip).toList();
        return expected.stream().filter(e -> !lines.contains(e.text())).toList();
    }
}
