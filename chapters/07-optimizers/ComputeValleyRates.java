///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+

/// Chapter 7: by what factor each optimizer shrinks the distance to the minimum per step, in a
/// direction of curvature λ, from the roots of its recurrence (SGD: 1 − ηλ).
// tag::roots[]
/// The larger modulus of the two roots of r² − b·r + c = 0.
double largestRoot(double b, double c) {
    double discriminant = b * b - 4 * c;
    if (discriminant < 0) return Math.sqrt(c);              // complex pair: |r|² = r·r̄ = c
    double s = Math.sqrt(discriminant);
    return Math.max(Math.abs(b + s), Math.abs(b - s)) / 2;
}

double momentum(double eta, double lambda, double beta) {  // w' = (1 + β − ηλ)·w − β·w⁻
    return largestRoot(1 + beta - eta * lambda, beta);
}

double nesterov(double eta, double lambda, double beta) {  // w' = (1 + β)(1 − ηλ)·w − β(1 − ηλ)·w⁻
    return largestRoot((1 + beta) * (1 - eta * lambda), beta * (1 - eta * lambda));
}
// end::roots[]

void main() {
    double beta = 0.9;
    IO.println("factor per step, |r| (above 1: diverges)");
    IO.println("η       optimizer  x (λ = 1)  y (λ = 50)");
    for (double eta : new double[] {0.025, 0.03}) {
        IO.println("%-6s  SGD        %9.4f  %10.4f".formatted(eta,
                Math.abs(1 - eta), Math.abs(1 - 50 * eta)));
        IO.println("%-6s  momentum   %9.4f  %10.4f".formatted(eta,
                momentum(eta, 1, beta), momentum(eta, 50, beta)));
        IO.println("%-6s  Nesterov   %9.4f  %10.4f".formatted(eta,
                nesterov(eta, 1, beta), nesterov(eta, 50, beta)));
    }
    IO.println("√β = %.4f".formatted(Math.sqrt(beta)));
}
// expect: 0.025   momentum      0.9487      0.9487
// expect: 0.025   Nesterov      0.9367      0.7680
// expect: 0.03    Nesterov      0.9343      1.2970
