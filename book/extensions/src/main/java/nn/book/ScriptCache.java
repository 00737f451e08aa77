package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

/// The scripts' results from earlier builds, as Quarto's freeze keeps them:
/// `script-cache/<Name>/` holds what the script printed (`output.txt`), the files it wrote to
/// its figures folder (`figures/`) and the inputs they came from (`inputs.txt`, see
/// `ScriptInputs`). An entry is used only while every input has its recorded digest; the
/// inputs are written last, and removed before a script runs again, so an interrupted or
/// failed run leaves no entry behind.
final class ScriptCache {
    private final Path folder;

    ScriptCache(Path folder) {
        this.folder = folder;
    }

    /// True when `script` ran before and none of its inputs has changed since.
    boolean isFresh(Script script, ScriptInputs inputs) throws IOException {
        Path recorded = entry(script).resolve("inputs.txt");
        return Files.exists(recorded) && inputs.unchanged(Files.readAllLines(recorded));
    }

    /// Forgets the entry and returns an empty folder for the figures of a new run.
    Path startRun(Script script) throws IOException {
        Path entry = Files.createDirectories(entry(script));
        Files.deleteIfExists(entry.resolve("inputs.txt"));
        Path figures = entry.resolve("figures.new");
        delete(figures);
        return Files.createDirectories(figures);
    }

    /// Where the JVM logs the classes the run loads.
    Path classLog(Script script) {
        return entry(script).resolve("classes.log");
    }

    /// Keeps a successful run: its output, the figures of `startRun`'s folder, its inputs.
    void store(Script script, String output, List<String> inputs) throws IOException {
        Path entry = entry(script);
        Files.writeString(entry.resolve("output.txt"), output);
        delete(entry.resolve("figures"));
        Files.move(entry.resolve("figures.new"), entry.resolve("figures"));
        Files.write(entry.resolve("inputs.txt"), inputs);
    }

    /// Copies the entry's output to `outputs/<Name>.txt` and its figures into `figures`.
    void restore(Script script, Path outputs, Path figures) throws IOException {
        Path entry = entry(script);
        Files.copy(entry.resolve("output.txt"), outputs.resolve(script.name() + ".txt"),
                REPLACE_EXISTING);
        try (Stream<Path> files = Files.list(entry.resolve("figures"))) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, figures.resolve(f.getFileName()), REPLACE_EXISTING);
            }
        }
    }

    String output(Script script) throws IOException {
        return Files.readString(entry(script).resolve("output.txt"));
    }

    private Path entry(Script script) {
        return folder.resolve(script.name());
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) return;
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
