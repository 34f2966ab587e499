package nnlab.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import nnlab.nn.Layer;
import org.ejml.data.DMatrixRMaj;

/**
 * Net files edited the way a hostile user would: the JSON changed, then the checksum recomputed
 * from the format's definition (SHA-256 over the compact JSON of every other field, computed
 * here independently of {@link Checksum}), so only the loader's other checks can stop them; and
 * a layer no net file can hold.
 */
public final class CraftedNetFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CraftedNetFile() {}

    /**
     * Writes {@code good} (a saved net file) to {@code file} after {@code edit}; with
     * {@code checksum} false the file gets no checksum field at all.
     */
    public static Path write(Path file, byte[] good, Consumer<ObjectNode> edit, boolean checksum) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(good);
            root.remove("checksum");
            edit.accept(root);
            if (checksum) {
                byte[] canonical = JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
                root.put("checksum", "sha256:" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(canonical)));
            }
            Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** As {@link #write(Path, byte[], Consumer, boolean)}, with a valid checksum. */
    public static Path write(Path file, byte[] good, Consumer<ObjectNode> edit) {
        return write(file, good, edit, true);
    }

    /** The {@code i}-th tensor object of a net file's JSON. */
    public static ObjectNode tensor(ObjectNode root, int i) {
        return (ObjectNode) root.get("tensors").get(i);
    }

    /** The {@code i}-th layer object of a net file's JSON. */
    public static ObjectNode layer(ObjectNode root, int i) {
        return (ObjectNode) root.get("layers").get(i);
    }

    /** An identity layer {@code "mine1"} of width 2 whose kind "Mine" {@link nnlab.nn.Layers#fromConfig} does not know. */
    public static Layer unsaveableLayer() {
        return new Layer() {
            private final DMatrixRMaj y = new DMatrixRMaj(0, 2);
            @Override public DMatrixRMaj forward(DMatrixRMaj x, boolean training) { y.setTo(x); return y; }
            @Override public DMatrixRMaj backward(DMatrixRMaj dOut) { return dOut; }
            @Override public String name() { return "mine1"; }
            @Override public int inputSize() { return 2; }
            @Override public int outputSize() { return 2; }
            @Override public Map<String, Object> config() { return Map.of("type", "Mine", "name", "mine1"); }
        };
    }
}
