package nn.book.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Just enough JSON for the DevTools protocol: quoting a string, reading back a simple value.
final class Json {
    /// `"result":{"result":{"type":T, ...string fields..., "value":V`: group 1 is the type, group
    /// 2 the value as JSON text (absent for `undefined`).
    private static final Pattern VALUE = Pattern.compile(
            "\"result\":\\{\"result\":\\{\"type\":\"(\\w+)\""
                    + "(?:,\"(?!value\")\\w+\":\"[^\"]*\")*"
                    + "(?:,\"value\":(\"(?:[^\"\\\\]++|\\\\.)*+\"|[^,}]+))?");

    private Json() {}

    static String quote(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    /// The value of a `Runtime.evaluate` reply: `true`, `42`, a string without its quotes, or
    /// `undefined`.
    static String value(String reply) {
        // (possessive quantifiers: a long string value would overflow the regex engine's stack)
        Matcher m = VALUE.matcher(reply);
        if (!m.find()) throw new IllegalStateException("unexpected reply: " + reply);
        String value = m.group(2);
        if (value == null) return m.group(1);
        if (value.startsWith("\"")) {
            String inner = value.substring(1, value.length() - 1);
            return inner.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
