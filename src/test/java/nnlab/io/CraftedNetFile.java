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
import java.util.function.Consumer;

/**
 * Net files edited the way a hostile user would: the JSON changed, then the checksum recomputed
 * from the format's definition (SHA-256 over the compact JSON of every other field, computed
 * here independently of {@link Checksum}), so only the loader's other checks can stop them.
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
}
