package nn.book;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListingLinksTest {
    private static final List<String> FILE = List.of(
            "class A {",
            "    // tag::first[]",
            "    void f() {",
            "        g();",
            "    }",
            "    // end::first[]",
            "    void h() {",
            "        g();",
            "    }",
            "}");

    @Test
    void aListingStartsWhereItsLinesAreInTheFileIndentationAside() {
        assertEquals(3, ListingLinks.firstLine(FILE, List.of("void f() {", "    g();", "}")));
        assertEquals(7, ListingLinks.firstLine(FILE, List.of("", "void h() {", "    g();")));
    }

    @Test
    void aListingOfTwoPiecesStartsAtItsFirstLine() {
        assertEquals(3, ListingLinks.firstLine(FILE, List.of("void f() {", "void h() {")));
    }

    @Test
    void linesNotInTheFileAreNotFound() {
        assertEquals(-1, ListingLinks.firstLine(FILE, List.of("void k() {")));
        assertEquals(-1, ListingLinks.firstLine(FILE, List.of("", " ")));
    }
}
