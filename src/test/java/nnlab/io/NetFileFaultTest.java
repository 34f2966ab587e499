package nnlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nnlab.nn.Activation;
import nnlab.nn.Parameter;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a net file can have (issue 10): cut short, a byte changed, bytes appended, shapes far
 * larger than the file, not a file at all. Load must throw a {@link NetFileException} naming the
 * file, never return a net, and never allocate more than the file's size justifies.
 *
 * <p>The allocation bound is {@code C + K × file size}, measured with the thread's allocation
 * counter around the one load. K = 3: a good file costs 1.5 × its size (each weight and its
 * gradient, 16 bytes, against about 10.7 bytes of base64); a crafted one can make load build at
 * most one layer beyond what its tensors hold, and no layer larger than all of them, so at most
 * twice that. C = 8 MB covers the parser's and the checksum's buffers, the one layer of up to
 * 2<sup>16</sup> values any file may describe, and the exception, whatever the file.
 */
class NetFileFaultTest {

    private static final long C = 8 << 20;
    private static final double K = 3.0;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;
    private Net net;
    private Path good;
    private byte[] bytes;

    @BeforeEach
    void saveASmallNet() throws IOException {
        net = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(5).build();
        good = dir.resolve("good.json");
        NetFile.save(net, good);
        bytes = Files.readAllBytes(good);
        NetFile.load(good); // loads once, so class loading is not counted below
    }

    /** Loads {@code file}, which must fail within the allocation bound; returns the message. */
    private static String refused(Path file) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        NetFileException e = assertThrows(NetFileException.class, () -> NetFile.load(file), file.toString());
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        long size = file.toFile().length();
        assertTrue(allocated <= C + K * size, "load of " + size + " bytes allocated " + allocated + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        return e.getMessage();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    @Test
    void theSampleIsAWholeSmallNetFileOfAboutOneKilobyte() {
        assertTrue(bytes.length > 700 && bytes.length < 2000, bytes.length + " bytes");
    }

    @Test
    void fileCutAtEverySixteenthOfItsLength_isRefused() throws IOException {
        for (int k = 0; k < 16; k++) {
            Path f = write("cut" + k + ".json", Arrays.copyOf(bytes, bytes.length * k / 16));
            String m = refused(f);
            assertTrue(k == 0 || m.contains("truncated") || m.contains("not an nnlab net file"), m);
        }
    }

    @Test
    void everyByteFlipped_isRefused() throws IOException {
        Path f = dir.resolve("flipped.json");
        for (int i = 0; i < bytes.length; i++) {
            byte[] b = bytes.clone();
            b[i] ^= (byte) 0xFF;
            Files.write(f, b);
            refused(f);
        }
    }

    /**
     * A single bit changed either fails, or changes nothing the net holds: an edit the JSON or
     * base64 reader cannot see (e.g. an unused low bit of the last base64 digit) loads the very
     * same weights.
     */
    @Test
    void everyLowestBitFlipped_isRefusedOrLoadsTheSameWeights() throws IOException {
        Path f = dir.resolve("bit.json");
        int unchanged = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte[] b = bytes.clone();
            b[i] ^= 1;
            Files.write(f, b);
            Net loaded;
            try {
                loaded = NetFile.load(f);
            } catch (NetFileException e) {
                assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
                continue;
            }
            unchanged++;
            assertEquals(bits(net), bits(loaded), "byte " + i + " changed and the file loaded different weights");
        }
        assertTrue(unchanged <= 8, unchanged + " single-bit edits went unnoticed");
    }

