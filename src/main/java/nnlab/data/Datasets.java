package nnlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Small classic real data sets, shipped inside the jar: each call reads its CSV from the
 * classpath (a few milliseconds; nothing is cached, nothing downloaded) and returns a
 * {@link Dataset} that knows its feature and class names. The values are those of the
 * scikit-learn 1.9.1 wheel's {@code sklearn/datasets/data/} files, unchanged, written by
 * {@code tools/data/convert_sklearn.py}; source, licence and citation of each are in its Javadoc
 * and in the {@code NOTICE} file next to the data ({@code src/main/resources/nnlab/data/}).
 * The features are raw (not standardized): fit a {@link Standardizer} on the training part.
 * The larger Fashion-MNIST comes from the system: {@link FashionMnist}.
 *
 * <pre>{@code
 * Dataset digits = Datasets.digits();               // 1,797 × 64, 10 classes
 * var split = Datasets.breastCancer().stratifiedSplit(0.8, 1);
 * }</pre>
 */
public final class Datasets {

    private Datasets() {}

    /**
     * Optical recognition of handwritten digits, 8 × 8: 1,797 images × 64 pixels, 10 classes
     * "0" … "9" (about 180 each), one-hot targets. Each pixel is the count of "on" pixels in a
     * 4 × 4 block of a 32 × 32 bitmap, so the values are the integers 0 … 16 <b>as shipped</b>:
     * divide by 16 (or fit a {@link Normalizer}) to bring them to [0, 1]. Features are named
     * "pixel r3c5" for row 3, column 5 (both from 0), row by row.
     *
     * <p>Source: the test set of the UCI ML "Optical Recognition of Handwritten Digits" data (E.
     * Alpaydin, C. Kaynak, Bogazici University, 1998), via scikit-learn 1.9.1
     * ({@code digits.csv.gz}). Licence: CC BY 4.0 (UCI). Citation: E. Alpaydin, C. Kaynak (1998)
     * Cascading Classifiers, Kybernetika.
     */
    public static Dataset digits() { return ShippedCsv.read("digits.csv.gz"); }

    /**
     * Breast cancer Wisconsin (diagnostic): 569 tumours × 30 features computed from a digitized
     * image of a fine needle aspirate (mean, standard error and "worst" of 10 measurements of the
     * cell nuclei: "mean radius" … "worst fractal dimension"); binary, one 0/1 target column.
     * <b>The coding is the source's</b>: 0 = "malignant" (212 rows), 1 = "benign" (357 rows), so
     * class 1, the "positive" class of precision and recall, is benign.
     *
     * <p>Source: UCI ML "Breast Cancer Wisconsin (Diagnostic)" (W.H. Wolberg, W.N. Street, O.L.
     * Mangasarian, 1995), via scikit-learn 1.9.1 ({@code breast_cancer.csv}). Licence: CC BY 4.0
     * (UCI). Citation: W.N. Street, W.H. Wolberg, O.L. Mangasarian, Nuclear feature extraction
     * for breast tumor diagnosis, IS&amp;T/SPIE Electronic Imaging 1905 (1993) 861–870.
     */
    public static Dataset breastCancer() { return ShippedCsv.read("breast_cancer.csv.gz"); }

    /**
     * Iris: 150 flowers × 4 measurements in cm ("sepal length (cm)", "sepal width (cm)", "petal
     * length (cm)", "petal width (cm)"), 3 classes "setosa", "versicolor", "virginica" of 50
     * each, one-hot. Setosa is linearly separable from the other two; those two are not from
     * each other.
     *
     * <p>Source: R.A. Fisher's values (as in scikit-learn and R; the UCI copy differs in two
     * points), via scikit-learn 1.9.1 ({@code iris.csv}). Licence: CC BY 4.0 (UCI). Citation:
     * R.A. Fisher, The use of multiple measurements in taxonomic problems, Annual Eugenics 7(2),
     * 179–188 (1936).
     */
    public static Dataset iris() { return ShippedCsv.read("iris.csv"); }

    /**
     * Wine recognition: 178 wines × 13 results of a chemical analysis ("alcohol", "malic_acid" …
     * "proline"; their scales differ by a factor of 1,000: standardize), 3 cultivars named as the
     * source names them, "class_0" (59), "class_1" (71), "class_2" (48), one-hot.
     *
     * <p>Source: UCI ML "Wine" (M. Forina et al., PARVUS, Institute of Pharmaceutical and Food
     * Analysis and Technologies, Genoa), via scikit-learn 1.9.1 ({@code wine_data.csv}). Licence:
     * CC BY 4.0 (UCI). Citation: M. Lichman (2013), UCI Machine Learning Repository, University of
     * California, Irvine.
     */
    public static Dataset wine() { return ShippedCsv.read("wine.csv"); }

    /**
     * Diabetes, a regression set: 442 patients × 10 baseline values, <b>raw</b> (not
     * scikit-learn's default mean-centred and scaled ones): "age" in years, "sex" (1 or 2),
     * "bmi" (body mass index), "bp" (average blood pressure) and six blood serum measurements
     * "s1" … "s6" (tc, ldl, hdl, tch, ltg, glu). The one target column is a quantitative
     * measure of disease progression one year after baseline (25 … 346). No class names.
     *
     * <p>Source: B. Efron, T. Hastie, I. Johnstone, R. Tibshirani, Least Angle Regression, Annals
     * of Statistics 32(2), 407–499 (2004), via scikit-learn 1.9.1 ({@code diabetes_data_raw.csv.gz},
     * {@code diabetes_target.csv.gz}). Licence: none stated by the source; redistributed as
     * scikit-learn does (BSD 3-Clause). Cite Efron et al. (2004).
     */
    public static Dataset diabetes() { return ShippedCsv.read("diabetes.csv"); }

    /** Names of the pixels of a rows × cols image, row by row: "pixel r0c0", "pixel r0c1", … (from 0). */
    static List<String> pixelNames(int rows, int cols) {
        List<String> names = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                names.add("pixel r" + r + "c" + c);
            }
        }
        return List.copyOf(names);
    }
}
