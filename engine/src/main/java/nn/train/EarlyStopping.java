package nn.train;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// Stops training when the monitored loss has not improved for `patience` epochs in a row,
/// remembering a copy of the weights from the best epoch. Taught in chapter 10.
///
/// Only parameters are copied: state that is not a parameter (batch-norm running statistics)
/// stays as the last epoch left it.
final class EarlyStopping {
    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;
    private List<Matrix> bestWeights; // written when the loss improves, read by restoreBest

    EarlyStopping(int patience) {
        this.patience = patience;
    }

    // tag::early-stopping[]
    /// Records one epoch's loss; returns true when training should stop.
    boolean shouldStop(double loss, List<Parameter> parameters) {
        if (loss < best) {
            best = loss;
            epochsWithoutImprovement = 0;
            bestWeights = parameters.stream().map(p -> p.value().copy()).toList();
        } else {
            epochsWithoutImprovement++;
        }
        return epochsWithoutImprovement >= patience;
    }

    /// Puts the best epoch's weights back into the parameters.
    void restoreBest(List<Parameter> parameters) {
        if (bestWeights == null) return;
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).value().copyFrom(bestWeights.get(i));
        }
    }
    // end::early-stopping[]
}
