package nn.book;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// KaTeX run by Node.js (`book/src/math/render.js`): one process renders a whole batch of
/// formulas, JSON in on stdin and out on stdout.
final class Katex {
    static final String NO_NODE = "the book's math is typeset at build time by KaTeX, which runs"
            + " on Node.js, and there is no `node` on the PATH: install Node.js 18 or newer"
            + " (https://nodejs.org, `apt install nodejs`, `brew install node`) and build again";

    /// KaTeX's HTML for a formula, or its message when it rejects the formula.
    record Result(String html, String error) {}

    private Katex() {}

    /// The results in the order of `formulas`.
    static List<Result> render(Path script, Path katex, List<RenderMath.Formula> formulas)
            throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", script.toString(), katex.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException(NO_NODE, e);
        }
        try (OutputStream in = node.getOutputStream()) {
            in.write(json(formulas).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (node.waitFor() != 0) {
            throw new IllegalStateException("node " + script + " failed (see above)");
        }
        List<Result> results = parse(out);
        if (results.size() != formulas.size()) {
            throw new IllegalStateException("%d formulas sent to KaTeX, %d results back"
                    .formatted(formulas.size(), results.size()));
        }
        return results;
    }

    static String json(List<RenderMath.Formula> formulas) {
        var out = new StringBuilder("[");
        for (var f : formulas) {
            if (out.length() > 1) out.append(",\n");
            out.append("{\"tex\":").append(quote(f.tex()))
                    .append(",\"display\":").append(f.display()).append('}');
        }
        return out.append("]").toString();
    }

    /// A JSON string; line breaks are kept (a TeX `%` comment ends at one).
    private static String quote(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? " " : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /// Reads `[{"html":"..."}, {"error":"..."}, ...]`, as `JSON.stringify` writes it.
    static List<Result> parse(String json) {
        List<Result> results = new ArrayList<>();
        int i = 0;
        while ((i = json.indexOf("{\"", i)) >= 0) {
            int colon = json.indexOf("\":", i);
            String key = json.substring(i + 2, colon);
            var value = new StringBuilder();
            i = string(json, colon + 2, value);
            results.add(key.equals("html") ? new Result(value.toString(), null)
                    : new Result(null, value.toString()));
        }
        return results;
    }

    /// Reads the JSON string starting at the quote at `start` into `value`; returns the index
    /// after its closing quote.
    private static int string(String json, int start, StringBuilder value) {
        int i = start + 1;
        for (char c; (c = json.charAt(i)) != '"'; i++) {
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> value.append(e); // \" \\ \/
            }
        }
        return i + 1;
    }
}
