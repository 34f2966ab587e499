#!/usr/bin/env python3
"""Writes nnlab's shipped classic data sets from the scikit-learn wheel.

    python3 tools/data/convert_sklearn.py            # downloads the pinned wheel into a temp dir
    python3 tools/data/convert_sklearn.py WHEEL.whl  # or reads a wheel you already have

Reads sklearn/datasets/data/*.csv[.gz] from the wheel (the same files sklearn's loaders read) and
writes src/main/resources/nnlab/data/<name>.csv[.gz]: comment lines starting with '#' (source,
and for classification sets the class names as '# classes: a,b,c'), one header line of feature
names plus the target column, then one example per line with the source's values copied as
written (no re-formatting, so they match the source digit for digit). Large sets are gzipped
with mtime 0, so a rerun with the same wheel gives the same bytes. Prints each output's SHA-256,
which DatasetsTest checks. The attribution is in src/main/resources/nnlab/data/NOTICE.
"""
import gzip
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import zipfile

PIN = "scikit-learn==1.9.1"
# A wheel is platform-specific, its data files are not: pin one platform so pip finds one.
PLATFORM = ["--platform", "manylinux_2_28_x86_64", "--python-version", "3.11"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "resources", "nnlab", "data")
GZIP_ABOVE = 50_000  # bytes of CSV text

DIGITS_FEATURES = ["pixel r%dc%d" % (r, c) for r in range(8) for c in range(8)]
BREAST_CANCER_FEATURES = [
    "mean radius", "mean texture", "mean perimeter", "mean area", "mean smoothness", "mean compactness",
    "mean concavity", "mean concave points", "mean symmetry", "mean fractal dimension",
    "radius error", "texture error", "perimeter error", "area error", "smoothness error", "compactness error",
    "concavity error", "concave points error", "symmetry error", "fractal dimension error",
    "worst radius", "worst texture", "worst perimeter", "worst area", "worst smoothness", "worst compactness",
    "worst concavity", "worst concave points", "worst symmetry", "worst fractal dimension"]
IRIS_FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
WINE_FEATURES = ["alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
                 "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                 "od280/od315_of_diluted_wines", "proline"]
DIABETES_FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def read(wheel, name):
    data = wheel.read("sklearn/datasets/data/" + name)
    return gzip.decompress(data).decode() if name.endswith(".gz") else data.decode()


def sklearn_csv(text, features):
    """sklearn's load_csv_data format: 'n,d,class names...', then rows of d values and an integer class."""
    lines = text.strip().splitlines()
    head = lines[0].split(",")
    n, d, classes = int(head[0]), int(head[1]), head[2:]
    rows = [line.split(",") for line in lines[1:]]
    assert len(rows) == n and all(len(r) == d + 1 for r in rows) and len(features) == d, (n, d, len(rows))
    return classes, rows


def write(name, source, features, target, rows, classes=None):
    lines = ["# " + source, "# see NOTICE in this folder for the source, licence and citation"]
    if classes:
        lines.append("# classes: " + ",".join(classes))
    lines.append(",".join(features + [target]))
    lines += [",".join(r) for r in rows]
    text = ("\n".join(lines) + "\n").encode()
    if len(text) > GZIP_ABOVE:
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as f:
            f.write(text)
        text, name = buf.getvalue(), name + ".gz"
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(text)
    print("%s  %s  (%d rows)" % (hashlib.sha256(text).hexdigest(), name, len(rows)))


def convert(wheel_path):
    with zipfile.ZipFile(wheel_path) as wheel:
        version = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")][0].split("-")[1].split(".dist")[0]
        src = lambda f: "scikit-learn %s wheel, sklearn/datasets/data/%s" % (version, f)

        digits = [line.split(",") for line in read(wheel, "digits.csv.gz").strip().splitlines()]
        assert len(digits) == 1797 and all(len(r) == 65 for r in digits)
        write("digits.csv", src("digits.csv.gz"), DIGITS_FEATURES, "digit", digits, [str(c) for c in range(10)])

        classes, rows = sklearn_csv(read(wheel, "breast_cancer.csv"), BREAST_CANCER_FEATURES)
        write("breast_cancer.csv", src("breast_cancer.csv"), BREAST_CANCER_FEATURES, "diagnosis", rows, classes)

        classes, rows = sklearn_csv(read(wheel, "iris.csv"), IRIS_FEATURES)
        write("iris.csv", src("iris.csv"), IRIS_FEATURES, "species", rows, classes)

        classes, rows = sklearn_csv(read(wheel, "wine_data.csv"), WINE_FEATURES)
        write("wine.csv", src("wine_data.csv"), WINE_FEATURES, "cultivar", rows, classes)

        # The RAW values (sklearn's load_diabetes(scaled=False)), not its mean-centred, scaled ones.
        x = [line.split() for line in read(wheel, "diabetes_data_raw.csv.gz").strip().splitlines()]
        y = [line.split() for line in read(wheel, "diabetes_target.csv.gz").strip().splitlines()]
        assert len(x) == len(y) == 442 and all(len(r) == 10 for r in x) and all(len(t) == 1 for t in y)
        # the target file writes 151 as 1.510000000000000000e+02: repr(float) gives 151.0, the same number
        rows = [r + [repr(float(t[0]))] for r, t in zip(x, y)]
        write("diabetes.csv", src("diabetes_data_raw.csv.gz and diabetes_target.csv.gz"), DIABETES_FEATURES,
              "progression", rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    if len(sys.argv) > 1:
        convert(sys.argv[1])
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", PIN, "--no-deps", "--only-binary=:all:", *PLATFORM,
                        "-d", tmp, "-q"], check=True)
        convert(os.path.join(tmp, [f for f in os.listdir(tmp) if f.endswith(".whl")][0]))


if __name__ == "__main__":
    main()
