package nn.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// Finds the chapter folders (`chapters/NN-slug`) that have exercises.
final class Chapters {
    private Chapters() {}

    /// Every chapter with an `exercises/` folder, or just the one whose number is `only`.
    static List<Path> withExercises(Path root, String only) {
        Path folder = root.resolve("chapters");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no chapters/ folder in " + root
                    + "; run ./check from the book's folder");
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> chapters = list.filter(p -> Files.isDirectory(p.resolve("exercises")))
                    .filter(p -> only == null || number(p).equals(pad(only)))
                    .sorted()
                    .toList();
            if (chapters.isEmpty() && only != null) {
                var numbers = withExercises(root, null).stream().map(Chapters::number).toList();
                throw new IllegalArgumentException("there is no chapter " + only
                        + " with exercises; try one of " + numbers);
            }
            return chapters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(Path chapter) {
        String name = chapter.getFileName().toString();
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
