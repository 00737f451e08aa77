package nn.attention;

import nn.data.OneHot;
import nn.layers.Layer;
import nn.math.Matrix;
import nn.math.Rng;

/// A sequence task that needs attention: read `length` random digits, write them in reverse
/// order. Output token `t` is input token `length − 1 − t`, so every token must look at
/// another position. Chapter 15 trains transformer blocks on it.
public final class Reversal {
    private Reversal() {}

    /// `sequences · length` random digits 0–9, one sequence after the other.
    public static int[] randomDigits(int sequences, int length, Rng rng) {
        int[] digits = new int[sequences * length];
        for (int i = 0; i < digits.length; i++) digits[i] = rng.nextInt(10);
        return digits;
    }

    /// The targets: each sequence of `length` digits reversed.
    public static int[] reversed(int[] digits, int length) {
        if (length < 1 || digits.length % length != 0) {
            throw new IllegalArgumentException("%d digits are not whole sequences of length %d"
                    .formatted(digits.length, length));
        }
        int[] target = new int[digits.length];
        for (int i = 0; i < digits.length; i++) {
            int start = i - i % length, t = i % length;
            target[i] = digits[start + length - 1 - t];
        }
        return target;
    }

    /// The share of tokens whose highest of the model's 10 scores is the right digit, on
    /// `sequences` new random sequences.
    public static double accuracy(Layer model, int sequences, int length, Rng rng) {
        int[] digits = randomDigits(sequences, length, rng), target = reversed(digits, length);
        Matrix z = model.forward(OneHot.encode(digits, 10));
        int right = 0;
        for (int i = 0; i < target.length; i++) if (z.argmaxOfRow(i) == target[i]) right++;
        return right / (double) target.length;
    }
}
