"""Where a batch's time goes in numpy: the twin of MlpSteps.java.

The training loop of mlp_numpy.py with a clock read between its steps. After a warm-up epoch
it trains for about `seconds` (at least 5 epochs) and prints one line per step,
`mlp-steps <step> <us>`, the median time of that step over all full batches. numpy makes new
gradient arrays every batch, so it has no step that zeroes them (`zero-grad` 0).

Usage: python3 mlp_steps_numpy.py [seconds]   (from the repository: it reads assets/data/mnist)
"""
import sys
import time

import numpy as np

import clock
from matmul_numpy import blas_info
from mlp_numpy import BATCH_SIZE, LEARNING_RATE, init, load_digits

STEPS = ["gather", "zero-grad", "dense1-forward", "relu-forward", "dense2-forward", "loss",
         "loss-gradient", "dense2-backward", "relu-backward", "dense1-backward", "sgd-update"]


def epoch(params, X, Y, rng, batches):
    W1, b1, W2, b2 = params
    order = rng.permutation(X.shape[0])
    for start in range(0, X.shape[0] - BATCH_SIZE + 1, BATCH_SIZE):  # full batches only
        now = clock.now
        t = [now()]
        idx = order[start:start + BATCH_SIZE]
        x, y = X[idx], Y[idx]
        t.append(now())
        t.append(now())  # zero-grad: nothing to do
        z1 = x @ W1 + b1
        t.append(now())
        a1 = np.maximum(z1, 0)
        t.append(now())
        z2 = a1 @ W2 + b2
        t.append(now())
        z2 = z2 - z2.max(axis=1, keepdims=True)
        e = np.exp(z2)
        p = e / e.sum(axis=1, keepdims=True)
        -np.sum(y * np.log(p + 1e-12)) / BATCH_SIZE
        t.append(now())
        dz2 = (p - y) / BATCH_SIZE
        t.append(now())
        dW2 = a1.T @ dz2
        db2 = dz2.sum(axis=0, keepdims=True)
        da1 = dz2 @ W2.T
        t.append(now())
        dz1 = da1 * (z1 > 0)
        t.append(now())
        dW1 = x.T @ dz1
        db1 = dz1.sum(axis=0, keepdims=True)
        t.append(now())
        W1 -= LEARNING_RATE * dW1
        b1 -= LEARNING_RATE * db1
        W2 -= LEARNING_RATE * dW2
        b2 -= LEARNING_RATE * db2
        t.append(now())
        if batches is not None:
            batches.append(t)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    print("blas", blas_info())
    print("clock", clock.NAME)
    X, Y = load_digits()
    rng = np.random.default_rng(42)
    params = init(rng)
    epoch(params, X, Y, rng, None)  # warm-up
    batches, epochs = [], 0
    end = clock.now() + seconds
    while epochs < 5 or clock.now() < end:
        epoch(params, X, Y, rng, batches)
        epochs += 1
    for s, step in enumerate(STEPS):
        micros = sorted((b[s + 1] - b[s]) * 1e6 for b in batches)
        print("mlp-steps %s %.2f" % (step, micros[len(micros) // 2]))


if __name__ == "__main__":
    main()
