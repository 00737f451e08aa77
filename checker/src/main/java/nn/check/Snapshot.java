package nn.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/// The learner's files as they were before their code ran: every chapter's `exercises/`,
/// `solutions/` and tests, and `.check/` (progress and backups). Exercise code may delete or
/// change them (by mistake or on purpose); [#restore] puts them back exactly, after moving
/// any changed or new file to `.check/backup/<time>/`, so that nothing is lost even if it was
/// the learner who saved a file while the check ran.
final class Snapshot {
    private static final List<String> CHAPTER_FOLDERS = List.of("exercises", "solutions",
            "src/test");
    private final Path root;
    private final Map<Path, byte[]> files;

    private Snapshot(Path root, Map<Path, byte[]> files) {
        this.root = root;
        this.files = files;
    }

    /// The protected files of the book in `root`, with their contents.
    static Snapshot of(Path root) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path file : protectedFiles(root)) {
            try {
                files.put(root.relativize(file), Files.readAllBytes(file));
            } catch (IOException e) {
                // unreadable: nothing to compare it with later
            }
        }
        return new Snapshot(root, files);
    }

    /// Puts every protected file back as it was; says what was changed, one line per file.
    List<String> restore() {
        List<String> notes = new ArrayList<>();
        Path backup = root.resolve(".check/backup").resolve(LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        try {
            for (var entry : files.entrySet()) {
                Path file = root.resolve(entry.getKey());
                if (!Files.exists(file)) {
                    AtomicFile.write(file, entry.getValue());
                    notes.add("deleted " + entry.getKey() + ": put back");
                } else if (!Arrays.equals(entry.getValue(), Files.readAllBytes(file))) {
                    Files.createDirectories(backup.resolve(entry.getKey()).getParent());
                    Files.copy(file, backup.resolve(entry.getKey()));
                    AtomicFile.write(file, entry.getValue());
                    notes.add("changed %s: put back (the changed one is in %s)".formatted(
                            entry.getKey(), root.relativize(backup.resolve(entry.getKey()))));
                }
            }
            for (Path file : protectedFiles(root)) {
                Path relative = root.relativize(file);
                if (files.containsKey(relative) || file.startsWith(backup)) continue;
                Files.createDirectories(backup.resolve(relative).getParent());
                Files.move(file, backup.resolve(relative));
                notes.add("created %s: moved to %s".formatted(relative,
                        root.relativize(backup.resolve(relative))));
            }
        } catch (IOException e) {
            notes.add("could not put every file back: " + e.getMessage());
        }
        return notes;
    }

    private static List<Path> protectedFiles(Path root) {
        List<Path> folders = new ArrayList<>();
        folders.add(root.resolve(".check"));
        try (Stream<Path> chapters = Files.list(root.resolve("chapters"))) {
            chapters.forEach(c -> CHAPTER_FOLDERS.forEach(f -> folders.add(c.resolve(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(BookLock.FILE))
                        .forEach(all::add);
            } catch (IOException | UncheckedIOException e) {
                // a folder that vanished while we looked: its files count as deleted
            }
        }
        return all;
    }
}
