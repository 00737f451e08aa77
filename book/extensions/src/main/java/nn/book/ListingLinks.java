package nn.book;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.Map;

/// Turns the title of every listing taken from the engine (`.engine/src/main/java/nn/...java`)
/// into a link to that file's page in the book, which shows the whole file and its tests.
public final class ListingLinks extends Treeprocessor {
    private static final String PREFIX = "engine/src/main/java/";

    @Override
    public Document process(Document document) {
        for (StructuralNode listing : document.findBy(Map.of("context", ":listing"))) {
            String title = listing.getTitle();
            if (title == null || !title.startsWith(PREFIX) || !title.endsWith(".java")) continue;
            String path = title.substring(PREFIX.length(), title.length() - ".java".length());
            String page = "code-" + path.replace('/', '.') + ".html";
            listing.setTitle("link:" + page + "[" + title + ",role=code-link]");
        }
        return document;
    }
}
