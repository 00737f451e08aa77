package nn.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/// The stub of an exercise as the book shipped it: the file's first version in git.
final class OriginalStub {
    private OriginalStub() {}

    static String of(Path root, Path file) {
        String path = root.relativize(file).toString();
        String commit = git(root, "log", "--diff-filter=A", "--format=%H", "--", path).lines()
                .reduce((first, second) -> second).orElse("");
        if (commit.isBlank()) {
            throw new IllegalStateException("cannot find the original of " + path
                    + " in git history; copy it from the book's repository by hand");
        }
        return git(root, "show", commit + ":" + path);
    }

    private static String git(Path root, String... args) {
        var command = new java.util.ArrayList<String>();
        command.add("git");
        command.addAll(java.util.List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(
                        "git " + String.join(" ", args) + " failed: " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("reset needs git on the PATH (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
