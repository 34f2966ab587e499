package nnlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nnlab.mat.MatrixOps;
import org.ejml.data.DMatrixRMaj;

/**
 * Fashion-MNIST: 70,000 grey 28 × 28 images of Zalando's articles in 10 classes, the official
 * split of 60,000 training and 10,000 test images (6,000 and 1,000 per class). Each row holds the
 * 784 pixels row by row, scaled to [0, 1] (x = byte / 255; 0 is the background), features named
 * "pixel r0c0" … "pixel r27c27"; the targets are one-hot over the classes {@link #CLASS_NAMES}
 * ("T-shirt/top", "Trouser", … "Ankle boot").
 *
 * <pre>{@code
 * Dataset train = FashionMnist.train();               // 60,000 × 784, ~0.4 GB of doubles
 * Dataset test = FashionMnist.test();                 // 10,000 × 784
 * Dataset small = FashionMnist.train(10_000, 1);      // a stratified subset, 1,000 per class
 * }</pre>
 *
 * <p>The data are not in the jar: they are read from the original IDX files (gzipped or plain)
 * of Debian's package {@code dataset-fashion-mnist} ({@code sudo apt-get install
 * dataset-fashion-mnist}; {@code make lab} and {@code make test} install it as root), in
 * {@code /usr/share/datasets/fashion-mnist}. The system property {@code nnlab.fashionMnist} or
 * the environment variable {@code NNLAB_FASHION_MNIST} (the property wins) points at another
 * folder holding the same four files. Each call reads the files again (a second or two for the
 * training set; nothing is cached) and fills one matrix directly: 60,000 × 784 doubles are
 * 376 MB, within the kernel's {@code -Xmx1g} next to a net, but hold one training set at a time.
 *
 * <p>Source: H. Xiao, K. Rasul, R. Vollgraf, Fashion-MNIST: a Novel Image Dataset for
 * Benchmarking Machine Learning Algorithms, arXiv:1708.07747 (2017). Copyright 2017 Zalando SE,
 * MIT licence.
 */
public final class FashionMnist {

    /** The 10 class names, class 0 first, as the Fashion-MNIST project names them. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Where Debian's {@code dataset-fashion-mnist} puts the files. */
    public static final Path SYSTEM_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");
    /** The system property naming another folder. */
    public static final String PROPERTY = "nnlab.fashionMnist";
    /** The environment variable naming another folder (the property wins). */
    public static final String ENV = "NNLAB_FASHION_MNIST";

    static final int SIDE = 28;
    static final String TRAIN = "train";
    static final String TEST = "t10k";

    private FashionMnist() {}

    /** The 60,000 training images, from {@link #folder()}. */
    public static Dataset train() { return read(folder(), TRAIN, 0, 0); }

    /** The 10,000 test images, from {@link #folder()}. */
    public static Dataset test() { return read(folder(), TEST, 0, 0); }

    /**
     * A stratified subset of n training images (the class proportions kept; see
     * {@link Dataset#stratifiedSample}), equal to {@code train().stratifiedSample(n, seed)} but
     * reading only those rows into memory.
     *
     * @param n from 1 to 60,000, e.g. 10,000 for 1,000 per class
     */
    public static Dataset train(int n, long seed) { return read(folder(), TRAIN, requireN(n), seed); }

    /** A stratified subset of n test images, equal to {@code test().stratifiedSample(n, seed)}. */
    public static Dataset test(int n, long seed) { return read(folder(), TEST, requireN(n), seed); }

    /**
     * The training images split for early stopping or model selection:
     * {@code first()} to train on, {@code second()} held out, equal to
     * {@code train().stratifiedSplit(firstFraction, seed)} but reading the files once into the two
     * parts (the whole set and a copy of it, 750 MB, would not fit in a notebook's 1 GB heap).
     *
     * @param firstFraction in (0, 1), e.g. 0.9 for 54,000 to train on and 6,000 to validate on
     */
    public static Dataset.Split trainSplit(double firstFraction, long seed) {
        return trainSplit(folder(), firstFraction, seed);
    }

    static Dataset.Split trainSplit(Path folder, double firstFraction, long seed) {
        Raw raw = raw(folder, TRAIN);
        int n = Dataset.firstPartSize(firstFraction, raw.labels.length);
        int[][] parts = Stratified.partition(raw.labels, CLASS_NAMES.size(), n, new Random(seed));
        return new Dataset.Split(raw.rows(parts[0]), raw.rows(parts[1]));
    }

    /** The official split from the four files in {@code folder}: {@code first()} training, {@code second()} test. */
    public static Dataset.Split load(Path folder) {
        return new Dataset.Split(read(folder, TRAIN, 0, 0), read(folder, TEST, 0, 0));
    }

