package nnlab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnlab.init.Init;
import nnlab.nn.Layer;
import nnlab.nn.Layers;
import nnlab.nn.Parameter;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Saves and loads nets as one JSON file (no Java serialization), at any size a net can have.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * {
 *   "format":   "nnlab-net",
 *   "version":  1,
 *   "seed":     42,                      the seed the net was built with (a whole number)
 *   "init":     "HeNormal",              its default initializer (informative), or null
 *   "layers":   [ {"type": "Dense", "name": "dense1", "inputs": 2, "units": 16}, ... ],
 *   "tensors":  [ {"name": "dense1.W", "rows": 2, "cols": 16, "frozen": false,
 *                  "data": "&lt;base64 of the doubles, row-major, little-endian IEEE 754&gt;"}, ... ],
 *   "checksum": "sha256:&lt;hex&gt;"
 * }
 * </pre>
 * The fields come in this order (tensor fields too). {@code tensors} lists every parameter in
 * {@link Net#parameters()} order, then every layer's non-trained state (batch-norm running
 * statistics, named {@code layer.state0}, …). The raw bits of each double are stored, so a
 * loaded net predicts bit for bit what the saved one did. The checksum is SHA-256 over the
 * compact JSON of every other field; a file that was truncated or edited fails it.
 *
 * <p>{@link #save} writes a temporary file next to the target and renames it over the target,
 * so a crash never leaves a half-written file; a problem with the target path (a folder, the
 * root, a file where a folder should be, no permission, a name too long) is a
 * {@link NetFileException} naming the path. Only nets whose every layer
 * {@link Layers#fromConfig} rebuilds are saved, so every saved file loads.
 *
 * <p>{@link #load} streams: it never holds the file or a tensor's text in memory. It reads the
 * file twice, first to check everything (field order and types, each tensor's declared
 * {@code rows × cols} against the file's size and against its data, the checksum, nothing after
 * the net), then, after building the layers and checking that their parameters have the
 * declared names and shapes, to decode the data straight into the weights. No layer may
 * describe more values than the file's tensors hold ({@code inputs × units} of a dense layer,
 * the size of any other, the sum over a residual block's layers; at least 2<sup>16</sup>), and
 * the layers built so far may not hold more parameters than the tensors, so no file, however
 * crafted, makes load allocate much more than the net it holds: about 1.5 × the file's size
 * (each weight and its gradient, 16 bytes, against about 10.7 bytes of base64). It returns a complete net or throws a
 * {@link NetFileException} naming the file, the field (e.g. {@code tensors[3] 'dense2.W'}) and
 * the fix.
 */
public final class NetFile {

    /** The format version this class writes. */
    public static final int VERSION = 1;
    static final String FORMAT = "nnlab-net";
    /** The one mapper of this package's JSON; configured once, never changed. */
    static final ObjectMapper JSON = new ObjectMapper();
    /** Values any file's layers may describe, whatever its tensors hold (a net of activations only). */
    private static final long MIN_LAYER_BOUND = 1 << 16;
    private static final Pattern INIT_ARG = Pattern.compile("(Constant|Uniform|Normal|Orthogonal)\\((?:\\w+=)?(.*)\\)");

    private NetFile() {}

    /** As {@link #save(Net, Path)}, with the file named by a string such as {@code "runs/net.json"}. */
    public static void save(Net net, String file) throws IOException {
        save(net, path(file, "save(net, \"net.json\")"));
    }

    /**
     * Writes {@code net} to {@code file} atomically, replacing any existing file and creating
     * missing folders.
     *
     * @param net  Not modified.
     * @throws IllegalArgumentException if {@code net} or {@code file} is null, or a layer cannot be
     *                                  saved (a kind {@link Layers#fromConfig} does not rebuild)
     * @throws NetFileException         naming the path, if it cannot be written (a folder, the root,
     *                                  a file in place of a folder, no permission, a name too long)
     */
    public static void save(Net net, Path file) throws IOException {
        if (net == null || file == null) {
            throw new IllegalArgumentException("NetFile.save needs a net and a file, e.g. NetFile.save(net, Path.of("
                    + "\"net.json\")). Received: net=" + (net == null ? "null" : "a net") + ", file=" + file);
        }
        for (Layer l : net.layers()) {
            checkRebuilds(l);
        }
        AtomicFile.write(file, "net.json", out -> write(net, out), NetFileException::new);
    }

    /** As {@link #load(Path)}, with the file named by a string such as {@code "runs/net.json"}. */
    public static Net load(String file) throws IOException {
        return load(path(file, "load(\"net.json\")"));
    }

    /**
     * Reads a net written by {@link #save}.
     *
     * @throws IllegalArgumentException if {@code file} is null
     * @throws NetFileException         when the file is missing, a folder or unreadable, is not a
     *                                  valid nnlab net file of a known version, fails its checksum,
     *                                  has bytes after the net, or describes a net too large for
     *                                  this JVM's heap; the message names the file and the field
     */
    public static Net load(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("NetFile.load needs a file, e.g. NetFile.load(Path.of(\"net.json\"))."
                    + " Received: file=null");
        }
        long size = AtomicFile.checkReadable(file, "net file", "net.json", "NetFile.save(net, \"" + file + "\")",
                NetFileException::new);
        long heap = Runtime.getRuntime().maxMemory();
        if (size / 2 * 3 > heap) {
            throw new NetFileException(file + " is " + megabytes(size) + "; a net that large needs about "
                    + megabytes(size / 2 * 3) + " of heap (its weights and their gradients), more than this JVM's"
                    + " maximum of " + megabytes(heap) + ". Start Java with a larger -Xmx, e.g. -Xmx"
                    + Math.max(2, 2 * size / (1L << 30) + 1) + "g, or check that this is the file you meant.");
        }
        NetFileReader.Contents c = NetFileReader.read(file, size, null);
        long values = c.tensors().stream().mapToLong(NetFileReader.Tensor::size).sum();
        List<NetFileReader.Tensor> tensors = c.tensors();
        List<Layer> layers = new ArrayList<>();
        List<DMatrixRMaj> targets = new ArrayList<>();
        long held = 0;
        for (int i = 0; i < c.layers().size(); i++) {
            Layer l = build(file, i, c.layers().get(i), Math.max(values, MIN_LAYER_BOUND));
            for (Parameter p : l.parameters()) { // each layer checked as it is built, so they cannot add up
                expect(file, tensors, targets.size(), p.name(), p.value());
                targets.add(p.value());
            }
            held += l.parameterCount() + l.state().stream().mapToLong(DMatrixRMaj::getNumElements).sum();
            if (held > values) {
                throw new NetFileException(file + ", layers[" + i + "] '" + abbreviate(l.name()) + "': the layers up to"
                        + " this one hold " + held + " values (parameters and state), more than the file's tensors ("
                        + values + "): a tensor is missing or too small. The file was edited; use an intact copy or"
                        + " save the net again.");
            }
            layers.add(l);
        }
        Net net;
        try {
            net = Net.of(layers, c.seed(), init(c.init()));
        } catch (RuntimeException e) {
            throw new NetFileException(file + ", field 'layers': the layers do not make a net: " + e.getMessage()
                    + " The file was edited; use an intact copy or save the net again.", e);
        }
        for (Layer l : layers) {
            for (int i = 0; i < l.state().size(); i++) {
                expect(file, tensors, targets.size(), l.name() + ".state" + i, l.state().get(i));
                targets.add(l.state().get(i));
            }
        }
        if (tensors.size() > targets.size()) {
            NetFileReader.Tensor extra = tensors.get(targets.size());
            throw new NetFileException(file + ", tensors[" + targets.size() + "] '" + abbreviate(extra.name()) + "': the"
                    + " layers need " + targets.size() + " tensors, so nothing there. The file was edited; use an intact"
                    + " copy or save the net again.");
        }
        NetFileReader.read(file, size, targets);
        List<Parameter> params = net.parameters();
        for (int t = 0; t < params.size(); t++) {
            params.get(t).setFrozen(tensors.get(t).frozen());
        }
        return net;
    }

    /** Tensor {@code t} of the file must be the layers' tensor {@code name}, of {@code m}'s shape. */
    private static void expect(Path file, List<NetFileReader.Tensor> tensors, int t, String name, DMatrixRMaj m)
            throws NetFileException {
        String expected = "'" + name + "' " + m.numRows + " × " + m.numCols;
        if (t >= tensors.size()) {
            throw new NetFileException(file + ", field 'tensors': there are " + tensors.size() + " tensors, but the"
                    + " layers need more; tensors[" + t + "] " + expected + " is missing. The file was edited; use an"
                    + " intact copy or save the net again.");
        }
        NetFileReader.Tensor got = tensors.get(t);
        if (!name.equals(got.name()) || got.rows() != m.numRows || got.cols() != m.numCols) {
            throw new NetFileException(file + ", tensors[" + t + "] '" + abbreviate(got.name()) + "': it is "
                    + got.rows() + " × " + got.cols() + ", but the layers need " + expected + " there. The file was"
                    + " edited; use an intact copy or save the net again.");
        }
    }

    /** Builds layer {@code i}, after checking it describes no more values than {@code bound}. */
    private static Layer build(Path file, int i, Map<String, Object> config, long bound) throws NetFileException {
        String at = file + ", layers[" + i + "] '" + abbreviate(String.valueOf(config.get("name"))) + "'";
        double described = described(config);
        if (described > bound) {
            throw new NetFileException(at + ": it describes " + String.format(Locale.ROOT, "%.4g", described)
                    + " values (the product of its sizes), more than the file's tensors hold (" + bound + "). The file"
                    + " was edited; nothing was allocated. Use an intact copy or save the net again. Received: "
                    + abbreviate(String.valueOf(config)));
        }
        try {
            return Layers.fromConfig(config);
        } catch (RuntimeException e) {
            throw new NetFileException(at + ": nnlab cannot build this layer: " + e.getMessage() + " The file was"
                    + " edited or written by another program; use an intact copy or save the net again. Received: "
                    + abbreviate(String.valueOf(config)), e);
        }
    }

    /**
     * What building a layer description may allocate, in values: the product of its sizes (every
     * whole-number field but "seed"), or for a layer of layers (a residual block) the sum over
     * its inner layers.
     */
    private static double described(Map<String, Object> config) {
        double product = 1;
        double nested = 0;
        boolean sized = false;
        for (Map.Entry<String, Object> e : config.entrySet()) {
            if (e.getValue() instanceof Number n && !(n instanceof Double) && !e.getKey().equals("seed")) {
                product *= Math.abs(n.doubleValue());
                sized = true;
            } else if (e.getValue() instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> inner = (Map<String, Object>) m;
                        nested += described(inner);
                    }
                }
            }
        }
        return (sized ? product : 0) + nested;
    }

    /**
     * Fails unless {@link Layers#fromConfig} rebuilds {@code l} as the same kind of layer with
     * the same description, parameters and state shapes (what {@link #load} will need).
     */
    private static void checkRebuilds(Layer l) {
        Layer rebuilt;
        try {
            rebuilt = Layers.fromConfig(l.config());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Layer '" + l.name() + "' (" + l.getClass().getName() + ") cannot be"
                    + " saved: a loaded net is rebuilt with Layers.fromConfig, which cannot build it (" + e.getMessage()
                    + "). Save nets of nnlab's own layer kinds (Dense, activations, Dropout, BatchNorm, Residual)."
                    + " Received: config=" + abbreviate(String.valueOf(l.config())), e);
        }
        if (rebuilt.getClass() != l.getClass() || !rebuilt.config().equals(l.config()) || !shapes(rebuilt).equals(shapes(l))) {
            throw new IllegalArgumentException("Layer '" + l.name() + "' (" + l.getClass().getName() + ") cannot be"
                    + " saved: Layers.fromConfig rebuilds its description as a different layer (" + rebuilt.getClass()
                    .getName() + ", " + shapes(rebuilt) + " instead of " + shapes(l) + "), so the file would not load."
                    + " Save nets of nnlab's own layer kinds. Received: config=" + abbreviate(String.valueOf(l.config())));
        }
    }

    private static List<String> shapes(Layer l) {
        List<String> s = new ArrayList<>();
        l.parameters().forEach(p -> s.add(p.name() + " " + p.value().numRows + "x" + p.value().numCols));
        l.state().forEach(m -> s.add("state " + m.numRows + "x" + m.numCols));
        return s;
    }

    /** Streams the file: pretty JSON to {@code out}, compact JSON into the checksum, the doubles encoded once. */
    private static void write(Net net, OutputStream out) throws IOException {
        ArrayNode layers = JSON.createArrayNode();
        net.layers().forEach(l -> layers.add(JSON.valueToTree(l.config())));
        String init = net.init() == null ? null : net.init().toString();
        try (JsonGenerator file = JSON.createGenerator(out).useDefaultPrettyPrinter(); Checksum sum = new Checksum(JSON)) {
            file.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            List<JsonGenerator> both = List.of(file, sum.json());
            for (JsonGenerator g : both) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeNumberField("seed", net.seed());
                g.writeStringField("init", init);
                g.writeFieldName("layers");
                JSON.writeTree(g, layers);
                g.writeFieldName("tensors");
                g.writeStartArray();
            }
            for (Parameter p : net.parameters()) {
                tensor(both, sum, p.name(), p.value(), p.isFrozen());
            }
            for (Layer l : net.layers()) {
                List<DMatrixRMaj> state = l.state();
                for (int i = 0; i < state.size(); i++) {
                    tensor(both, sum, l.name() + ".state" + i, state.get(i), false);
                }
            }
            for (JsonGenerator g : both) {
                g.writeEndArray();
            }
            file.writeStringField("checksum", sum.finish());
            file.writeEndObject();
        }
    }

    private static void tensor(List<JsonGenerator> both, Checksum sum, String name, DMatrixRMaj m, boolean frozen)
            throws IOException {
        for (JsonGenerator g : both) {
            g.writeStartObject();
            g.writeStringField("name", name);
            g.writeNumberField("rows", m.numRows);
            g.writeNumberField("cols", m.numCols);
            g.writeBooleanField("frozen", frozen);
            g.writeFieldName("data");
        }
        OutputStream digest = sum.beginData();
        both.get(0).writeBinary(new DoubleBytes.Reader(m.data, m.getNumElements(), digest), -1);
        sum.endData(digest);
        for (JsonGenerator g : both) {
            g.writeEndObject();
        }
    }

    /**
     * The initializer a file names: the one whose {@code toString()} it is, or null for a name
     * that is none of nnlab's (a user's own initializer; the field is informative).
     */
    static Init init(String name) {
        if (name == null) {
            return null;
        }
        try {
            Matcher m = INIT_ARG.matcher(name);
            if (m.matches()) {
                double a = Double.parseDouble(m.group(2));
                return switch (m.group(1)) {
                    case "Constant" -> Init.constant(a);
                    case "Uniform" -> Init.uniform(a);
                    case "Normal" -> Init.normal(a);
                    default -> Init.orthogonal(a);
                };
            }
        } catch (RuntimeException e) {
            return null;
        }
        return switch (name) {
            case "Zeros" -> Init.zeros();
            // "XavierUniform" is what files saved before the rename call U[±1/√n]
            case "XavierFanIn", "XavierUniform" -> Init.xavierFanIn();
            case "NormalizedXavier" -> Init.normalizedXavier();
            case "XavierNormal" -> Init.xavierNormal();
            case "HeNormal" -> Init.heNormal();
            case "HeUniform" -> Init.heUniform();
            case "LeCunNormal" -> Init.lecunNormal();
            case "LeCunUniform" -> Init.lecunUniform();
            default -> null;
        };
    }

    private static Path path(String file, String call) {
        if (file == null) {
            throw new IllegalArgumentException("NetFile needs a file name, e.g. NetFile." + call + ". Received: file=null");
        }
        return Path.of(file);
    }

    /** Bytes of base64 text for {@code n} doubles. */
    static double textBytes(long n) {
        return Math.ceil(8.0 * n / 3) * 4;
    }

    static String megabytes(long bytes) {
        return bytes < 1 << 20 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
