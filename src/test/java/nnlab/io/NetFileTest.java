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
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
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
}
