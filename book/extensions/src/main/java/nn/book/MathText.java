package nn.book;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A formula as a line of plain text, for search results: the MathML that KaTeX writes beside
/// its HTML (see `RenderMath`) read back as `z = ∑ᵢ₌₁ⁿ wᵢxᵢ + b`, with Unicode sub- and
/// superscripts where they exist (`x_(out)` where not), fractions as `a/b` and roots as `√x`.
final class MathText {
    private MathText() {}

    private static final String SUB_FROM = "0123456789+−=()aehijklmnoprstuvxβγρφχ";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
    private static final String SUP_FROM =
            "0123456789+−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUWβγδθφχ′⊤";
    private static final String SUP_TO =
            "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂᵝᵞᵟᶿᵠᵡ′ᵀ";
    /// Operators written with a space on each side.
    private static final Set<String> SPACED = Set.of("=", "<", ">", "≤", "≥", "≈", "≠", "→",
            "←", "↦", "∈", "⇒", "⟹", "∼", "+", "−", "×", "±", "≡", ":=", "∝", "⊙", "⋅", "·");
    /// Accents over a letter, as combining characters.
    private static final Map<String, String> ACCENTS = Map.of("^", "\u0302", "ˆ", "\u0302",
            "~", "\u0303", "˜", "\u0303", "¯", "\u0304", "‾", "\u0304", "˙", "\u0307",
            "→", "\u20d7", "⃗", "\u20d7");

    /// The text of `<math>...</math>`; the MathML's plain text if it cannot be read.
    static String of(String mathml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            var doc = factory.newDocumentBuilder().parse(
                    new ByteArrayInputStream(mathml.getBytes(StandardCharsets.UTF_8)));
            return tidy(text(doc.getDocumentElement()));
        } catch (Exception unreadable) {
            return tidy(mathml.replaceAll("(?s)<annotation.*?</annotation>", "")
                    .replaceAll("<[^>]+>", ""));
        }
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")").strip();
    }

    private static String text(Element e) {
        List<Element> c = children(e);
        return switch (e.getTagName()) {
            case "annotation", "annotation-xml", "mphantom" -> "";
            case "semantics" -> c.isEmpty() ? "" : text(c.getFirst());
            case "mi", "mn", "mtext", "ms" -> e.getTextContent().strip();
            case "mo" -> operator(e.getTextContent().strip());
            case "mspace" -> " ";
            case "msub", "munder" -> c.size() < 2 ? all(c) : text(c.get(0)) + sub(text(c.get(1)));
            case "msup" -> c.size() < 2 ? all(c) : text(c.get(0)) + sup(text(c.get(1)));
            case "mover" -> c.size() < 2 ? all(c) : over(text(c.get(0)), text(c.get(1)));
            case "msubsup", "munderover" -> c.size() < 3 ? all(c)
                    : text(c.get(0)) + sub(text(c.get(1))) + sup(text(c.get(2)));
            case "mfrac" -> c.size() < 2 ? all(c)
                    : group(text(c.get(0))) + "/" + group(text(c.get(1)));
            case "msqrt" -> "√" + group(all(c));
            case "mroot" -> c.size() < 2 ? all(c)
                    : sup(text(c.get(1))) + "√" + group(text(c.get(0)));
            case "mtable" -> String.join("; ", c.stream().map(MathText::text).toList());
            case "mtr" -> String.join(" ", c.stream().map(MathText::text).toList());
            default -> all(c);
        };
    }

    private static String all(List<Element> children) {
        var out = new StringBuilder();
        for (Element child : children) out.append(text(child));
        return out.toString();
    }

    private static String operator(String op) {
        return SPACED.contains(op) ? " " + op + " " : op.equals(",") ? ", " : op;
    }

    private static String over(String base, String mark) {
        String accent = ACCENTS.get(mark.strip());
        return accent != null && base.codePointCount(0, base.length()) == 1 ? base + accent
                : base + sup(mark);
    }

    /// `x` in Unicode subscripts, or `_x` / `_(x y)` when some character has none.
    static String sub(String x) {
        return script(x, SUB_FROM, SUB_TO, "_");
    }

    /// `x` in Unicode superscripts, or `^x` / `^(x y)` when some character has none.
    static String sup(String x) {
        return script(x, SUP_FROM, SUP_TO, "^");
    }

    private static String script(String x, String from, String to, String mark) {
        String s = x.replace(" ", "");
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int at = from.indexOf(s.charAt(i));
            if (at < 0 || Character.isSurrogate(s.charAt(i))) {
                return mark + (s.codePointCount(0, s.length()) > 1 ? "(" + s + ")" : s);
            }
            out.append(to.charAt(at));
        }
        return out.toString();
    }

    /// `s` in parentheses unless it is one symbol or already in parentheses.
    private static String group(String s) {
        String t = s.strip();
        boolean single = t.codePointCount(0, t.length()) <= 1 || t.matches("[\\p{L}\\d.∂′]+");
        return single || t.startsWith("(") && t.endsWith(")") ? t : "(" + t + ")";
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) out.add(child);
        }
        return out;
    }
}
