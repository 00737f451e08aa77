package nn.live.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.instructions.InvokeInstruction;

import java.util.Set;

/// A TeaVM compile step (`transformers` in live/pom.xml): in the book's own classes (`nn.*`),
/// every call of `Math.tanh`, `Math.expm1`, ... becomes a call of the same function in
/// `JsMath`, the browser's accurate version. The JVM never sees this class.
public final class JsMathCalls implements ClassHolderTransformer {
    private static final Set<String> REPLACED =
            Set.of("tanh", "sinh", "cosh", "expm1", "log1p", "log10", "cbrt", "hypot");
    private static final String MATH = "java.lang.Math", STRICT = "java.lang.StrictMath";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().startsWith("nn.") || cls.getName().equals(JsMath.class.getName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() == null) continue;
            for (int b = 0; b < method.getProgram().basicBlockCount(); b++) {
                BasicBlock block = method.getProgram().basicBlockAt(b);
                for (Instruction instruction : block) {
                    if (instruction instanceof InvokeInstruction call) redirect(call);
                }
            }
        }
    }

    private static void redirect(InvokeInstruction call) {
        MethodReference m = call.getMethod();
        boolean math = m.getClassName().equals(MATH) || m.getClassName().equals(STRICT);
        if (math && REPLACED.contains(m.getName())) {
            call.setMethod(new MethodReference(JsMath.class.getName(), m.getDescriptor()));
        }
    }
}
