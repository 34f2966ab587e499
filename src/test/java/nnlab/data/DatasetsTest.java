package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The shipped data sets against the scikit-learn 1.9.1 files they were converted from: the
 * first-row literals below are copied from sklearn/datasets/data/*, the checksums are those
 * tools/data/convert_sklearn.py printed.
 */
class DatasetsTest {

    private static final Map<String, String> SHA256 = Map.of(
            "digits.csv.gz", "f5d9631d9e29e486d8f8de80d109514e3022645855769b52f3eb094dc5d72802",
            "breast_cancer.csv.gz", "86c76787ea28a97e4f702c77a1cc2dc75b5023aef7f71537addced245acf2e80",
            "iris.csv", "4d6fa9c0a61f674e94b48cb3f9052d8f52cb6f2ab15cad5c5b852caa0091ffc3",
            "wine.csv", "58b72452687b28c8faeb17d19746c5b68229698680222afddacd1277785e2b0f",
            "diabetes.csv", "d0671f06e72755394281e760596f93ecc4d8c4f2c3af3caddfa06a3c1cdc08f1");

    @Test
    void everyShippedFile_hasTheChecksumTheConversionPrinted() throws IOException, NoSuchAlgorithmException {
        for (var e : SHA256.entrySet()) {
            try (InputStream in = ShippedCsv.raw(e.getKey())) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertEquals(e.getValue(), HexFormat.of().formatHex(digest), e.getKey());
            }
        }
    }

    @Test
    void digits_are1797By64_tenOneHotClasses_pixelsAsShipped() {
        Dataset d = Datasets.digits();
        assertEquals(1797, d.size());
        assertEquals(64, d.features());
        assertEquals(10, d.targets());
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, d.classCounts());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        assertEquals(Datasets.pixelNames(8, 8), d.featureNames());
        assertEquals("pixel r3c5", d.featureNames().get(3 * 8 + 5));
        // sklearn/datasets/data/digits.csv.gz, line 1
        assertRow(d.xView(), 0, 0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12,
                0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13,
                10, 0, 0, 0);
        assertEquals(0, d.labels()[0]);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : d.xView().data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0, min);
        assertEquals(16, max, "pixel counts 0..16, not scaled");
    }

    @Test
    void breastCancer_is569By30_oneColumnWithTheSourcesCoding() {
        Dataset d = Datasets.breastCancer();
        assertEquals(569, d.size());
        assertEquals(30, d.features());
        assertEquals(1, d.targets());
        assertArrayEquals(new int[] {212, 357}, d.classCounts());
        assertEquals(List.of("malignant", "benign"), d.classNames());
        assertEquals("mean radius", d.featureNames().get(0));
        assertEquals("radius error", d.featureNames().get(10));
        assertEquals("worst fractal dimension", d.featureNames().get(29));
        // sklearn/datasets/data/breast_cancer.csv, line 2: ends in class 0 = malignant
        assertRow(d.xView(), 0, 17.99, 10.38, 122.8, 1001, 0.1184, 0.2776, 0.3001, 0.1471, 0.2419, 0.07871, 1.095,
                0.9053, 8.589, 153.4, 0.006399, 0.04904, 0.05373, 0.01587, 0.03003, 0.006193, 25.38, 17.33, 184.6, 2019,
                0.1622, 0.6656, 0.7119, 0.2654, 0.4601, 0.1189);
        assertEquals("malignant", d.className(d.labels()[0]));
        assertEquals(0.0, d.yView().get(0, 0));
    }

    @Test
    void iris_is150By4_threeClassesOf50() {
        Dataset d = Datasets.iris();
        assertEquals(150, d.size());
        assertEquals(3, d.targets());
        assertArrayEquals(new int[] {50, 50, 50}, d.classCounts());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"),
                d.featureNames());
        assertRow(d.xView(), 0, 5.1, 3.5, 1.4, 0.2); // sklearn/datasets/data/iris.csv, line 2
        assertRow(d.xView(), 149, 5.9, 3.0, 5.1, 1.8); // its last line
        assertEquals("virginica", d.className(d.labels()[149]));
    }

    @Test
    void wine_is178By13_threeCultivarsNamedAsTheSourceNamesThem() {
        Dataset d = Datasets.wine();
        assertEquals(178, d.size());
        assertEquals(13, d.features());
        assertArrayEquals(new int[] {59, 71, 48}, d.classCounts());
        assertEquals(List.of("class_0", "class_1", "class_2"), d.classNames());
        assertEquals("alcohol", d.featureNames().get(0));
        assertEquals("proline", d.featureNames().get(12));
        // sklearn/datasets/data/wine_data.csv, line 2
        assertRow(d.xView(), 0, 14.23, 1.71, 2.43, 15.6, 127, 2.8, 3.06, 0.28, 2.29, 5.64, 1.04, 3.92, 1065);
    }

    @Test
    void diabetes_is442By10_rawValues_progressionTarget() {
        Dataset d = Datasets.diabetes();
        assertEquals(442, d.size());
        assertEquals(10, d.features());
        assertEquals(1, d.targets());
        assertTrue(d.classNames().isEmpty());
        assertEquals(List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"), d.featureNames());
        // sklearn/datasets/data/diabetes_data_raw.csv.gz line 1, diabetes_target.csv.gz line 1 (1.51e+02)
        assertRow(d.xView(), 0, 59, 2, 32.1, 101.0, 157, 93.2, 38.0, 4.0, 4.8598, 87);
        assertEquals(151.0, d.yView().get(0, 0));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (double t : d.yView().data) {
            min = Math.min(min, t);
            max = Math.max(max, t);
            sum += t;
        }
        assertEquals(25, min);
        assertEquals(346, max);
        assertEquals(67243, sum, 1e-9, "the sum of diabetes_target.csv.gz");
    }

    @Test
    void loadingTwice_readsAgain_equalValuesInNewMatrices() {
        Dataset a = Datasets.wine();
        Dataset b = Datasets.wine();
        assertNotSame(a.xView(), b.xView());
        assertArrayEquals(a.xView().data, b.xView().data);
        assertArrayEquals(a.yView().data, b.yView().data);
    }

    private static void assertRow(DMatrixRMaj x, int row, double... expected) {
        assertEquals(expected.length, x.numCols, "columns");
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], x.get(row, j), "row " + row + ", column " + j);
        }
    }
}
