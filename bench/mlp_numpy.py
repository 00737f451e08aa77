"""One benchmark run of training with numpy, the twin of MlpBench.java.

A 784-128-10 ReLU/softmax MLP on the 10,000 MNIST digits, mini-batches of 64, plain SGD with
learning rate 0.1, each epoch in a new seeded shuffled order, written as the usual "from
scratch" tutorials do: one vectorized forward and backward pass per batch with matrix
products (z1 = X W1 + b1, ...), the softmax cross-entropy gradient (p - y)/n, and an SGD
update. After a warm-up epoch it trains for about `seconds` (at least 5 epochs) and prints,
as the Java run does, `mlp epochs <samples/s>` (10,000 over the median epoch's time) and
`mlp batches <samples/s>` (64 over the median time of a full batch), and `loss <l>`, the mean
training loss of the first epoch. The first line says which BLAS kernel runs.

Usage: python3 mlp_numpy.py [seconds]   (from the repository: it reads assets/data/mnist)
"""
import gzip
import sys
import time

import numpy as np

import clock
from matmul_numpy import blas_info

BATCH_SIZE = 64
LEARNING_RATE = 0.1


def load_digits(folder="assets/data/mnist"):
    with gzip.open(folder + "/digits-images-idx3-ubyte.gz") as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16)
    with gzip.open(folder + "/digits-labels-idx1-ubyte.gz") as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)
    X = images.reshape(len(labels), 784).astype(np.float64) / 255.0
    Y = np.eye(10)[labels]
    return X, Y


def init(rng):
    W1 = rng.standard_normal((784, 128)) * np.sqrt(2.0 / 784)  # He
    b1 = np.zeros((1, 128))
    limit = np.sqrt(6.0 / (128 + 10))  # Xavier uniform
    W2 = rng.uniform(-limit, limit, (128, 10))
    b2 = np.zeros((1, 10))
    return [W1, b1, W2, b2]


def epoch(params, X, Y, rng, batch_times=None):
    W1, b1, W2, b2 = params
    n = X.shape[0]
    order = rng.permutation(n)
    total = 0.0
    for start in range(0, n, BATCH_SIZE):
        batch_start = clock.now()
        idx = order[start:start + BATCH_SIZE]
        x, y = X[idx], Y[idx]
        m = x.shape[0]
        # forward
        z1 = x @ W1 + b1
        a1 = np.maximum(z1, 0)
        z2 = a1 @ W2 + b2
        z2 = z2 - z2.max(axis=1, keepdims=True)
        e = np.exp(z2)
        p = e / e.sum(axis=1, keepdims=True)
        total += -np.sum(y * np.log(p + 1e-12))
        # backward
        dz2 = (p - y) / m
        dW2 = a1.T @ dz2
        db2 = dz2.sum(axis=0, keepdims=True)
        da1 = dz2 @ W2.T
        dz1 = da1 * (z1 > 0)
        dW1 = x.T @ dz1
        db1 = dz1.sum(axis=0, keepdims=True)
        # SGD update
        W1 -= LEARNING_RATE * dW1
        b1 -= LEARNING_RATE * db1
        W2 -= LEARNING_RATE * dW2
        b2 -= LEARNING_RATE * db2
        if batch_times is not None and m == BATCH_SIZE:
            batch_times.append(clock.now() - batch_start)
    return total / n


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    print("blas", blas_info())
    print("clock", clock.NAME)
    X, Y = load_digits()
    rng = np.random.default_rng(42)
    params = init(rng)
    print("loss %.4f" % epoch(params, X, Y, rng))
    epochs, batches = [], []
    end = clock.now() + seconds
    while len(epochs) < 5 or clock.now() < end:
        start = clock.now()
        epoch(params, X, Y, rng, batches)
        epochs.append(X.shape[0] / (clock.now() - start))
    print("mlp epochs %.0f" % median(epochs))
    print("mlp batches %.0f" % (BATCH_SIZE / median(batches)))


def median(values):
    """The upper median, as in the Java run."""
    return sorted(values)[len(values) // 2]


if __name__ == "__main__":
    main()
