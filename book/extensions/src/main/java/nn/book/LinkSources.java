package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// Where in the chapters' sources a broken link of the built book was written: the `.adoc`
/// file and line of `xref:missing.adoc#id[...]`, `<<id>>` or `image::x.png[...]`, so that the
/// link checker can point at the line to fix. The lesson a page comes from is searched first
/// (`neuron.html` ← `chapters/*/neuron.adoc` and the `_*.adoc` files beside it), then every
/// chapter.
final class LinkSources {
    private final Path root;
    private final List<Path> sources = new ArrayList<>();

    /// The sources under `chapters`; locations are shown relative to its parent folder.
    LinkSources(Path chapters) {
        this.root = chapters.toAbsolutePath().normalize().getParent();
        if (!Files.isDirectory(chapters)) return;
        try (Stream<Path> files = Files.walk(chapters)) {
            files.filter(f -> f.toString().endsWith(".adoc"))
                    .filter(f -> !f.toString().contains("/target/")).sorted()
                    .forEach(sources::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + chapters, e);
        }
    }

    /// `chapters/01-neuron/neuron.adoc:12` for the link `target` on page `page` (relative to
    /// the book folder), or null when no source line names it.
    String locate(String page, String target) {
        String lesson = page.replaceFirst("\\.html$", ".adoc");
        List<Path> first = sources.stream().filter(s -> s.getParent().equals(lessonFolder(lesson)))
                .toList();
        for (String needle : needles(target)) {
            for (List<Path> files : List.of(first, sources)) {
                for (Path f : files) {
                    String found = find(f, needle);
                    if (found != null) return found;
                }
            }
        }
        return null;
    }

    /// What the source says for a link, most telling first: `missing.adoc#id`, `#id` as
    /// `<<id` or `xref:id`, the file name.
    private static List<String> needles(String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        String name = file.substring(file.lastIndexOf('/') + 1);
        String adoc = name.replaceFirst("\\.html$", ".adoc");
        List<String> needles = new ArrayList<>();
        if (!fragment.isEmpty() && !adoc.isEmpty()) needles.add(adoc + "#" + fragment);
        if (!fragment.isEmpty() && adoc.isEmpty()) {
            needles.addAll(List.of("<<" + fragment, "xref:" + fragment, "#" + fragment));
        }
        if (!adoc.isEmpty()) needles.add(adoc.equals(name) ? name : "xref:" + adoc);
        return needles;
    }

    private Path lessonFolder(String lesson) {
        return sources.stream().filter(s -> s.getFileName().toString().equals(lesson))
                .map(Path::getParent).findFirst().orElse(null);
    }

    private String find(Path file, String needle) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return root.relativize(file) + ":" + (i + 1);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
