package nnlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.optim.Optimizer;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetFileTest {

    @TempDir
    Path dir;

    private static Net trainedNet() {
        Dataset moons = Synthetic.moons(64, 0.1, 1);
        Net net = Net.input(2).dense(8, Activation.relu()).batchNorm().dense(8, Activation.prelu()).dropout(0.1)
                .residual(1, Activation.elu()).dense(4, Activation.leakyRelu(0.05)).dense(1, Activation.sigmoid())
                .init(Init.heNormal()).seed(3).build();
        net.train(moons).optimizer(Optimizer.sgd(0.05)).batchSize(16).epochs(3).run();
        net.layer("dense1").freeze();
        return net;
    }

    @Test
    void saveThenLoad_givesBitIdenticalPredictions() throws IOException {
        Net net = trainedNet();
        Path file = dir.resolve("net.json");
        NetFile.save(net, file);
        Net loaded = NetFile.load(file);
        DMatrixRMaj x = Synthetic.moons(50, 0.3, 9).x();
        assertArrayEquals(net.predict(x).data, loaded.predict(x).data, 0.0);
        assertEquals(net.summary(), loaded.summary()); // the initializer is read back too (issue 10)
        assertTrue(loaded.layer("dense1").isFrozen());
        assertEquals(0, Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).count(), "no temp file left");
    }

    @Test
    void saving_replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "old");
        Net net = trainedNet();
        NetFile.save(net, file);
        assertTrue(Files.readString(file).contains("\"format\" : \"nnlab-net\""));
    }

    @Test
    void truncatedFile_givesClearError() throws IOException {
        Path file = dir.resolve("net.json");
        NetFile.save(trainedNet(), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        NetFileException e = assertThrows(NetFileException.class, () -> NetFile.load(file));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void editedWeight_failsTheChecksum() throws IOException {
        Path file = dir.resolve("net.json");
        NetFile.save(trainedNet(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("\"data\" : \"") + 12;
        char c = text.charAt(at);
        String edited = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
        Files.writeString(file, edited);
        NetFileException e = assertThrows(NetFileException.class, () -> NetFile.load(file));
        assertTrue(e.getMessage().contains("checksum") && e.getMessage().contains("Nothing was loaded"), e.getMessage());
    }

    @Test
    void editedArchitecture_failsTheChecksum() throws IOException {
        Path file = dir.resolve("net.json");
        NetFile.save(trainedNet(), file);
        String text = Files.readString(file);
        String edited = text.replace("\"units\" : 8", "\"units\" : 9");
        assertTrue(!edited.equals(text), "the edit found a layer of 8 units");
        Files.writeString(file, edited);
        NetFileException e = assertThrows(NetFileException.class, () -> NetFile.load(file));
        // refused by the checksum (before any layer is built from the edited sizes), naming the file
        assertTrue(e.getMessage().startsWith(file + " fails its checksum") && e.getMessage().contains("Nothing was loaded"),
                e.getMessage());
    }

    @Test
    void otherJson_isNotMistakenForANet() throws IOException {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"hello\": 1}");
        NetFileException e = assertThrows(NetFileException.class, () -> NetFile.load(file));
        assertTrue(e.getMessage().contains("not an nnlab net file"), e.getMessage());
        Files.writeString(file, "{\"format\": \"nnlab-net\", \"version\": 99}");
        e = assertThrows(NetFileException.class, () -> NetFile.load(file));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void everyInitializer_isReadBack_andALoadedNetResavesToTheSameBytes() throws IOException {
        List<Init> inits = List.of(Init.zeros(), Init.constant(0.25), Init.uniform(0.1), Init.normal(0.02),
                Init.xavierFanIn(), Init.normalizedXavier(), Init.xavierNormal(), Init.heNormal(), Init.heUniform(),
                Init.lecunNormal(), Init.lecunUniform(), Init.orthogonal(), Init.orthogonal(1.5));
        Path file = dir.resolve("init.json");
        Path again = dir.resolve("again.json");
        for (Init init : inits) {
            Net net = Net.input(3).dense(2, Activation.tanh()).init(init).seed(4).build();
            NetFile.save(net, file);
            Net loaded = NetFile.load(file);
            assertEquals(init.toString(), String.valueOf(loaded.init()));
            NetFile.save(loaded, again);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), init + " re-saved differently");
        }
        assertTrue(!Files.readString(again).contains("\"null\""), "no \"init\": \"null\"");
    }

    @Test
    void aStoredFileOfAnOlderNnlab_withInitXavierUniform_loadsAsTheFanInScheme() throws IOException {
        // written before Init.xavierUniform() was renamed Init.xavierFanIn(): the same U[±1/√n] draws
        Path old = Path.of("src/test/resources/nnlab/fixtures/net_v1_init_xavierUniform.json");
        assertTrue(Files.readString(old).contains("\"init\" : \"XavierUniform\""));
        Net loaded = NetFile.load(old);
        assertEquals("XavierFanIn", String.valueOf(loaded.init()));
        Net fresh = Net.input(3).dense(2, Activation.tanh()).dense(1, Activation.sigmoid()).init(Init.xavierFanIn()).seed(7).build();
        for (int p = 0; p < fresh.parameters().size(); p++) {
            assertArrayEquals(fresh.parameters().get(p).value().data, loaded.parameters().get(p).value().data, 0.0);
        }
        Path again = dir.resolve("resaved.json");
        NetFile.save(loaded, again);
        assertTrue(Files.readString(again).contains("\"init\" : \"XavierFanIn\""), Files.readString(again));
    }

    @Test
    void aFileOfAnOlderNnlabWithInitNull_stillLoads() throws IOException {
        Net net = Net.of(List.of(new Dense("dense1", 2, 1)), 9, null);
        Path file = dir.resolve("old.json");
        NetFile.save(net, file);
        assertTrue(Files.readString(file).contains("\"init\" : null"), Files.readString(file));
        assertEquals(null, NetFile.load(file).init());
    }

    @Test
    void everyBitPatternOfADouble_roundTrips() throws IOException {
        Net net = Net.input(8).dense(8, Activation.relu()).batchNorm().dense(1, Activation.sigmoid()).seed(1).build();
        Random rng = new Random(2);
        double[] odd = {Double.longBitsToDouble(0x7ff0_0000_dead_beefL), -0.0, Double.MIN_VALUE, -Double.MAX_VALUE,
                Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0xfff8_0000_0000_0001L)};
        int k = 0;
        for (Parameter p : net.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                p.value().data[i] = k < odd.length ? odd[k++] : Double.longBitsToDouble(rng.nextLong());
            }
        }
        Path file = dir.resolve("bits.json");
        NetFile.save(net, file);
        Net loaded = NetFile.load(file);
        for (int t = 0; t < net.parameters().size(); t++) {
            double[] a = net.parameters().get(t).value().data;
            double[] b = loaded.parameters().get(t).value().data;
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), t + "[" + i + "]");
            }
        }
    }

    @Test
    void aLongFileName_saves_becauseTheTemporaryNameIsShort() throws IOException {
        Path file = dir.resolve("n".repeat(235) + ".json");
        NetFile.save(trainedNet(), file);
        assertEquals(1, NetFile.load(file).outputSize());
        var e = assertThrows(NetFileException.class, () -> NetFile.save(trainedNet(), dir.resolve("n".repeat(300))));
        assertTrue(e.getMessage().contains("300 bytes long") && e.getMessage().contains("255"), e.getMessage());
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void aBadTarget_isNamedWithWhatIsWrong_andTheOldFileKept() throws IOException {
        Net net = trainedNet();
        var folder = assertThrows(NetFileException.class, () -> NetFile.save(net, dir));
        assertTrue(folder.getMessage().contains(dir + ": it is a folder") && folder.getMessage().contains("e.g. "
                + dir.resolve("net.json")), folder.getMessage());
        var root = assertThrows(NetFileException.class, () -> NetFile.save(net, Path.of("/")));
        assertTrue(root.getMessage().contains("root folder"), root.getMessage());
        Path aFile = dir.resolve("plain.txt");
        Files.writeString(aFile, "keep me");
        var underAFile = assertThrows(NetFileException.class, () -> NetFile.save(net, aFile.resolve("sub/net.json")));
        assertTrue(underAFile.getMessage().contains(aFile + " is a file, not a folder"), underAFile.getMessage());
        assertEquals("keep me", Files.readString(aFile));
        NetFile.save(net, dir.resolve("new/folders/net.json"));
        assertTrue(Files.exists(dir.resolve("new/folders/net.json")), "missing folders are created");
        var none = assertThrows(IllegalArgumentException.class, () -> NetFile.save(net, (Path) null));
        assertTrue(none.getMessage().contains("file=null"), none.getMessage());
    }

    @Test
    void aLayerTheLoaderCannotBuild_isNotSaved() {
        Layer mine = CraftedNetFile.unsaveableLayer();
        Net net = Net.of(List.of(new Dense("dense1", 2, 2), mine), 1, null);
        var e = assertThrows(IllegalArgumentException.class, () -> NetFile.save(net, dir.resolve("mine.json")));
        assertTrue(e.getMessage().contains("Layer 'mine1'") && e.getMessage().contains("cannot be saved")
                && e.getMessage().contains("Unknown layer type 'Mine'"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("mine.json")));
    }

    @Test
    void aFolderWithoutWritePermission_isNamed() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "tests run as root (id -u = 0): permission bits do not stop writes");
            var e = assertThrows(NetFileException.class, () -> NetFile.save(trainedNet(), locked.resolve("net.json")));
            assertTrue(e.getMessage().contains("no permission to write in the folder " + locked), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
