package nn.book;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/// Registers the book's extensions whenever this jar is on Asciidoctor's class path.
public final class BookExtensions implements ExtensionRegistry {
    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry()
                .treeprocessor(ExerciseBlocks.class)
                .treeprocessor(ListingLinks.class)
                .treeprocessor(Numbering.class)
                .blockMacro(LiveFigures.class)
                .postprocessor(Navigation.class)
                .postprocessor(SourceLines.class)
                .postprocessor(FigureThemes.class);
    }
}
