package nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    private static final int D = 28 * 28;

    @TempDir
    Path dir;

    /** Tiny IDX files: {@code n} images with seeded pixels, label of image i = i mod 10. */
    private static byte[] pixels(int n, long seed) {
        byte[] b = new byte[n * D];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] imagesIdx(int magic, int n, int rows, int cols, byte[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(n);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(values);
        return bytes.toByteArray();
    }

    private static byte[] labelsIdx(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(Idx.LABELS);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.write(i % 10);
        }
        return bytes.toByteArray();
    }

    private static void write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
    }

    /** The four files of a tiny set: {@code train} and {@code test} images, gzipped or not. */
    private Path tinySet(int train, int test, boolean gzip) throws IOException {
        String ext = gzip ? ".gz" : "";
        write(dir.resolve("train-images-idx3-ubyte" + ext), imagesIdx(Idx.IMAGES, train, 28, 28, pixels(train, 1)), gzip);
        write(dir.resolve("train-labels-idx1-ubyte" + ext), labelsIdx(train), gzip);
        write(dir.resolve("t10k-images-idx3-ubyte" + ext), imagesIdx(Idx.IMAGES, test, 28, 28, pixels(test, 2)), gzip);
        write(dir.resolve("t10k-labels-idx1-ubyte" + ext), labelsIdx(test), gzip);
        return dir;
    }

    @Test
    void goodFiles_gzippedOrPlain_giveScaledPixelsOneHotLabelsAndNames() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path folder = dir.resolve(gzip ? "gz" : "plain");
            Files.createDirectories(folder);
            dir = folder;
            tinySet(30, 20, gzip);
            Dataset.Split s = FashionMnist.load(folder);
            Dataset train = s.first();
            assertEquals(30, train.size());
            assertEquals(20, s.second().size());
            assertEquals(D, train.features());
            assertEquals(10, train.targets());
            byte[] expected = pixels(30, 1);
            for (int k : new int[] {0, 1, 783, 784 * 17 + 400, expected.length - 1}) {
                assertEquals((expected[k] & 0xFF) / 255.0, train.xView().data[k], 0.0, "pixel " + k);
            }
            assertEquals(7, train.labels()[17]);
            assertEquals("Sneaker", train.className(7));
            assertEquals(FashionMnist.CLASS_NAMES, train.classNames());
            assertEquals("pixel r0c0", train.featureNames().get(0));
            assertEquals("pixel r27c27", train.featureNames().get(D - 1));
            assertEquals("pixel r1c0", train.featureNames().get(28));
        }
    }

    @Test
    void truncatedImages_nameTheFileAndTheShortfall() throws IOException {
        tinySet(10, 10, true);
        Path file = dir.resolve("train-images-idx3-ubyte.gz");
        byte[] full = imagesIdx(Idx.IMAGES, 10, 28, 28, pixels(10, 1));
        write(file, Arrays.copyOf(full, full.length - 100), true);
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated")
                && e.getMessage().contains("7840"), e.getMessage());
    }

    @Test
    void aTinyFilePromisingTwoGigabytes_isRejectedAsTruncated_withoutAllocatingThem() throws IOException {
        tinySet(10, 10, false);
        Path file = dir.resolve("train-images-idx3-ubyte");
        // 16 header bytes + 100 pixels, but the header promises 2,700,000 × 28 × 28 ≈ 2.1e9 values
        write(file, imagesIdx(Idx.IMAGES, 2_700_000, 28, 28, new byte[100]), false);
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated")
                && e.getMessage().contains("2116800000") && e.getMessage().contains("holds 100"), e.getMessage());
        assertTrue(grown < 256L << 20, "at most a few buffers of " + Idx.FIRST_BUFFER + " bytes, not 2 GB: grew " + grown);
    }

    @Test
    void aCutGzipStream_isReportedAsTruncatedNamingTheFile() throws IOException {
        tinySet(10, 10, true);
        Path file = dir.resolve("t10k-labels-idx1-ubyte.gz");
        byte[] gz = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(gz, gz.length - 12));
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void wrongMagic_aForeignFile_isRejectedNamingTheFileAndWhatItStartsWith() throws IOException {
        tinySet(10, 10, false);
        Path labels = dir.resolve("train-labels-idx1-ubyte");
        Files.writeString(labels, "label,image\n3,a.png\n");
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains(labels.toString()) && e.getMessage().contains("0x00000801")
                && e.getMessage().contains("0x6C616265"), e.getMessage());
        // images where labels belong: the right format, the wrong kind
        Files.copy(dir.resolve("train-images-idx3-ubyte"), labels, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var swapped = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(swapped.getMessage().contains("0x00000803"), swapped.getMessage());
    }

    @Test
    void mismatchedCounts_andWrongImageSize_areRejectedNamingBothNumbers() throws IOException {
        tinySet(10, 10, false);
        write(dir.resolve("t10k-labels-idx1-ubyte"), labelsIdx(9), false);
        var counts = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(counts.getMessage().contains("10 images") && counts.getMessage().contains("9 labels"),
                counts.getMessage());
        write(dir.resolve("t10k-labels-idx1-ubyte"), labelsIdx(10), false);
        write(dir.resolve("t10k-images-idx3-ubyte"), imagesIdx(Idx.IMAGES, 10, 8, 98, pixels(10, 2)), false);
        var size = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(size.getMessage().contains("8 × 98") && size.getMessage().contains("28 × 28"), size.getMessage());
    }

    @Test
    void trailingBytes_areRejected() throws IOException {
        tinySet(10, 10, false);
        byte[] labels = labelsIdx(10);
        write(dir.resolve("train-labels-idx1-ubyte"), Arrays.copyOf(labels, labels.length + 3), false);
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("bytes after"), e.getMessage());
    }

    @Test
    void missingFiles_sayHowToInstallOrPointElsewhere() {
        var e = assertThrows(IllegalStateException.class, () -> FashionMnist.load(dir));
        String m = e.getMessage();
        assertTrue(m.contains("sudo apt-get install dataset-fashion-mnist"), m);
        assertTrue(m.contains("nnlab.fashionMnist") && m.contains("NNLAB_FASHION_MNIST"), m);
        assertTrue(m.contains(dir.toString()) && m.contains("train-images-idx3-ubyte"), m);
    }

    @Test
    void folder_propertyWins_thenEnvironment_thenTheSystemFolder() {
        assertEquals(Path.of("/p"), FashionMnist.folder("/p", "/e"));
        assertEquals(Path.of("/e"), FashionMnist.folder(null, "/e"));
        assertEquals(Path.of("/e"), FashionMnist.folder(" ", "/e"));
        assertEquals(Path.of("/usr/share/datasets/fashion-mnist"), FashionMnist.folder(null, null));
    }

    @Test
    void systemProperty_pointsTrainAndTestAtAnotherFolder() throws IOException {
        tinySet(40, 20, true);
        String before = System.getProperty(FashionMnist.PROPERTY);
        System.setProperty(FashionMnist.PROPERTY, dir.toString());
        try {
            assertEquals(dir, FashionMnist.folder());
            assertEquals(40, FashionMnist.train().size());
            assertEquals(20, FashionMnist.test().size());
            assertEquals(10, FashionMnist.train(10, 3).size());
        } finally {
            if (before == null) {
                System.clearProperty(FashionMnist.PROPERTY);
            } else {
                System.setProperty(FashionMnist.PROPERTY, before);
            }
        }
    }

    @Test
    void subsetReadFromTheFiles_equalsTheStratifiedSampleOfTheWholeSet() throws IOException {
        tinySet(100, 10, true);
        Dataset whole = FashionMnist.read(dir, FashionMnist.TRAIN, 0, 0);
        Dataset read = FashionMnist.read(dir, FashionMnist.TRAIN, 30, 5);
        Dataset sampled = whole.stratifiedSample(30, 5);
        assertArrayEquals(sampled.xView().data, read.xView().data);
        assertArrayEquals(sampled.yView().data, read.yView().data);
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, read.classCounts());
        assertEquals(FashionMnist.CLASS_NAMES, read.classNames());
        assertThrows(IllegalArgumentException.class, () -> FashionMnist.read(dir, FashionMnist.TRAIN, 101, 5));
    }

    @Test
    void trainSplit_readOnce_equalsTheStratifiedSplitOfTheWholeSet() throws IOException {
        tinySet(100, 10, true);
        Dataset.Split whole = FashionMnist.read(dir, FashionMnist.TRAIN, 0, 0).stratifiedSplit(0.7, 4);
        Dataset.Split read = FashionMnist.trainSplit(dir, 0.7, 4);
        assertArrayEquals(whole.first().xView().data, read.first().xView().data);
        assertArrayEquals(whole.second().yView().data, read.second().yView().data);
        assertEquals(70, read.first().size());
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, read.second().classCounts());
        assertEquals(FashionMnist.CLASS_NAMES, read.second().classNames());
        assertThrows(IllegalArgumentException.class, () -> FashionMnist.trainSplit(dir, 1.0, 4));
    }

    /** The real files of Debian's dataset-fashion-mnist (installed by `make test`); skipped when absent. */
    @Test
    void systemFiles_have60000And10000Images_6000PerTrainingClass_andTheKnownFirstImage()
            throws NoSuchAlgorithmException {
        assumeTrue(Files.isRegularFile(FashionMnist.SYSTEM_FOLDER.resolve("train-images-idx3-ubyte.gz")),
                "dataset-fashion-mnist is not installed");
        Dataset test = FashionMnist.read(FashionMnist.SYSTEM_FOLDER, FashionMnist.TEST, 0, 0);
        assertEquals(10_000, test.size());
        assertEquals("Ankle boot", test.className(test.labels()[0]));
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, test.classCounts());
        Dataset train = FashionMnist.read(FashionMnist.SYSTEM_FOLDER, FashionMnist.TRAIN, 0, 0);
        assertEquals(60_000, train.size());
        assertEquals(D, train.features());
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000}, train.classCounts());
        byte[] first = new byte[D];
        double max = 0;
        for (int j = 0; j < D; j++) {
            double v = train.xView().data[j];
            max = Math.max(max, v);
            first[j] = (byte) Math.round(v * 255);
        }
        assertEquals(1.0, max, "pixels scaled to [0, 1]");
        // SHA-256 of bytes 16..800 of train-images-idx3-ubyte (the first image), computed with Python's hashlib
        assertEquals("5bd44e331a6d6998daf675700cd0c13dcd7af8ab954b7585124124da61459e7b",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first)));
        assertEquals(9, train.labels()[0], "the first training image is an ankle boot");
    }
}
