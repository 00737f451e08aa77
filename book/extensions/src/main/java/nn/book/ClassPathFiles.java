package nn.book;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/// The class files on a class path (folders and jars), by binary name (`nn.math.Matrix`,
/// `nn.math.Matrix$Shape`): what a chapter script can load besides the JDK.
final class ClassPathFiles {
    /// binary name → the folder or jar it comes from (the first one, as a class loader finds it)
    private final Map<String, Path> origin = new HashMap<>();

    ClassPathFiles(String classPath) {
        for (String element : classPath.split(File.pathSeparator)) {
            if (element.isEmpty()) continue;
            Path p = Path.of(element);
            if (Files.isDirectory(p)) indexFolder(p);
            else if (Files.isRegularFile(p)) indexJar(p);
        }
    }

    boolean has(String binaryName) {
        return origin.containsKey(binaryName);
    }

    /// The class file's bytes, or null when no element of the class path has it.
    byte[] bytes(String binaryName) {
        Path from = origin.get(binaryName);
        if (from == null) return null;
        String entry = binaryName.replace('.', '/') + ".class";
        try {
            if (Files.isDirectory(from)) return Files.readAllBytes(from.resolve(entry));
            try (var jar = new ZipFile(from.toFile())) {
                var e = jar.getEntry(entry);
                return e == null ? null : jar.getInputStream(e).readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " from " + from, e);
        }
    }

    /// The top-level classes whose simple name (`Matrix`) is one of `simpleNames`, sorted.
    Set<String> named(Set<String> simpleNames) {
        Set<String> found = new TreeSet<>();
        for (String name : origin.keySet()) {
            if (name.indexOf('$') >= 0) continue;
            if (simpleNames.contains(name.substring(name.lastIndexOf('.') + 1))) found.add(name);
        }
        return found;
    }

    private void indexFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(ClassPathFiles::isClass).toList()) {
                add(folder.relativize(f).toString().replace(File.separatorChar, '/'), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private void indexJar(Path jar) {
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> entries.add(e.getName()));
        } catch (IOException e) {
            return; // not a jar (a stray file on the class path): nothing to load from it
        }
        for (String entry : entries) if (entry.endsWith(".class")) add(entry, jar);
    }

    private void add(String entry, Path from) {
        if (entry.startsWith("META-INF/") || entry.endsWith("module-info.class")) return;
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        origin.putIfAbsent(name, from);
    }

    private static boolean isClass(Path p) {
        return p.toString().endsWith(".class") && Files.isRegularFile(p);
    }
}
