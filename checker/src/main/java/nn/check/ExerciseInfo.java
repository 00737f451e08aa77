package nn.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What the checker knows about one exercise: the contents of its `@Exercise` annotation.
public record ExerciseInfo(String id, String title, String file, List<String> hints) {

    /// Orders `1.2` before `1.10`.
    public static final java.util.Comparator<ExerciseInfo> BY_ID = (a, b) -> {
        String[] x = a.id().split("\\."), y = b.id().split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    };

    static ExerciseInfo of(Exercise e) {
        return new ExerciseInfo(e.id(), e.title(), e.file(), List.of(e.hints()));
    }

    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern HINTS = Pattern.compile("hints\\s*=\\s*\\{(.*?)}\\s*$",
            Pattern.DOTALL);
    /// One hint: a string literal, or several joined with `+` across lines.
    private static final Pattern CONCATENATION =
            Pattern.compile(STRING + "(?:\\s*\\+\\s*" + STRING + ")*");
    private static final Pattern ANNOTATION = Pattern.compile(
            "@Exercise\\s*\\((.*?)\\)\\s*(?:public\\s+)?(?:final\\s+)?class", Pattern.DOTALL);

    /// Reads the annotations from test sources that may not compile together with the learner's
    /// code (so the checker can still name every exercise).
    public static List<ExerciseInfo> fromSources(List<Path> testFiles) {
        List<ExerciseInfo> found = new ArrayList<>();
        for (Path file : testFiles) {
            Matcher m = ANNOTATION.matcher(read(file));
            if (!m.find()) continue;
            String body = m.group(1);
            found.add(new ExerciseInfo(field(body, "id"), field(body, "title"),
                    field(body, "file"), hints(body)));
        }
        found.sort(BY_ID);
        return found;
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*" + STRING).matcher(body);
        return m.find() ? unescape(m.group(1)) : "?";
    }

    private static List<String> hints(String body) {
        Matcher block = HINTS.matcher(body);
        List<String> hints = new ArrayList<>();
        if (!block.find()) return hints;
        Matcher s = CONCATENATION.matcher(block.group(1));
        Matcher part = Pattern.compile(STRING).matcher("");
        while (s.find()) {
            var text = new StringBuilder();
            part.reset(s.group());
            while (part.find()) text.append(unescape(part.group(1)));
            hints.add(text.toString());
        }
        return hints;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
