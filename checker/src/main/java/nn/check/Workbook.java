package nn.check;

import java.nio.file.Path;
import java.util.List;

/// The book's exercises, read from the chapter folders without compiling anything.
final class Workbook {
    /// One chapter folder and its exercises in order.
    record Chapter(Path folder, String number, List<ExerciseInfo> exercises) {

        Path exerciseFile(ExerciseInfo e) { return folder.resolve("exercises").resolve(e.file()); }

        Path solutionFile(ExerciseInfo e) { return folder.resolve("solutions").resolve(e.file()); }
    }

    /// One exercise and the chapter it belongs to.
    record Entry(Chapter chapter, ExerciseInfo exercise) {}

    private final Path root;
    private final List<Chapter> chapters;

    Workbook(Path root) {
        this.root = root;
        this.chapters = Chapters.withExercises(root, null).stream()
                .map(folder -> new Chapter(folder, Chapters.number(folder), exercises(folder)))
                .toList();
    }

    private static List<ExerciseInfo> exercises(Path chapter) {
        var tests = Compiler.javaFiles(List.of(chapter.resolve("src/test/java")));
        return ExerciseInfo.fromSources(tests);
    }

    Path root() { return root; }

    List<Chapter> chapters() { return chapters; }

    Chapter chapter(String number) {
        String wanted = number.length() == 1 ? "0" + number : number;
        return chapters.stream().filter(c -> c.number().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "there is no chapter %s with exercises; try one of %s".formatted(
                                number, chapters.stream().map(Chapter::number).toList())));
    }

    /// The exercise with this id, e.g. `"4.2"`.
    Entry exercise(String id) {
        for (Chapter c : chapters) {
            for (ExerciseInfo e : c.exercises()) if (e.id().equals(id)) return new Entry(c, e);
        }
        throw new IllegalArgumentException(
                "there is no exercise " + id + "; exercise numbers look like 4.2");
    }

    /// The path as the learner should type it, relative to the book's folder.
    String show(Path file) {
        return root.relativize(file).toString();
    }
}
