package nnlab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nnlab.nn.Layer;
import nnlab.nn.Layers;
import nnlab.nn.Parameter;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Saves and loads nets as one JSON file (no Java serialization).
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * {
 *   "format":   "nnlab-net",
 *   "version":  1,
 *   "seed":     42,                      the seed the net was built with
 *   "init":     "HeNormal",              its default initializer (informative)
 *   "layers":   [ {"type": "Dense", "name": "dense1", "inputs": 2, "units": 16}, ... ],
 *   "tensors":  [ {"name": "dense1.W", "rows": 2, "cols": 16, "frozen": false,
 *                  "data": "&lt;base64 of the doubles, row-major, little-endian IEEE 754&gt;"}, ... ],
 *   "checksum": "sha256:&lt;hex&gt;"
 * }
 * </pre>
 * {@code tensors} lists every parameter in {@link Net#parameters()} order, then every layer's
 * non-trained state (batch-norm running statistics, named {@code layer.state0}, …). The raw
 * bits of each double are stored, so a loaded net predicts bit for bit what the saved one did.
 * The checksum is SHA-256 over the compact JSON of every other field; a file that was
 * truncated or edited by hand fails it.
 *
 * <p>{@link #save} writes a temporary file next to the target and renames it over the target,
 * so a crash never leaves a half-written file. {@link #load} checks everything before it builds
 * the net, so it returns a complete net or throws.
 */
public final class NetFile {

    /** The format version this class writes. */
    public static final int VERSION = 1;
    private static final String FORMAT = "nnlab-net";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetFile() {}

    /** Writes {@code net} to {@code file} atomically, replacing any existing file. */
    public static void save(Net net, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("seed", net.seed());
        root.put("init", String.valueOf(net.init()));
        ArrayNode layers = root.putArray("layers");
        for (Layer l : net.layers()) {
            layers.add(JSON.valueToTree(l.config()));
        }
        ArrayNode tensors = root.putArray("tensors");
        for (Parameter p : net.parameters()) {
            tensors.add(tensor(p.name(), p.value(), p.isFrozen()));
        }
        for (Layer l : net.layers()) {
            List<DMatrixRMaj> state = l.state();
            for (int i = 0; i < state.size(); i++) {
                tensors.add(tensor(l.name() + ".state" + i, state.get(i), false));
            }
        }
        root.put("checksum", checksum(root));
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFile.write(file, bytes);
    }

    /**
     * Reads a net written by {@link #save}.
     *
     * @throws NetFileException when the file is not a valid nnlab net file of a known version,
     *                          or its checksum does not match
     */
    public static Net load(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new NetFileException(file + " is not valid JSON (truncated or edited?): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new NetFileException(file + " is not an nnlab net file (no \"format\": \"" + FORMAT + "\").");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new NetFileException(file + " has format version " + root.path("version")
                    + "; this nnlab reads version " + VERSION + ".");
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        JsonNode stored = body.remove("checksum");
        String actual = checksum(body);
        if (stored == null || !actual.equals(stored.asText())) {
            throw new NetFileException(file + " fails its checksum (stored " + stored + ", computed " + actual
                    + "): the file was truncated or edited. Nothing was loaded.");
        }
        try {
            List<Layer> layers = new ArrayList<>();
            for (JsonNode l : root.path("layers")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> config = JSON.treeToValue(l, Map.class);
                layers.add(Layers.fromConfig(config));
            }
            Net net = Net.of(layers, root.path("seed").asLong(), null);
            List<String> names = new ArrayList<>();
            List<DMatrixRMaj> targets = new ArrayList<>();
            List<Parameter> params = net.parameters();
            for (Parameter p : params) {
                names.add(p.name());
                targets.add(p.value());
            }
            for (Layer l : layers) {
                for (int i = 0; i < l.state().size(); i++) {
                    names.add(l.name() + ".state" + i);
                    targets.add(l.state().get(i));
                }
            }
            JsonNode tensors = root.path("tensors");
            if (tensors.size() != names.size()) {
                throw new NetFileException(file + " has " + tensors.size() + " tensors but its layers need "
                        + names.size() + ".");
            }
            for (int t = 0; t < names.size(); t++) {
                JsonNode node = tensors.get(t);
                DMatrixRMaj m = targets.get(t);
                if (!names.get(t).equals(node.path("name").asText()) || node.path("rows").asInt() != m.numRows
                        || node.path("cols").asInt() != m.numCols) {
                    throw new NetFileException(file + ": tensor " + t + " is " + node.path("name") + " "
                            + node.path("rows") + "x" + node.path("cols") + " but the layers expect " + names.get(t) + " "
                            + m.numRows + "x" + m.numCols + ".");
                }
                byte[] raw = Base64.getDecoder().decode(node.path("data").asText());
                if (raw.length != 8 * m.getNumElements()) {
                    throw new NetFileException(file + ": tensor " + names.get(t) + " holds " + raw.length
                            + " bytes, expected " + 8 * m.getNumElements() + ".");
                }
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(m.data, 0, m.getNumElements());
                if (t < params.size()) {
                    params.get(t).setFrozen(node.path("frozen").asBoolean(false));
                }
            }
            return net;
        } catch (IllegalArgumentException e) {
            throw new NetFileException(file + " describes an invalid net: " + e.getMessage(), e);
        }
    }

    private static ObjectNode tensor(String name, DMatrixRMaj m, boolean frozen) {
        ObjectNode t = JSON.createObjectNode();
        t.put("name", name);
        t.put("rows", m.numRows);
        t.put("cols", m.numCols);
        t.put("frozen", frozen);
        ByteBuffer buf = ByteBuffer.allocate(8 * m.getNumElements()).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(m.data, 0, m.getNumElements());
        t.put("data", Base64.getEncoder().encodeToString(buf.array()));
        return t;
    }

    private static String checksum(ObjectNode body) throws JsonProcessingException {
        byte[] canonical = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
