package nn.book;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Numbers each chapter by its folder (`chapters/04-backpropagation` is Chapter 4): its heading
/// says "Chapter 4", its sections are 4.1, 4.2 … (subsections 4.2.1 …), and its titled figures,
/// titled listings, titled tables and displayed `[latexmath]` equations are counted per chapter:
/// Figure 4.1, Listing 4.1, Table 4.1, and (4.1) at the right of the equation (a `\tag` that
/// KaTeX typesets, see `RenderMath`). The numbers depend only on the chapter's own text, so a
/// chapter page and the single-page edition, where chapters are level-1 sections with the
/// anchor `Chapter.anchor()`, show the same ones. The preface (folder `00`) is not numbered.
///
/// Every numbered node gets a `reftext`, so `<<id>>` reads "Figure 4.2", "Section 4.3",
/// "Equation (4.1)" or "Chapter 4". A chapter page also writes its numbers to the folder in the
/// attribute `numbers-dir` (`<page>.tsv`: id, tab, text), from which `CrossReferences` gives
/// the text to links into other chapters written without one (`xref:neuron.adoc#id[]`).
/// Solutions (listings inside an exercise's collapsed solution) are not numbered.
public final class Numbering extends Treeprocessor {
    /// The attribute holding a section's number ("4.3"), for the sidebar.
    static final String NUMBER = "book-number";

    @Override
    public Document process(Document document) {
        Object folder = document.getAttribute("chapters-dir");
        if (folder == null) return document;
        List<Chapter> chapters = Chapter.all(Path.of(folder.toString()));
        String docname = String.valueOf(document.getAttribute("docname", ""));
        for (Chapter c : chapters) {
            if (c.page().equals(docname + ".html")) {
                Map<String, String> numbers = numberPage(document, c);
                write(document, c, numbers);
                return document;
            }
        }
        for (StructuralNode block : document.getBlocks()) {
            if (!(block instanceof Section s) || s.getLevel() != 1) continue;
            chapters.stream().filter(c -> c.anchor().equals(s.getId())).findFirst()
                    .ifPresent(c -> numberChapter(s, c, new LinkedHashMap<>()));
        }
        return document;
    }

    /// The chapter page's heading gets its "Chapter N" label (the browser tab keeps the bare
    /// title); returns every id with its reference text.
    private Map<String, String> numberPage(Document document, Chapter chapter) {
        Map<String, String> numbers = new LinkedHashMap<>();
        String label = chapter.label();
        if (label != null) {
            document.setAttribute("title", document.getDoctitle(), true);
            document.setTitle("[.chapter-signifier]#" + label + "# " + chapter.title());
        }
        numbers.put("", label != null ? label : chapter.title());
        numberContent(document, chapter, numbers);
        return numbers;
    }

    /// A chapter inside the single-page edition: a level-1 section.
    private void numberChapter(Section section, Chapter chapter, Map<String, String> numbers) {
        String label = chapter.label();
        if (label != null) {
            section.setCaption("<span class=\"chapter-signifier\">" + label + "</span> ");
            reftext(section, label, numbers);
        }
        numberContent(section, chapter, numbers);
    }

    private void numberContent(StructuralNode root, Chapter chapter, Map<String, String> numbers) {
        if (chapter.label() == null) {
            unnumbered(root);
            return;
        }
        String n = String.valueOf(Integer.parseInt(chapter.number()));
        numberSections(root, n, numbers);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StructuralNode block : root.findBy(Map.of())) {
            Kind kind = Kind.of(block);
            if (kind == null || inSolution(block)) continue;
            String number = n + "." + counts.merge(kind.name(), 1, Integer::sum);
            kind.number(block, number);
            reftext(block, kind.reftext(number), numbers);
        }
    }

    /// The kinds of numbered block, each counted on its own.
    private enum Kind {
        FIGURE("Figure"), LISTING("Listing"), TABLE("Table"), EQUATION("Equation");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        static Kind of(StructuralNode block) {
            boolean titled = block.getTitle() != null && !block.getTitle().isEmpty();
            return switch (block.getContext()) {
                case "image" -> titled ? FIGURE : null;
                case "listing" -> titled ? LISTING : null;
                case "table" -> titled ? TABLE : null;
                case "stem" -> "latexmath".equals(block.getStyle()) ? EQUATION : null;
                default -> null;
            };
        }

        void number(StructuralNode block, String number) {
            if (this == EQUATION) {
                Block equation = (Block) block;
                equation.setSource(equation.getSource().stripTrailing() + " \\tag{" + number + "}");
            } else {
                block.setCaption("<span class=\"caption-label\">" + word + " " + number
                        + "</span> ");
            }
        }

        String reftext(String number) {
            return this == EQUATION ? word + " (" + number + ")" : word + " " + number;
        }
    }

    private static void numberSections(StructuralNode parent, String prefix,
            Map<String, String> numbers) {
        int k = 0;
        for (StructuralNode block : parent.getBlocks()) {
            if (!(block instanceof Section section)) continue;
            String number = prefix + "." + ++k;
            section.setCaption("<span class=\"sectnum\">" + number + "</span> ");
            section.setAttribute(NUMBER, number, true);
            reftext(section, "Section " + number, numbers);
            numberSections(section, number, numbers);
        }
    }

    /// The preface: no numbers, and no "Figure 7." from Asciidoctor's count over the document
    /// either (in the single-page edition it would differ from the preface's own page).
    private static void unnumbered(StructuralNode root) {
        for (StructuralNode block : root.findBy(Map.of())) {
            if (Kind.of(block) != null && Kind.of(block) != Kind.EQUATION) block.setCaption("");
        }
    }

    private static void reftext(StructuralNode node, String text, Map<String, String> numbers) {
        node.setAttribute("reftext", text, true);
        if (node.getId() != null) numbers.put(node.getId(), text);
    }

    private static boolean inSolution(ContentNode node) {
        for (ContentNode p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof StructuralNode s && s.hasRole("solution")) return true;
        }
        return false;
    }

    private static void write(Document document, Chapter chapter, Map<String, String> numbers) {
        Object dir = document.getAttribute("numbers-dir");
        if (dir == null) return;
        var tsv = new StringBuilder();
        numbers.forEach((id, text) -> tsv.append(id).append('\t').append(text).append('\n'));
        try {
            Path folder = Files.createDirectories(Path.of(dir.toString()));
            Files.writeString(folder.resolve(chapter.page().replaceFirst("\\.html$", ".tsv")),
                    tsv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the numbers of " + chapter.page(), e);
        }
    }
}