    @Test
    void bytesAppended_areRefused_whiteSpaceIsNot() throws IOException {
        for (String tail : List.of("x", "}", "{}", "0", "\u0000", "\"checksum\"", new String(bytes, StandardCharsets.UTF_8))) {
            byte[] b = Arrays.copyOf(bytes, bytes.length + tail.getBytes(StandardCharsets.UTF_8).length);
            System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, b, bytes.length, b.length - bytes.length);
            String m = refused(write("appended.json", b));
            assertTrue(m.contains("after the end of the net") && m.contains("byte " + bytes.length), m);
        }
        Path spaces = write("spaces.json", (new String(bytes, StandardCharsets.UTF_8) + "\n \n").getBytes(StandardCharsets.UTF_8));
        assertEquals(bits(net), bits(NetFile.load(spaces)));
    }

    /** Rewrites the file with an edit and the checksum recomputed by the format's definition. */
    private Path crafted(String name, java.util.function.Consumer<ObjectNode> edit) {
        return CraftedNetFile.write(dir.resolve(name), bytes, edit);
    }

    private static ObjectNode tensor(ObjectNode root, int i) {
        return CraftedNetFile.tensor(root, i);
    }

    private static ObjectNode layer(ObjectNode root, int i) {
        return CraftedNetFile.layer(root, i);
    }

    @Test
    void theChecksumDefinition_isTheCompactJsonOfTheOtherFields() throws IOException {
        Path same = crafted("same.json", root -> { });
        assertArrayEquals(bytes, Files.readAllBytes(same), "save writes what the definition gives");
        Path edited = crafted("edited.json", root -> root.put("seed", 6));
        assertEquals(6, NetFile.load(edited).seed(), "a file edited with its checksum recomputed loads");
    }

    @Test
    void hugeDeclaredShapes_withAValidChecksum_areRefusedBeforeAllocating() throws IOException {
        String m = refused(crafted("rows.json", root -> tensor(root, 0).put("rows", 100_000).put("cols", 100_000)));
        assertTrue(m.contains("tensors[0] 'dense1.W'") && m.contains("100000 × 100000") && m.contains("nothing was allocated"), m);
        m = refused(crafted("max.json", root -> tensor(root, 2).put("rows", Integer.MAX_VALUE).put("cols", Integer.MAX_VALUE)));
        assertTrue(m.contains("tensors[2] 'dense2.W'"), m);
        // layers far larger than the tensors; the tensors as they were
        m = refused(crafted("layer.json", root -> layer(root, 0).put("inputs", 46_000).put("units", 46_000)));
        assertTrue(m.contains("layers[0] 'dense1'") && m.contains("nothing was allocated"), m);
        m = refused(crafted("both.json", root -> {
            layer(root, 0).put("units", 40_000_000);
            tensor(root, 0).put("cols", 40_000_000);
        }));
        assertTrue(m.contains("tensors[0] 'dense1.W'"), m);
    }

    @Test
    void manyLayersOrANestedOne_eachWithinTheBound_areRefusedBeforeTheyAddUp() throws IOException {
        ObjectNode wide = new ObjectMapper().createObjectNode().put("type", "Dense").put("name", "wide").put("inputs", 256)
                .put("units", 256);
        String m = refused(crafted("many.json", root -> {
            ArrayNode layers = root.putArray("layers");
            for (int i = 0; i < 1000; i++) {
                layers.add(wide.deepCopy().put("name", "wide" + i));
            }
        }));
        assertTrue(m.contains("tensors[0] 'dense1.W'") && m.contains("the layers need 'wide0.W' 256 × 256"), m);
        m = refused(crafted("nested.json", root -> {
            ArrayNode inner = root.putArray("layers").addObject().put("type", "Residual").put("name", "res")
                    .putArray("layers");
            for (int i = 0; i < 1000; i++) {
                inner.add(wide.deepCopy().put("name", "wide" + i));
            }
        }));
        assertTrue(m.contains("layers[0] 'res'") && m.contains("nothing was allocated"), m);
    }

    @Test
    void shapesThatDisagreeWithTheLayersOrTheData_areRefused() throws IOException {
        String m = refused(crafted("swap.json", root -> tensor(root, 0).put("rows", 3).put("cols", 2)));
        assertTrue(m.contains("tensors[0] 'dense1.W'") && m.contains("3 × 2") && m.contains("'dense1.W' 2 × 3"), m);
        m = refused(crafted("short.json", root -> tensor(root, 0).put("rows", 1)));
        assertTrue(m.contains("tensors[0] 'dense1.W'") && m.contains("48 bytes") && m.contains("needs 24"), m);
        m = refused(crafted("long.json", root -> tensor(root, 0).put("rows", 3)));
        assertTrue(m.contains("needs 72"), m);
        m = refused(crafted("negative.json", root -> tensor(root, 1).put("cols", -3)));
        assertTrue(m.contains("tensors[1] 'dense1.b', field 'cols'") && m.contains("cols=-3"), m);
        m = refused(crafted("missing.json", root -> ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("tensors")).remove(3)));
        assertTrue(m.contains("tensors[3] 'dense2.b' 1 × 1 is missing"), m);
    }

    @Test
    void aFileFarLargerThanANetHeader_isRefusedAfterReadingLittle() throws IOException {
        Path zeros = dir.resolve("zeros.json");
        try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: 200 MB of zero bytes that take no disk
        }
        long t0 = System.nanoTime();
        assertTrue(refused(zeros).contains("not an nnlab net file"));
        Path headed = dir.resolve("headed.json");
        try (RandomAccessFile f = new RandomAccessFile(headed.toFile(), "rw")) {
            f.write(bytes, 0, new String(bytes, StandardCharsets.UTF_8).indexOf("\"data\"") + 12);
            f.setLength(200L << 20);
        }
        assertTrue(refused(headed).contains("tensors[0] 'dense1.W', field 'data'"));
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "both refused without reading 400 MB");
    }

    @Test
    void aFileLargerThanTheHeapCanHold_isRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.json");
        long size = Runtime.getRuntime().maxMemory() + (1L << 30);
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(bytes);
            f.setLength(size);
        } catch (IOException e) {
            assumeTrue(false, "this file system has no sparse files of " + size + " bytes: " + e);
        }
        String m = refused(huge);
        assertTrue(m.contains("-Xmx") && m.contains("heap"), m);
    }

    @Test
    void aFolder_aMissingFolder_aMissingFile_aDevice_areRefusedByName() throws IOException {
        assertTrue(refused(dir).contains("is a folder"));
        assertTrue(refused(dir.resolve("no/such/folder/net.json")).contains("does not exist either"));
        assertTrue(refused(dir.resolve("absent.json")).contains("does not exist"));
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));
        assertTrue(refused(device).contains("not a regular file"));
    }

    @Test
    void aFileWithoutReadPermission_isRefused() throws IOException {
        Path locked = write("locked.json", bytes);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        assumeFalse(Files.isReadable(locked), "tests run as root (id -u = 0): permission bits do not stop reads");
        assertTrue(refused(locked).contains("no permission"));
    }

    /** Root can open /proc/self/mem, but reading its first page fails with an I/O error. */
    @Test
    void aFileEvenRootCannotRead_isRefusedWithItsPath() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isReadable(mem), "no /proc/self/mem here");
        assertTrue(refused(mem).contains("could not be read"));
    }

    private static List<Long> bits(Net n) {
        return n.parameters().stream().map(Parameter::value).flatMapToDouble(m -> Arrays.stream(m.data, 0,
                m.getNumElements())).mapToObj(Double::doubleToRawLongBits).toList();
    }

    /**
     * The must-show of issue 10: a 784-2048-2048-10 net (5.8 M weights, a 62 MB file) saves and
     * loads bit for bit, and loading allocates at most twice the file's size.
     */
    @Test
    void aBigNet_roundTripsBitExactly_andLoadingAllocatesAtMostTwiceTheFileSize() throws IOException {
        Net big = Net.input(784).dense(2048, Activation.relu()).dense(2048, Activation.relu())
                .dense(10, Activation.softmax()).seed(11).build();
        Path file = dir.resolve("big.json");
        NetFile.save(big, file);
        long size = Files.size(file);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        Net loaded = NetFile.load(file);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertEquals(5_824_522, loaded.parameterCount());
        assertTrue(allocated <= 2 * size, "load allocated " + allocated + " bytes for a file of " + size);
        for (int t = 0; t < big.parameters().size(); t++) {
            DMatrixRMaj a = big.parameters().get(t).value();
            DMatrixRMaj b = loaded.parameters().get(t).value();
            for (int i = 0; i < a.getNumElements(); i++) {
                if (Double.doubleToRawLongBits(a.data[i]) != Double.doubleToRawLongBits(b.data[i])) {
                    throw new AssertionError(big.parameters().get(t).name() + "[" + i + "] differs");
                }
            }
        }
        Random rng = new Random(12);
        DMatrixRMaj x = new DMatrixRMaj(4, 784);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextDouble();
        }
        assertArrayEquals(big.predict(x).data, loaded.predict(x).data, 0.0);
    }
}