    /**
     * The folder the files are read from: the system property {@code nnlab.fashionMnist} if set,
     * else the environment variable {@code NNLAB_FASHION_MNIST} if set, else
     * {@code /usr/share/datasets/fashion-mnist}.
     */
    public static Path folder() { return folder(System.getProperty(PROPERTY), System.getenv(ENV)); }

    static Path folder(String property, String env) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return SYSTEM_FOLDER;
    }

    /**
     * One part of the set: {@code part} is "train" or "t10k" (the files' prefixes); n = 0 for all
     * rows, else a stratified subset of n rows drawn with {@code seed}.
     */
    static Dataset read(Path folder, String part, int n, long seed) {
        Raw raw = raw(folder, part);
        if (n > raw.labels.length) {
            throw new IllegalArgumentException("A subset of " + raw.imageFile + " has at most " + raw.labels.length
                    + " images. Received: n=" + n);
        }
        return raw.rows(n == 0 ? null : Stratified.partition(raw.labels, CLASS_NAMES.size(), n, new Random(seed))[0]);
    }

    /** The checked contents of one part's two files: a class per image and the images' bytes, row after row. */
    private record Raw(Path imageFile, int[] labels, byte[] pixels) {

        /** The images at {@code rows} (all of them for null), scaled to [0, 1], with one-hot labels and names. */
        Dataset rows(int[] rows) {
            int count = rows == null ? labels.length : rows.length;
            int d = SIDE * SIDE;
            DMatrixRMaj x = new DMatrixRMaj(count, d);
            int[] y = new int[count];
            for (int i = 0; i < count; i++) {
                int src = rows == null ? i : rows[i];
                for (int j = 0, from = src * d, to = i * d; j < d; j++) {
                    x.data[to + j] = (pixels[from + j] & 0xFF) / 255.0; // x = byte / 255 ∈ [0, 1]
                }
                y[i] = labels[src];
            }
            return Dataset.adopt(x, MatrixOps.oneHot(y, CLASS_NAMES.size()))
                    .withNames(Datasets.pixelNames(SIDE, SIDE), CLASS_NAMES);
        }
    }

    private static Raw raw(Path folder, String part) {
        if (folder == null) {
            throw new IllegalArgumentException("Give the folder of the four Fashion-MNIST files, e.g. FashionMnist.load("
                    + "Path.of(\"" + SYSTEM_FOLDER + "\")). Received: folder=null");
        }
        Path imageFile = file(folder, part + "-images-idx3-ubyte");
        Path labelFile = file(folder, part + "-labels-idx1-ubyte");
        Idx.Contents labelsIdx = Idx.read(labelFile, Idx.LABELS);
        int[] labels = new int[labelsIdx.values().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labelsIdx.values()[i] & 0xFF;
            if (labels[i] >= CLASS_NAMES.size()) {
                throw new IllegalArgumentException(labelFile + " has the label " + labels[i] + " at row " + i
                        + "; Fashion-MNIST's are 0 to 9. Replace it with the original file.");
            }
        }
        Idx.Contents images = Idx.read(imageFile, Idx.IMAGES);
        int[] dims = images.dims();
        if (dims[1] != SIDE || dims[2] != SIDE) {
            throw new IllegalArgumentException(imageFile + " holds " + dims[1] + " × " + dims[2]
                    + " images; Fashion-MNIST's are 28 × 28. Point " + PROPERTY + " at a folder with the original files.");
        }
        if (dims[0] != labels.length) {
            throw new IllegalArgumentException(imageFile + " holds " + dims[0] + " images but " + labelFile + " holds "
                    + labels.length + " labels; the two files must come from the same set.");
        }
        return new Raw(imageFile, labels, images.values());
    }

    private static int requireN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A subset needs at least one image, e.g. 10000. Received: n=" + n);
        }
        return n;
    }

    /** {@code name.gz} if it exists, else {@code name}; the error says how to get the files. */
    private static Path file(Path folder, String name) {
        Path gz = folder.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path plain = folder.resolve(name);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        List<String> four = new ArrayList<>();
        for (String part : List.of(TRAIN, TEST)) {
            four.add(part + "-images-idx3-ubyte[.gz]");
            four.add(part + "-labels-idx1-ubyte[.gz]");
        }
        throw new IllegalStateException("Fashion-MNIST not found: no " + name + "[.gz] in " + folder + ". Install it with"
                + " `sudo apt-get install dataset-fashion-mnist` (Debian/Ubuntu; files in " + SYSTEM_FOLDER + "), or point"
                + " the system property " + PROPERTY + " (-D" + PROPERTY + "=FOLDER) or the environment variable " + ENV
                + " at a folder holding the four files " + String.join(", ", four) + ".");
    }
}
