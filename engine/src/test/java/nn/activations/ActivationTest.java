package nn.activations;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationTest {

    static List<Activation> activations() {
        return Activation.all();
    }

    @Test
    void all_containsOneInstanceOfEveryMember() {
        Set<Class<?>> members = Set.of(Activation.class.getPermittedSubclasses());
        List<Class<?>> listed = Activation.all().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(members, Set.copyOf(listed), "Activation.all() must list every record");
        assertEquals(members.size(), listed.size(), "Activation.all() lists a member twice");
    }

    @Test
    void names_areDistinct() {
        Set<String> names =
                Activation.all().stream().map(Activation::name).collect(Collectors.toSet());
        assertEquals(Activation.all().size(), names.size());
    }

    // z from −4 to 4 in steps of 0.1, shifted by 0.0123 so that no point is exactly 0: Step,
    // ReLU, LeakyReLU and ELU have a kink there, where no single derivative exists (Step's
    // derivative is 0 everywhere else, and so is its central difference away from 0). Beyond
    // |z| ≈ 4 the saturating functions change by too little over 2h for round-off to resolve.
    @ParameterizedTest
    @MethodSource("activations")
    void derivative_matchesFiniteDifferences(Activation f) {
        for (int k = 0; k <= 80; k++) {
            Matrix z = Matrix.row(-4 + 0.1 * k + 0.0123);
            Matrix analytic = f.derivative(z);
            Report report = GradientCheck.compare(f.name(), z, m -> f.apply(m.item()), analytic);
            assertTrue(report.passed(1e-7), () -> "at z = " + z.item() + ": " + report.worst());
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void apply_staysFiniteForLargeInputs(Activation f) {
        Matrix z = Matrix.row(-1000, -50, 50, 1000);
        assertEquals(null, f.apply(z).firstNonFinite(), f.name());
        assertEquals(null, f.derivative(z).firstNonFinite(), f.name());
    }

    // Values worked by hand or with Python's math module / mpmath (GELU: z·Φ(z) with mpmath.ncdf).
    @Test
    void apply_matchesKnownValues() {
        assertEquals(-2.5, new Activation.Identity().apply(-2.5));
        assertEquals(1, new Activation.Step().apply(0));
        assertEquals(0, new Activation.Step().apply(-1e-9));
        assertEquals(0.5, new Activation.Sigmoid().apply(0));
        assertEquals(0.7310585786300049, new Activation.Sigmoid().apply(1), 1e-15);
        assertEquals(0.7615941559557649, new Activation.Tanh().apply(1), 1e-15);
        assertEquals(0, new Activation.ReLU().apply(-2));
        assertEquals(3, new Activation.ReLU().apply(3));
        assertEquals(-0.02, new Activation.LeakyReLU(0.01).apply(-2), 1e-16);
        assertEquals(-0.6321205588285577, new Activation.ELU(1).apply(-1), 1e-15);
        assertEquals(0.7310585786300049, new Activation.Swish().apply(1), 1e-15);
        assertEquals(0.841344746068542948585, new Activation.GELU().apply(1), 1e-15);
        assertEquals(-0.158655253931457051415, new Activation.GELU().apply(-1), 1e-15);
        assertEquals(0.8411919906082768, new Activation.GELUTanh().apply(1), 1e-15);
        assertEquals(Math.log(2), new Activation.Softplus().apply(0), 1e-16);
        assertEquals(1.31326168751822283405, new Activation.Softplus().apply(1), 1e-15);
        assertEquals(1000, new Activation.Softplus().apply(1000));
    }

    @Test
    void derivative_matchesKnownValues() {
        assertEquals(0.25, new Activation.Sigmoid().derivative(0));
        assertEquals(1, new Activation.Tanh().derivative(0));
        assertEquals(0.01, new Activation.LeakyReLU(0.01).derivative(-3));
        assertEquals(0.5, new Activation.GELU().derivative(0)); // Φ(0) + 0·φ(0)
        assertEquals(0.5, new Activation.GELUTanh().derivative(0));
        assertEquals(0.5, new Activation.Swish().derivative(0)); // σ(0)·(1 + 0)
        assertEquals(0.5, new Activation.Softplus().derivative(0));
    }

    @Test
    void geluTanh_staysCloseToExactGelu() {
        // The tanh approximation is known to be within about 1e-3 of the exact GELU.
        for (double z = -6; z <= 6; z += 0.01) {
            double gap = new Activation.GELU().apply(z) - new Activation.GELUTanh().apply(z);
            assertTrue(Math.abs(gap) < 1e-3, "gap %s at z = %s".formatted(gap, z));
        }
    }
}
