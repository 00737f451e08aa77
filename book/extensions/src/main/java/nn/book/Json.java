package nn.book;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Just enough JSON for the DevTools protocol: quoting a string, and reading back the first
/// string field of a given name.
final class Json {
    private Json() {}

    static String quote(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) out.append("\\u%04x".formatted((int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /// The decoded value of the first `"name":"..."` in `json`.
    static String stringField(String json, String name) {
        // (possessive quantifiers: a long string would overflow the regex engine's stack)
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]++|\\\\.)*+)\"")
                .matcher(json);
        if (!m.find()) throw new IllegalStateException("no string \"" + name + "\" in " + abridged(json));
        return unescape(m.group(1));
    }

    static String unescape(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
        return out.toString();
    }

    private static String abridged(String json) {
        return json.length() > 400 ? json.substring(0, 400) + "…" : json;
    }
}
