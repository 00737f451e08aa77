package nn.check;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// Compiles a chapter's exercise (or solution) files together with its tests, in memory of
/// javac, into a fresh folder. Errors come back as `File.java:12: message` lines.
final class Compiler {
    private Compiler() {}

    record Result(boolean ok, List<String> errors) {}

    static Result compile(List<Path> sourceFolders, Path outputFolder) {
        var javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the checker needs a JDK (javac), not a JRE");
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = javac.getStandardFileManager(diagnostics, null, null)) {
            var units = files.getJavaFileObjectsFromPaths(javaFiles(sourceFolders));
            var options = List.of("-d", outputFolder.toString(), "-proc:none", "-nowarn",
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            return new Result(ok, errors(diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> javaFiles(List<Path> folders) {
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> errors = new ArrayList<>();
        for (var d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String file = d.getSource() == null
                    ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
            errors.add("%s:%d: %s".formatted(file, d.getLineNumber(), d.getMessage(null)));
        }
        return errors;
    }
}
