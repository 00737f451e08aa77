package nn.book;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/// What each page of the book is made from, as one digest per page: the key under which
/// `PageCache` keeps the rendered page. The keys are coarse, so that a page can never be
/// stale: every page depends on the attributes, the extensions and Asciidoctor (each file of
/// the class path), the docinfo and assets, every chapter's title and description (the
/// sidebar) and the names of the figures (dark variants). A chapter page adds its whole folder
/// (lesson, scripts, exercises, solutions, tests), the engine's sources, the generated
/// include files and the script outputs it includes; the contents page its folder, the
/// generated include files and the outputs it includes; the single-page edition all of that
/// for every chapter (every output); a source page its own file and the engine.
final class PageInputs {
    /// `include::{outputs}/Name.txt[]`: the output files a lesson includes.
    private static final Pattern OUTPUT = Pattern.compile("\\{outputs}/([^\\[\\s]*)\\[");

    /// One page: its source, the folder its includes are relative to, the page it becomes.
    record Page(Path source, Path baseDir, Kind kind) {
        String name() {
            return source.getFileName().toString().replaceFirst("\\.adoc$", "");
        }
    }

    enum Kind { CHAPTER, CONTENTS, BOOK, SOURCE }

    private final Path root, chapters, engine, outputs, generated, images;
    private final String shared;
    private final Map<String, String> digests = new HashMap<>(); // of inputs many pages share

    /// `tools`: the digest of Asciidoctor and the extensions (`classPathDigest()` in the build).
    PageInputs(Path root, Path book, Path build, Map<String, Object> attributes, String tools) {
        this.root = root;
        this.chapters = root.resolve("chapters");
        this.engine = root.resolve("engine/src");
        this.outputs = build.resolve("outputs");
        this.generated = build.resolve("generated");
        this.images = book.resolve("images");
        this.shared = shared(attributes, tools);
    }

    /// The chapter pages in book order, then the contents page and the single-page edition,
    /// then the engine's source pages.
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Chapter c : Chapter.all(chapters)) {
            pages.add(new Page(c.lesson(), c.lesson().getParent(), Kind.CHAPTER));
        }
        Path docs = root.resolve("book/src/docs/asciidoc");
        for (Path p : adocFiles(docs)) {
            boolean single = p.getFileName().toString().equals("book.adoc");
            pages.add(new Page(p, docs, single ? Kind.BOOK : Kind.CONTENTS));
        }
        for (Path p : adocFiles(generated.resolve("code"))) {
            pages.add(new Page(p, generated.resolve("code"), Kind.SOURCE));
        }
        return pages;
    }

    String key(Page page) {
        var key = new StringBuilder(shared).append('\n').append(page.kind()).append(' ')
                .append(page.source()).append('\n');
        switch (page.kind()) {
            case CHAPTER -> key.append("folder ").append(folderDigest(page.baseDir()))
                    .append("\nengine ").append(engine())
                    .append("\ngenerated ").append(once("generated", this::generatedIncludes))
                    .append("\noutputs ").append(outputsIncludedBy(page.baseDir()));
            case CONTENTS -> key.append("docs ").append(Sha256.ofTree(page.baseDir()))
                    .append("\ngenerated ").append(once("generated", this::generatedIncludes))
                    .append("\noutputs ").append(outputsIncludedBy(page.baseDir()));
            case BOOK -> key.append("docs ").append(Sha256.ofTree(page.baseDir()))
                    .append("\nchapters ").append(once("chapters", () -> folderDigest(chapters)))
                    .append("\nengine ").append(engine())
                    .append("\ngenerated ").append(once("generated", this::generatedIncludes))
                    .append("\noutputs ").append(allOutputs());
            case SOURCE -> key.append("page ").append(Sha256.ofFile(page.source()))
                    .append("\nengine ").append(engine());
        }
        return Sha256.of(key.toString());
    }

    private String engine() {
        return once("engine", () -> Sha256.ofTree(engine));
    }

    private String allOutputs() {
        return once("outputs", () -> Sha256.ofTree(outputs));
    }

    private String once(String name, Supplier<String> digest) {
        return digests.computeIfAbsent(name, n -> digest.get());
    }

    /// What every page depends on.
    private String shared(Map<String, Object> attributes, String tools) {
        var s = new StringBuilder("attributes ").append(attributes).append('\n');
        s.append("tools ").append(tools).append('\n');
        s.append("book-src ").append(Sha256.ofTree(root.resolve("book/src/docs"),
                name -> !name.startsWith("asciidoc/"))).append('\n');
        for (Chapter c : Chapter.all(chapters)) s.append("chapter ").append(c).append('\n');
        s.append("images ").append(names(images)).append('\n');
        return Sha256.of(s.toString());
    }

    /// Every file of a chapter folder (or all of them) but what builds and runs leave there.
    private static String folderDigest(Path folder) {
        return Sha256.ofTree(folder, name -> !name.startsWith("target/")
                && !name.contains("/target/") && !name.startsWith("figures/")
                && !name.contains("/figures/") && !name.startsWith(".check/")
                && !name.contains("/.check/"));
    }

    /// The generated include files (contents lists), not the source pages or the numbers.
    private String generatedIncludes() {
        return Sha256.ofTree(generated, name -> !name.contains("/"));
    }

    /// The outputs the folder's `.adoc` files include; all of them if a name is made from
    /// attributes (then which one is included cannot be read off the text).
    private String outputsIncludedBy(Path folder) {
        var names = new TreeSet<String>();
        for (Path adoc : adocFilesUnder(folder)) {
            Matcher m = OUTPUT.matcher(read(adoc));
            while (m.find()) names.add(m.group(1));
        }
        if (names.stream().anyMatch(n -> n.contains("{") || n.contains(".."))) {
            return allOutputs();
        }
        var s = new StringBuilder();
        for (String n : names) s.append(n).append(' ').append(Sha256.ofFile(outputs.resolve(n)))
                .append('\n');
        return Sha256.of(s.toString());
    }

    /// Every entry of this JVM's class path: Asciidoctor, the extensions and what they use.
    static String classPathDigest() {
        var s = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            s.append(entry).append(' ')
                    .append(Files.isDirectory(p) ? Sha256.ofTree(p) : jarDigest(p)).append('\n');
        }
        return Sha256.of(s.toString());
    }

    /// A jar's entries with their checksums and sizes: a jar packed again from the same
    /// classes gives the same digest (the time stamps inside it do not count).
    private static String jarDigest(Path jar) {
        if (!Files.isRegularFile(jar)) return "missing";
        try (var zip = new ZipFile(jar.toFile())) {
            var s = new StringBuilder();
            zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).forEach(e -> s
                    .append(e.getName()).append(' ').append(e.getCrc()).append(' ')
                    .append(e.getSize()).append('\n'));
            return Sha256.of(s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static String names(Path folder) {
        if (!Files.isDirectory(folder)) return "none";
        try (Stream<Path> files = Files.list(folder)) {
            return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The `.adoc` files directly in a folder whose names do not start with `_`, sorted.
    private static List<Path> adocFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".adoc"))
                    .filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> adocFilesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Copies every file under `from` to the same place under `to` (the stylesheet and script).
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
