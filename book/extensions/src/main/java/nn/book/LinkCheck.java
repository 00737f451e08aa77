package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Checks the built book: every local link, anchor, image and stylesheet `url(...)` resolves,
/// and no page loads anything from outside (no CDN script, web font or remote image).
///
/// Usage: `LinkCheck <book folder> [chapters folder]`; prints each problem (with the chapter
/// source's file and line where the link was written, when the chapters folder is given, see
/// `LinkSources`) and exits 1 if there is any.
public final class LinkCheck {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "<(a|img|link|script|source|iframe)\\b[^>]*?\\s(href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\s(?:id|name)=\"([^\"]+)\"");
    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");

    static final String USAGE = "usage: LinkCheck <book folder> [chapters folder]";

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<String> problems = args.length == 1 ? check(Path.of(args[0]))
                : check(Path.of(args[0]), new LinkSources(Path.of(args[1])));
        problems.forEach(p -> System.err.println("[links] " + p));
        if (!problems.isEmpty()) {
            System.err.printf("[links] FAILED: %d problem(s)%n", problems.size());
            System.exit(1);
        }
        System.out.println(
                "[links] every link, anchor and image resolves; nothing is loaded from outside");
    }

    static List<String> check(Path book) throws IOException {
        return check(book, null);
    }

    /// The problems of the book; with `sources`, each broken link starts with the file and
    /// line of the chapter source that wrote it.
    static List<String> check(Path book, LinkSources sources) throws IOException {
        Map<Path, String> pages = new HashMap<>();
        try (Stream<Path> files = Files.walk(book)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(p, Files.readString(p));
            }
        }
        if (pages.isEmpty()) return List.of("no HTML pages in " + book);
        Map<Path, Set<String>> ids = new HashMap<>();
        pages.forEach((page, html) -> ids.put(page, idsOf(html)));

        List<String> problems = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            Path page = entry.getKey();
            String name = book.relativize(page).toString();
            Matcher m = ATTRIBUTE.matcher(entry.getValue());
            while (m.find()) {
                String tag = m.group(1), target = m.group(3);
                String problem = checkOne(book, page, tag, target, ids);
                if (problem == null) continue;
                String source = sources == null ? null : sources.locate(name, target);
                problems.add(source == null ? name + ": " + problem
                        : source + ": " + problem + " in " + name);
            }
        }
        pages.forEach((page, html) ->
                problems.addAll(imageProblems(book.relativize(page).toString(), html)));
        try (Stream<Path> files = Files.walk(book)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                problems.addAll(cssProblems(book, css, Files.readString(css)));
            }
        }
        return problems.stream().distinct().sorted().toList(); // a figure links its image too
    }

    private static String checkOne(Path book, Path page, String tag, String target,
            Map<Path, Set<String>> ids) {
        boolean remote = target.startsWith("http:") || target.startsWith("https:")
                || target.startsWith("//");
        if (remote) {
            if (tag.equals("a")) return null;
            return "<%s> loads %s from outside the book".formatted(tag, target);
        }
        if (target.startsWith("mailto:") || target.startsWith("data:")) return null;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(book)) return "link %s leaves the book folder".formatted(target);
        Path shown = book.relativize(resolved);
        if (!Files.exists(resolved)) return "broken link %s (no file %s)".formatted(target, shown);
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(resolved)
                && !ids.get(resolved).contains(fragment)) {
            return "broken anchor %s (no id \"%s\" in %s)".formatted(target, fragment, shown);
        }
        return null;
    }

    /// A stylesheet's `url(...)`s (KaTeX's fonts) must be files of the book.
    static List<String> cssProblems(Path book, Path css, String text) {
        List<String> problems = new ArrayList<>();
        String name = book.relativize(css).toString();
        Matcher url = CSS_URL.matcher(text);
        while (url.find()) {
            String target = url.group(2);
            if (target.startsWith("data:") || target.startsWith("#")) continue;
            if (target.startsWith("http:") || target.startsWith("https:")
                    || target.startsWith("//")) {
                problems.add(name + ": loads a remote url(" + target + ")");
                continue;
            }
            Path file = css.getParent().resolve(target.replaceFirst("[?#].*", "")).normalize();
            if (!Files.exists(file)) {
                problems.add("%s: broken url(%s) (no file %s)"
                        .formatted(name, target, book.relativize(file)));
            }
        }
        return problems;
    }

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");
    private static final Pattern SIZE = Pattern.compile("\\s(?:width|height)=\"([^\"]*)\"");

    /// Every image needs alt text, and a non-numeric width means a comma in the alt text split
    /// it (quote alt text that contains commas: `image::f.png["a, b",width=600]`).
    static List<String> imageProblems(String name, String html) {
        List<String> problems = new ArrayList<>();
        if (html.contains("&lt;a href=") || html.contains("&lt;a class=")) {
            problems.add(name + ": a link shows as text (HTML escaped where a link was meant)");
        }
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group());
            if (!alt.find() || alt.group(1).isBlank()) {
                problems.add(name + ": image without alt text: " + img.group());
            }
            Matcher size = SIZE.matcher(img.group());
            while (size.find()) {
                if (!size.group(1).matches("\\d+%?")) {
                    problems.add(name + ": image size \"" + size.group(1)
                            + "\" is not a number: put alt text with commas in quotes");
                }
            }
        }
        return problems;
    }

    private static Set<String> idsOf(String html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }
}
