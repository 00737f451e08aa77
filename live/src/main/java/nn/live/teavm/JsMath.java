package nn.live.teavm;

import org.teavm.jso.JSBody;

/// The browser's own `Math` functions, for the ones TeaVM's class library writes out naively:
/// there `tanh(x)` is `(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)`, NaN once `eˣ` overflows (|x| > 710) and 0 for
/// tiny `x`; `expm1(x)` is `exp(x) − 1` and `log1p(x)` is `log(1 + x)`, which lose every digit
/// for tiny `x`. The browsers' versions are as accurate as the JVM's. `JsMathCalls` routes
/// the engine's calls here when it is compiled to JavaScript.
public final class JsMath {
    private JsMath() {}

    public static double tanh(double x) {
        return jsTanh(x);
    }

    // JSO turns a call of a @JSBody method into its script only where the call is processed
    // by its step: so the engine calls these plain methods, which call the scripts.
    @JSBody(params = "x", script = "return Math.tanh(x);")
    private static native double jsTanh(double x);

    public static double sinh(double x) {
        return jsSinh(x);
    }

    @JSBody(params = "x", script = "return Math.sinh(x);")
    private static native double jsSinh(double x);

    public static double cosh(double x) {
        return jsCosh(x);
    }

    @JSBody(params = "x", script = "return Math.cosh(x);")
    private static native double jsCosh(double x);

    public static double expm1(double x) {
        return jsExpm1(x);
    }

    @JSBody(params = "x", script = "return Math.expm1(x);")
    private static native double jsExpm1(double x);

    public static double log1p(double x) {
        return jsLog1p(x);
    }

    @JSBody(params = "x", script = "return Math.log1p(x);")
    private static native double jsLog1p(double x);

    public static double log10(double x) {
        return jsLog10(x);
    }

    @JSBody(params = "x", script = "return Math.log10(x);")
    private static native double jsLog10(double x);

    public static double cbrt(double x) {
        return jsCbrt(x);
    }

    @JSBody(params = "x", script = "return Math.cbrt(x);")
    private static native double jsCbrt(double x);

    public static double hypot(double x, double y) {
        return jsHypot(x, y);
    }

    @JSBody(params = {"x", "y"}, script = "return Math.hypot(x, y);")
    private static native double jsHypot(double x, double y);
}
