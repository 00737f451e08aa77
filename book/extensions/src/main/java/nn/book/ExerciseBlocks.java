package nn.book;

import nn.check.ExerciseInfo;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Completes every exercise block (`[.exercise]` titled `Exercise 4.2: ...`): adds the hints
/// from the exercise's `@Exercise` annotation (unless the block has its own) and the reference
/// solution, which CI compiles and tests, each collapsed until the reader opens it.
public final class ExerciseBlocks extends Treeprocessor {
    private static final Pattern TITLE = Pattern.compile("Exercise (\\d+)\\.(\\d+)\\b.*");

    @Override
    public Document process(Document document) {
        Object folder = document.getAttribute("chapters-dir");
        if (folder == null) return document;
        var exercises = Map.<Object, Object>of("context", ":example", "role", "exercise");
        for (StructuralNode block : document.findBy(exercises)) {
            Matcher m = TITLE.matcher(block.getTitle() == null ? "" : block.getTitle());
            if (!m.matches()) {
                error("exercise block without a title like 'Exercise 4.2: ...': "
                        + block.getTitle());
                continue;
            }
            String id = Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
            Path chapter = chapterFolder(Path.of(folder.toString()), m.group(1));
            ExerciseInfo exercise = chapter == null ? null : find(chapter, id);
            if (exercise == null) {
                error("exercise " + id + " is in the book but no test is annotated "
                        + "@Exercise(id = \"" + id + "\")");
                continue;
            }
            complete(block, exercise, chapter);
        }
        return document;
    }

    private void complete(StructuralNode block, ExerciseInfo exercise, Path chapter) {
        boolean hasHints = block.getBlocks().stream()
                .anyMatch(b -> b.getTitle() != null && b.getTitle().startsWith("Hint"));
        if (!hasHints) {
            List<String> hints = exercise.hints();
            for (int i = 0; i < hints.size(); i++) {
                String title = hints.size() == 1 ? "Hint" : "Hint " + (i + 1);
                var hint = createBlock(block, "pass", hintHtml(hints.get(i)));
                block.append(collapsible(block, title, hint));
            }
        }
        Path solution = chapter.resolve("solutions").resolve(exercise.file());
        var details = collapsible(block, "Solution (try the exercise first)", null);
        details.addRole("solution");
        // parsed like a listing the author wrote, so that it is highlighted like one
        var lines = new ArrayList<>(List.of("[source,java]", ".solutions/" + exercise.file(),
                "----"));
        lines.addAll(read(solution).lines().toList());
        lines.add("----");
        parseContent(details, lines);
        block.append(details);
    }

    /// A hint as HTML: plain text (the checker prints the same hints in a terminal), with
    /// `backticks` shown as code and the prose's quotes made typographic.
    static String hintHtml(String hint) {
        String escaped = hint.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        var html = new StringBuilder("<div class=\"paragraph\"><p>");
        String[] pieces = escaped.split("`", -1); // prose, code, prose, ...
        for (int i = 0; i < pieces.length; i++) {
            boolean code = i % 2 == 1 && i < pieces.length - 1;
            html.append(code ? "<code>" + pieces[i] + "</code>"
                    : (i % 2 == 1 ? "`" : "") + Typography.curly(pieces[i]));
        }
        return html.append("</p></div>").toString();
    }

    private StructuralNode collapsible(StructuralNode parent, String title,
            StructuralNode content) {
        Map<String, Object> attributes = new HashMap<>(Map.of("collapsible-option", ""));
        Map<Object, Object> options = Map.of("content_model", "compound");
        var details = createBlock(parent, "example", List.of(), attributes, options);
        details.setTitle(title);
        if (content != null) details.append(content);
        return details;
    }

    private static ExerciseInfo find(Path chapter, String id) {
        try (Stream<Path> files = Files.walk(chapter.resolve("src/test/java"))) {
            List<Path> tests = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            return ExerciseInfo.fromSources(tests).stream()
                    .filter(e -> e.id().equals(id)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path chapterFolder(Path chapters, String number) {
        String prefix = (number.length() == 1 ? "0" : "") + number + "-";
        try (Stream<Path> folders = Files.list(chapters)) {
            return folders.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the solution " + file, e);
        }
    }

    private void error(String message) {
        log(new LogRecord(Severity.ERROR, message));
    }
}
