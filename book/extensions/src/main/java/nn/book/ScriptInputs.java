package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Everything a chapter script's output can depend on, each with its SHA-256: the key of the
/// script's entry in `ScriptCache`. One input per line, `digest kind name`:
///
/// - `jvm`: the JDK and the options the script runs with (a new JDK runs every script again);
/// - `source`: the script's file;
/// - `class`: each class it loaded from the class path (the engine, the plot module, XChart),
///   as its `ScriptClassLoader` recorded it (or its own JVM logged it, `-Xlog:class+load`),
///   and each class its source names (`Mnist`),
///   whose constants javac may have copied into the script without the class being loaded;
///   the class file's bytes, so an engine edit changes the key of exactly the scripts that use
///   the edited class;
/// - `data`: the repository's `assets/` folder and the files beside the script in its chapter
///   folder (other than lessons and sources), the data a script can read.
final class ScriptInputs {
    private static final Pattern CLASS_LOAD = Pattern.compile("^(\\S+) source: (file:|jar:)");
    private static final Pattern CAPITALIZED = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
    /// Chapter files a script does not read: lessons, sources, and the folders of other tools.
    private static final Pattern NOT_DATA = Pattern.compile(
            "(.*\\.(adoc|java)|pom\\.xml|(src|exercises|solutions|target|figures)/.*)");

    private final Path root;
    private final ClassPathFiles classPath;
    private final String jvm;
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    ScriptInputs(Path root, ClassPathFiles classPath, String jvm) {
        this.root = root;
        this.classPath = classPath;
        this.jvm = jvm;
    }

    /// The inputs of `script`, which loaded `classLog` (the JVM's class-loading log) when it ran.
    List<String> of(Script script, String classLog) {
        return of(script, loaded(classLog));
    }

    /// The inputs of `script`, which loaded the classes `loaded` (binary names) when it ran.
    List<String> of(Script script, Set<String> loaded) {
        Set<String> classes = new TreeSet<>(loaded);
        classes.removeIf(c -> !classPath.has(c)); // the script's own classes: its source
        classes.addAll(classPath.named(capitalizedWords(script)));
        List<String> lines = new ArrayList<>();
        lines.add(line("jvm", jvm));
        lines.add(line("source", relative(script.file())));
        for (String c : classes) lines.add(line("class", c));
        lines.add(line("data", "assets"));
        lines.add(line("data", relative(script.file().getParent())));
        return lines;
    }

    /// True when every input recorded in `lines` still has the digest recorded with it.
    boolean unchanged(Collection<String> lines) {
        if (lines.isEmpty()) return false;
        for (String l : lines) {
            String[] f = l.split(" ", 3);
            if (f.length != 3 || !f[0].equals(digest(f[1], f[2]))) return false;
        }
        return true;
    }

    private String line(String kind, String name) {
        return digest(kind, name) + " " + kind + " " + name;
    }

    /// The current digest of one input (each computed once per build: scripts share them).
    String digest(String kind, String name) {
        return digests.computeIfAbsent(kind + " " + name, _ -> switch (kind) {
            case "jvm" -> Sha256.of(jvm);
            case "source" -> Sha256.ofFile(root.resolve(name));
            case "class" -> {
                byte[] bytes = classPath.bytes(name);
                yield bytes == null ? "missing" : Sha256.of(bytes);
            }
            case "data" -> name.equals("assets") ? Sha256.ofTree(root.resolve(name))
                    : Sha256.ofTree(root.resolve(name), f -> !NOT_DATA.matcher(f).matches());
            default -> "unknown input kind " + kind;
        });
    }

    /// The classes the log says came from the class path (not the JDK's own, not generated).
    static Set<String> loaded(String classLog) {
        Set<String> names = new TreeSet<>();
        for (String l : classLog.split("\n")) {
            Matcher m = CLASS_LOAD.matcher(l.strip());
            if (m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> capitalizedWords(Script script) {
        try {
            Set<String> words = new TreeSet<>();
            Matcher m = CAPITALIZED.matcher(Files.readString(script.file()));
            while (m.find()) words.add(m.group());
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script.file(), e);
        }
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
