package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// Writes one page per engine source file (`code-nn.layers.Dense.adoc`), showing the whole
/// file and linking to the tests that check it, so that every listing in the book can link to
/// the complete code and its tests.
///
/// Usage: `SourcePages <engine folder> <output folder>`.
public final class SourcePages {

    public static void main(String[] args) throws IOException {
        Path engine = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> main = javaFiles(engine.resolve("src/main/java"));
        List<Path> tests = javaFiles(engine.resolve("src/test/java"));
        Path mainRoot = engine.resolve("src/main/java"), testRoot = engine.resolve("src/test/java");
        for (Path file : main) write(engine, mainRoot, file, tests, out);
        for (Path file : tests) write(engine, testRoot, file, List.of(), out);
        System.out.printf("[code] %d source pages%n", main.size() + tests.size());
    }

    /// The page name of a source file, e.g. `code-nn.layers.Dense` for `nn/layers/Dense.java`.
    static String pageName(Path sourceRoot, Path file) {
        String relative = sourceRoot.relativize(file).toString();
        return "code-" + relative.replace('/', '.').replaceFirst("\\.java$", "");
    }

    private static void write(Path engine, Path root, Path file, List<Path> tests, Path out)
            throws IOException {
        String shown = "engine/" + engine.relativize(file);
        var page = new StringBuilder("= " + file.getFileName() + "\n:nofooter:\n\n");
        page.append("`").append(shown).append("` in the engine.");
        List<Path> testedBy = testsOf(file, tests);
        if (!testedBy.isEmpty()) {
            page.append(" Tested by ");
            for (int i = 0; i < testedBy.size(); i++) {
                Path t = testedBy.get(i);
                String testPage = pageName(engine.resolve("src/test/java"), t);
                String testName = t.getFileName().toString().replace(".java", "");
                page.append(i == 0 ? "" : ", ").append("xref:").append(testPage)
                        .append(".adoc[").append(testName).append("]");
            }
            page.append('.');
        }
        page.append("\n\n[source,java,linenums]\n----\n")
                .append("include::").append(file).append("[]\n----\n");
        Files.writeString(out.resolve(pageName(root, file) + ".adoc"), page);
    }

    /// Tests named after the class (`Dense` → `DenseTest`, `DenseGradientTest`, ...).
    private static List<Path> testsOf(Path file, List<Path> tests) {
        String name = file.getFileName().toString().replace(".java", "");
        return tests.stream().filter(t -> t.getFileName().toString().startsWith(name)
                && t.getFileName().toString().endsWith("Test.java")).toList();
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
