package nn.book;

/// The typographic quotes Asciidoctor gives the chapters' prose, for the few texts the book's
/// extensions write themselves (the hints of exercises, the titles of live figures).
final class Typography {
    private Typography() {}

    /// `'` between letters as ’, and each pair of `"` as “ and ”.
    static String curly(String plain) {
        String t = plain.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
        return t.replaceAll("\"([^\"]*)\"", "\u201c$1\u201d");
    }
}
