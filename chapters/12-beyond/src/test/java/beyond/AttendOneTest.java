package beyond;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "12.4", title = "Attention for one query", file = "beyond/AttendOne.java", hints = {
        "Scores first: sᵢ = (q · keys[i]) / Math.sqrt(q.length). Then softmax: exp each, divide "
                + "by the sum.",
        "attend: out[j] = Σᵢ w[i]·values[i][j]. Subtract the largest score before exp so that "
                + "large scores do not overflow to Infinity."})
class AttendOneTest {

    @Test
    void weightsAreASoftmaxOfScaledDotProducts() {
        // q = [2, 0], keys [1, 0], [0, 1], [1, 1], d = 2: scores √2, 0, √2.
        double e = Math.exp(Math.sqrt(2)), sum = 2 * e + 1;
        Expect.near("AttendOne.weights(q=[2, 0], keys=[[1, 0], [0, 1], [1, 1]])",
                new double[] {e / sum, 1 / sum, e / sum},
                AttendOne.weights(new double[] {2, 0}, new double[][] {{1, 0}, {0, 1}, {1, 1}}),
                1e-12);
    }

    @Test
    void scalesByTheSquareRootOfTheWidth() {
        // d = 4, one key equal to q = [1, 1, 1, 1]: score 4/√4 = 2; the other key scores 0.
        double e = Math.exp(2);
        Expect.near("AttendOne.weights(q=[1, 1, 1, 1], keys=[[1, 1, 1, 1], [0, 0, 0, 0]])",
                new double[] {e / (e + 1), 1 / (e + 1)},
                AttendOne.weights(new double[] {1, 1, 1, 1},
                        new double[][] {{1, 1, 1, 1}, {0, 0, 0, 0}}), 1e-12);
    }

    @Test
    void survivesLargeScores() {
        // Scores 1000 and 0: exp(1000) overflows unless the largest score is subtracted first.
        double[] w = AttendOne.weights(new double[] {1000}, new double[][] {{1}, {0}});
        Expect.near("AttendOne.weights(q=[1000], keys=[[1], [0]])", new double[] {1, 0}, w, 1e-12);
    }

    @Test
    void attendAveragesTheValues() {
        double[][] keys = {{1, 0}, {0, 1}, {1, 1}};
        double[][] values = {{10, 0}, {0, 10}, {5, 5}};
        double e = Math.exp(Math.sqrt(2)), sum = 2 * e + 1;
        // Weights e/sum, 1/sum, e/sum: out = (e·[10, 0] + [0, 10] + e·[5, 5]) / sum.
        double[] expected = {15 * e / sum, (10 + 5 * e) / sum};
        Expect.near("AttendOne.attend(q=%s, keys=%s, values=%s)".formatted(array(2, 0),
                        "[[1, 0], [0, 1], [1, 1]]", "[[10, 0], [0, 10], [5, 5]]"),
                expected, AttendOne.attend(new double[] {2, 0}, keys, values), 1e-12);
    }

    @Test
    void equalScoresGiveThePlainAverage() {
        Expect.near("AttendOne.attend(q=[0, 0], keys=[[1, 2], [3, 4]], values=[[2], [4]])",
                new double[] {3}, AttendOne.attend(new double[] {0, 0},
                        new double[][] {{1, 2}, {3, 4}}, new double[][] {{2}, {4}}), 1e-12);
    }
}
