package nn.live;

import nn.init.Initializer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The starting-weight rules of chapter 8 (every member of `Initializer`), by the names the
/// book prints: first the four of `TrackActivations.java`, then the others.
final class Schemes {
    private static final Map<String, Initializer> ALL = new LinkedHashMap<>();

    static {
        ALL.put("N(0, 1)", new Initializer.Normal(1));
        ALL.put("N(0, 0.01²)", new Initializer.Normal(0.01));
        ALL.put("Xavier", new Initializer.XavierNormal());
        ALL.put("He", new Initializer.HeNormal());
        ALL.put("Xavier uniform", new Initializer.XavierUniform());
        ALL.put("He uniform", new Initializer.HeUniform());
        ALL.put("LeCun", new Initializer.LeCunNormal());
        ALL.put("U(−0.05, 0.05)", new Initializer.Uniform(0.05));
        ALL.put("constant 0.1", new Initializer.Constant(0.1));
        ALL.put("zeros", new Initializer.Zeros());
    }

    private Schemes() {}

    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /// The rule called `name`.
    static Initializer named(String name) {
        Initializer init = ALL.get(name);
        if (init == null) throw new IllegalArgumentException("no scheme called '" + name + "'");
        return init;
    }
}
