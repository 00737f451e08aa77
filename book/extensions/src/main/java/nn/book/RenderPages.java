package nn.book;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Renders the book's pages with Asciidoctor and the book's extensions, each page only when
/// something it is made from changed (`PageInputs`, `PageCache`): the chapter pages, the
/// contents page `index.html`, the single-page edition `book.html` and a page per engine
/// source file. Any message Asciidoctor logs (a missing include or tag, a bad reference) is
/// printed with its file and line and fails the build; a page that logged one is not cached.
///
/// Usage: `RenderPages <root> <book folder> <build folder> [name=value]...`, the attributes
/// of every page (`{outputs}`, `{generated}` and so on point into the build folder).
public final class RenderPages {
    private final Path root, book;
    private final PageInputs inputs;
    private final PageCache cache;
    private final Map<String, Object> attributes;
    private final List<String> problems = new ArrayList<>();
    private final LogHandler handler = this::logged;
    private final Asciidoctor given;
    private Asciidoctor asciidoctor; // started at the first page that needs rendering
    private double startSeconds;

    /// `asciidoctor`: an instance to use (and leave open), or null to start one when needed.
    RenderPages(Path root, Path book, Path build, Map<String, Object> attributes, String tools,
                Asciidoctor asciidoctor) {
        this.given = asciidoctor;
        this.root = root;
        this.book = book;
        this.attributes = attributes;
        this.inputs = new PageInputs(root, book, build, attributes, tools);
        this.cache = new PageCache(build.resolve("page-cache"), book,
                Path.of(attributes.get("numbers-dir").toString()));
    }

    public static void main(String[] args) throws Exception {
        String usage = "usage: RenderPages <root> <book folder> <build folder> [name=value]...";
        if (args.length < 3) {
            System.err.println(usage + " (got %d arguments)".formatted(args.length));
            System.exit(2);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                System.err.println(usage + " (got '" + args[i] + "', not name=value)");
                System.exit(2);
            }
            String value = args[i].substring(eq + 1);
            // as the Maven plugin reads them: "true" sets the attribute, "false" unsets it
            attributes.put(args[i].substring(0, eq), switch (value) {
                case "true" -> "";
                case "false" -> null;
                default -> value;
            });
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        var render = new RenderPages(root, Path.of(args[1]).toAbsolutePath().normalize(),
                Path.of(args[2]).toAbsolutePath().normalize(), attributes,
                PageInputs.classPathDigest(), null);
        Report report = render.run();
        report.problems().forEach(System.err::println);
        System.out.println(report);
        System.exit(report.problems().isEmpty() ? 0 : 1);
    }

    /// What a run did: the pages it rendered and those it took from the cache, by name, and
    /// every message Asciidoctor logged (none in a good build).
    record Report(List<String> rendered, List<String> reused, List<String> problems,
                  double seconds, double startSeconds) {
        @Override
        public String toString() {
            return "[asciidoctor] %d pages rendered, %d unchanged%s, in %.1f s%s"
                    .formatted(rendered.size(), reused.size(), problems.isEmpty() ? ""
                            : ", " + problems.size() + " problem(s) (above)", seconds,
                            rendered.isEmpty() ? "" : " (%.1f s of it starting Asciidoctor)"
                                    .formatted(startSeconds));
        }
    }

    /// Renders or restores every page.
    Report run() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(book);
        PageInputs.copyTree(root.resolve("book/src/docs/assets"), book);
        List<String> rendered = new ArrayList<>(), reused = new ArrayList<>();
        try {
            for (PageInputs.Page page : inputs.pages()) {
                String key = inputs.key(page);
                if (cache.restore(page.name(), key)) {
                    reused.add(page.name());
                    continue;
                }
                cache.forget(page.name());
                if (render(page)) {
                    cache.store(page.name(), key);
                    rendered.add(page.name());
                }
            }
            if (!rendered.isEmpty()) cache.storeStylesheets();
            cache.restoreStylesheets();
        } finally {
            if (asciidoctor != null) asciidoctor.unregisterLogHandler(handler);
            if (asciidoctor != null && given == null) asciidoctor.close();
        }
        return new Report(rendered, reused, List.copyOf(problems),
                (System.nanoTime() - start) / 1e9, startSeconds);
    }

    /// Renders one page; false when Asciidoctor logged anything about it.
    private boolean render(PageInputs.Page page) {
        int before = problems.size();
        asciidoctor().convertFile(page.source().toFile(), Options.builder()
                .toDir(book.toFile()).mkDirs(true).safe(SafeMode.UNSAFE).standalone(true)
                .backend("html5").baseDir(page.baseDir().toFile())
                .attributes(attributes())
                .build());
        return problems.size() == before;
    }

    private Attributes attributes() {
        var builder = Attributes.builder();
        attributes.forEach(builder::attribute);
        return builder.build();
    }

    private Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            long start = System.nanoTime();
            asciidoctor = given != null ? given : Asciidoctor.Factory.create();
            asciidoctor.registerLogHandler(handler);
            // the warnings Asciidoctor gives only in verbose mode (an unknown local reference)
            asciidoctor.rubyExtensionRegistry().loadClass(new ByteArrayInputStream(
                    "$VERBOSE = true".getBytes(StandardCharsets.UTF_8)));
            startSeconds = (System.nanoTime() - start) / 1e9;
        }
        return asciidoctor;
    }

    private void logged(LogRecord record) {
        if (record.getSeverity().compareTo(Severity.INFO) < 0) return;
        var where = record.getCursor();
        String place = where == null ? "" : (where.getFile() != null ? where.getFile()
                : where.getPath()) + (where.getLineNumber() > 0 ? ":" + where.getLineNumber() : "")
                + ": ";
        problems.add("[asciidoctor] " + record.getSeverity() + ": " + place + record.getMessage());
    }
}
