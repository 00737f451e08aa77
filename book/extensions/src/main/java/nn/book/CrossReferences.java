package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Gives a link into another chapter that was written without text (`xref:neuron.adoc#id[]`,
/// which Asciidoctor shows as "neuron.html") the text of what it points to: "Figure 1.2",
/// "Equation (1.3)", "Section 1.4", "Chapter 1". The numbers come from the files `Numbering`
/// writes for each chapter page, so they are those the target page shows. In the single-page
/// edition such a link already leads into the page (`href="#id"`, see `Navigation`).
///
/// Usage: `CrossReferences <book folder> <numbers folder>`. A link without text to anything
/// unnumbered fails the build: write its text.
public final class CrossReferences {
    /// A link whose text is a page's file name, as Asciidoctor writes an xref without text.
    private static final Pattern BARE = Pattern.compile(
            "<a href=\"([^\"#]*)(?:#([^\"]*))?\">([\\w-]+\\.html)</a>");

    public static void main(String[] args) throws IOException {
        Path book = Path.of(args[0]);
        Map<String, Map<String, String>> numbers = read(Path.of(args[1]));
        List<String> problems = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.list(book)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(page);
                var result = resolve(page.getFileName().toString(), html, numbers, problems);
                if (!result.equals(html)) Files.writeString(page, result);
                count += BARE.matcher(html).results()
                        .filter(r -> numbers.containsKey(r.group(3))).count();
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[xrefs] " + p));
            System.err.printf("[xrefs] FAILED: %d problem(s)%n", problems.size());
            System.exit(1);
        }
        System.out.printf("[xrefs] %d links into other chapters given their numbers%n", count);
    }

    /// The page with every bare link into a numbered page given its text; a bare link to an
    /// id that has no number is added to `problems`.
    static String resolve(String name, String html, Map<String, Map<String, String>> numbers,
            List<String> problems) {
        Matcher m = BARE.matcher(html);
        return m.replaceAll(link -> {
            String target = link.group(3), fragment = link.group(2);
            Map<String, String> page = numbers.get(target);
            boolean sameTarget = link.group(1).isEmpty() || link.group(1).equals(target);
            if (page == null || !sameTarget) return Matcher.quoteReplacement(link.group());
            String id = fragment == null || fragment.equals(chapterAnchor(target)) ? ""
                    : fragment;
            String text = page.get(id);
            if (text == null) {
                problems.add("%s: the link to %s#%s has no text, and %s is no numbered section,"
                        .formatted(name, target, id, id) + " figure, listing, table or equation:"
                        + " give it one, xref:%s#%s[text]"
                        .formatted(target.replaceFirst("\\.html$", ".adoc"), id));
                return Matcher.quoteReplacement(link.group());
            }
            String href = link.group(1) + (fragment == null ? "" : "#" + fragment);
            return Matcher.quoteReplacement("<a href=\"" + href + "\">" + text + "</a>");
        });
    }

    private static String chapterAnchor(String page) {
        return "chapter-" + page.replaceFirst("\\.html$", "");
    }

    /// `neuron.tsv` (lines `id<TAB>text`, the chapter itself under the empty id) for each page.
    static Map<String, Map<String, String>> read(Path folder) throws IOException {
        Map<String, Map<String, String>> numbers = new HashMap<>();
        if (!Files.isDirectory(folder)) return numbers;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path tsv : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                Map<String, String> ids = new HashMap<>();
                for (String line : Files.readAllLines(tsv)) {
                    int tab = line.indexOf('\t');
                    if (tab >= 0) ids.put(line.substring(0, tab), line.substring(tab + 1));
                }
                String page = tsv.getFileName().toString().replaceFirst("\\.tsv$", ".html");
                numbers.put(page, ids);
            }
        }
        return numbers;
    }
}
