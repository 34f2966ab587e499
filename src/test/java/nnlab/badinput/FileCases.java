package nnlab.badinput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import nnlab.io.CraftedNetFile;
import nnlab.io.HistoryFile;
import nnlab.io.HistoryFileException;
import nnlab.io.NetFile;
import nnlab.io.NetFileException;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.train.EpochLog;
import nnlab.train.History;
import nnlab.train.Net;

/**
 * Bad inputs to net files and history files (nnlab.io). Every file is made when its case runs,
 * in one temporary folder deleted when the JVM exits. A crafted file has its checksum
 * recomputed ({@link CraftedNetFile}), so only the check under test can refuse it.
 */
final class FileCases {

    private static final Path DIR = tempDir();

    private FileCases() {}

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("nnlab-filecases");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path in the temporary folder, deleted on exit. */
    private static Path path(String name) {
        Path p = DIR.resolve(name);
        p.toFile().deleteOnExit();
        return p;
    }

    /** Net: 2 → dense1 (3, tanh) → dropout → dense2 (1, sigmoid); tensors dense1.W 2×3, dense1.b, dense2.W 3×1, dense2.b. */
    private static Net net() {
        return Net.input(2).dense(3, Activation.tanh()).dropout(0.2).dense(1, Activation.sigmoid()).seed(3).build();
    }

    private static byte[] good() throws IOException {
        Path p = path("good.json");
        NetFile.save(net(), p);
        return Files.readAllBytes(p);
    }

    private static Path text(String name, String content) throws IOException {
        return Files.writeString(path(name), content);
    }

    /** The good file with a text edit (the checksum not recomputed). */
    private static Path edited(String name, UnaryOperator<String> edit) throws IOException {
        return text(name, edit.apply(new String(good(), StandardCharsets.UTF_8)));
    }

    /** The good file's JSON edited, the checksum recomputed. */
    private static Path crafted(String name, Consumer<ObjectNode> edit) throws IOException {
        return CraftedNetFile.write(path(name), good(), edit);
    }

    private static ObjectNode tensor(ObjectNode root, int i) { return CraftedNetFile.tensor(root, i); }

    private static ObjectNode layer(ObjectNode root, String type) {
        for (var l : root.get("layers")) {
            if (l.get("type").asText().equals(type)) {
                return (ObjectNode) l;
            }
        }
        throw new AssertionError("no " + type + " layer");
    }

    private static String history() throws IOException {
        Path p = path("good.csv");
        Map<String, Double> m = Map.of("accuracy", 0.5);
        HistoryFile.save(new History(List.of(new EpochLog(1, 0.7, 0.8, m, 0.1), new EpochLog(2, 0.6, 0.7, m, 0.1)),
                false, false), p);
        return Files.readString(p);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        Class<NetFileException> bad = NetFileException.class;
        Class<HistoryFileException> badHistory = HistoryFileException.class;
        Class<IllegalArgumentException> arg = IllegalArgumentException.class;

        // where the file is
        c.add(Case.of("file: load a missing file", bad, () -> NetFile.load(path("absent.json")), "absent.json",
                "does not exist", "NetFile.save"));
        c.add(Case.of("file: load from a missing folder", bad, () -> NetFile.load(DIR.resolve("no/such/net.json")),
                "no/such/net.json", "its folder", "does not exist either"));
        c.add(Case.of("file: load a folder", bad, () -> NetFile.load(DIR), DIR + " is a folder", "e.g."));
        c.add(Case.of("file: load a device", bad, () -> NetFile.load(Path.of("/dev/null")), "/dev/null",
                "not a regular file"));
        c.add(Case.of("file: load a null path", arg, () -> NetFile.load((Path) null), "file=null", "e.g."));
        c.add(Case.of("file: load a null name", arg, () -> NetFile.load((String) null), "file=null", "e.g."));

        // not a net file
        c.add(Case.of("file: load an empty file", bad, () -> NetFile.load(text("empty.json", "")), "empty.json",
                "not an nnlab net file", "NetFile.save"));
        c.add(Case.of("file: load a CSV", bad, () -> NetFile.load(text("data.csv", "x,y\n1,2\n")), "data.csv",
                "not an nnlab net file", "not valid JSON"));
        c.add(Case.of("file: load other JSON", bad, () -> NetFile.load(text("other.json", "{\"hello\": 1}")),
                "not an nnlab net file", "Received: the field 'hello'"));
        c.add(Case.of("file: load a JSON list", bad, () -> NetFile.load(text("list.json", "[1, 2]")),
                "not an nnlab net file", "Received: […]"));
        c.add(Case.of("file: load a history as a net", bad, () -> NetFile.load(text("h.csv", history())),
                "h.csv", "not an nnlab net file"));
        c.add(Case.of("file: another format name", bad, () -> NetFile.load(text("f.json",
                "{\"format\": \"nnlab-history\", \"version\": 1}")), "not an nnlab net file", "\"nnlab-history\""));
        c.add(Case.of("file: a newer version", bad, () -> NetFile.load(edited("v2.json",
                s -> s.replace("\"version\" : 1", "\"version\" : 2"))), "format version 2", "reads version 1",
                "save the net again"));
        c.add(Case.of("file: the version as text", bad, () -> NetFile.load(edited("v1s.json",
                s -> s.replace("\"version\" : 1", "\"version\" : \"1\""))), "format version \"1\""));

        // damaged
        c.add(Case.of("file: cut in half", bad, () -> NetFile.load(edited("half.json", s -> s.substring(0, s.length() / 2))),
                "half.json", "not valid JSON", "truncated", "intact copy"));
        c.add(Case.of("file: one weight edited", bad, () -> NetFile.load(edited("w.json", s -> {
            int at = s.indexOf("\"data\" : \"") + 12;
            return s.substring(0, at) + (s.charAt(at) == 'A' ? 'B' : 'A') + s.substring(at + 1);
        })), "w.json fails its checksum", "Nothing was loaded"));
        c.add(Case.of("file: bytes appended", bad, () -> NetFile.load(edited("tail.json", s -> s + "xyz")),
                "tail.json has bytes after the end of the net", "from byte", "Delete"));
        c.add(Case.of("file: a second net appended", bad, () -> NetFile.load(edited("twice.json", s -> s + s)),
                "twice.json has bytes after the end of the net"));
        c.add(Case.of("file: a field after the checksum", bad, () -> NetFile.load(edited("after.json",
                s -> s.substring(0, s.lastIndexOf('}')) + ", \"extra\" : 1}")), "field 'checksum'", "the field 'extra'",
                "last field"));
        c.add(Case.of("file: no checksum", bad, () -> NetFile.load(CraftedNetFile.write(path("nosum.json"), good(),
                root -> { }, false)), "field 'checksum'", "found the end of the object"));

        // fields of the root
        c.add(Case.of("file: a seed that is text", bad, () -> NetFile.load(crafted("seed.json",
                root -> root.put("seed", "abc"))), "seed.json, field 'seed'", "whole number", "Received: seed=\"abc\""));
        c.add(Case.of("file: a fractional seed", bad, () -> NetFile.load(crafted("seedf.json",
                root -> root.put("seed", 4.5))), "field 'seed'", "seed=4.5"));
        c.add(Case.of("file: a seed beyond a long", bad, () -> NetFile.load(edited("seedbig.json",
                s -> s.replace("\"seed\" : 3", "\"seed\" : 99999999999999999999"))), "field 'seed'",
                "seed=99999999999999999999"));
        c.add(Case.of("file: no seed", bad, () -> NetFile.load(crafted("noseed.json", root -> root.remove("seed"))),
                "field 'seed'", "expected the field 'seed' but found the field 'init'", "in this order"));
        c.add(Case.of("file: an initializer that is a number", bad, () -> NetFile.load(crafted("init.json",
                root -> root.put("init", 7))), "field 'init'", "init=7"));
        c.add(Case.of("file: no layers", bad, () -> NetFile.load(crafted("nolayers.json", root -> root.remove("layers"))),
                "expected the field 'layers'", "found the field 'tensors'"));
        c.add(Case.of("file: layers that are not a list", bad, () -> NetFile.load(crafted("layerobj.json",
                root -> root.putObject("layers"))), "field 'layers'", "must be a list", "Received: {…}"));
        c.add(Case.of("file: no tensors", bad, () -> NetFile.load(crafted("notensors.json", root -> root.remove("tensors"))),
                "expected the field 'tensors'"));

        // layers
        c.add(Case.of("file: an unknown layer type", bad, () -> NetFile.load(crafted("conv.json",
                root -> layer(root, "Dense").put("type", "Conv2D"))), "layers[0] 'dense1'", "Unknown layer type 'Conv2D'",
                "save the net again"));
        c.add(Case.of("file: a layer without its units", bad, () -> NetFile.load(crafted("nounits.json",
                root -> layer(root, "Dense").remove("units"))), "layers[0] 'dense1'", "lacks the field 'units'"));
        c.add(Case.of("file: a layer size that is text", bad, () -> NetFile.load(crafted("three.json",
                root -> layer(root, "Dense").put("units", "three"))), "layers[0] 'dense1'", "'units' must be an integer",
                "three"));
        c.add(Case.of("file: a negative layer size", bad, () -> NetFile.load(crafted("neg.json",
                root -> layer(root, "Dense").put("inputs", -2))), "layers[0] 'dense1'", "inputs=-2"));
        c.add(Case.of("file: a dropout seed that is text", bad, () -> NetFile.load(crafted("dseed.json",
                root -> layer(root, "Dropout").put("seed", "x"))), "'dropout1'", "nnlab cannot build this layer"));
        c.add(Case.of("file: layers that do not chain", bad, () -> NetFile.load(crafted("chain.json",
                root -> layer(root, "Tanh").put("size", 4))), "field 'layers'", "do not make a net", "outputs 3"));
        c.add(Case.of("file: a layer that disagrees with its tensors", bad, () -> NetFile.load(crafted("units.json",
                root -> layer(root, "Dense").put("units", 4))), "tensors[0] 'dense1.W'", "it is 2 × 3",
                "'dense1.W' 2 × 4"));
        c.add(Case.of("file: a layer far larger than the tensors", bad, () -> NetFile.load(crafted("hugelayer.json",
                root -> layer(root, "Dense").put("inputs", 50_000).put("units", 50_000))), "layers[0] 'dense1'",
                "more than the file's tensors hold", "nothing was allocated"));

        // tensors
        c.add(Case.of("file: a huge declared shape", bad, () -> NetFile.load(crafted("hugeshape.json",
                root -> tensor(root, 0).put("rows", 1_000_000).put("cols", 1_000_000))), "tensors[0] 'dense1.W'",
                "1000000 × 1000000", "nothing was allocated"));
        c.add(Case.of("file: NaN as a declared size", bad, () -> NetFile.load(edited("nan.json",
                s -> s.replaceFirst("\"rows\" : 2", "\"rows\" : NaN"))), "not valid JSON",
                "tensors[0] 'dense1.W', field 'rows'"));
        c.add(Case.of("file: a negative declared size", bad, () -> NetFile.load(crafted("negrows.json",
                root -> tensor(root, 1).put("rows", -1))), "tensors[1] 'dense1.b', field 'rows'", "rows=-1", "e.g."));
        c.add(Case.of("file: a declared size beyond an int", bad, () -> NetFile.load(crafted("bigrows.json",
                root -> tensor(root, 0).put("rows", 10_000_000_000L))), "field 'rows'", "rows=10000000000"));
        c.add(Case.of("file: a declared size that is fractional", bad, () -> NetFile.load(crafted("fracrows.json",
                root -> tensor(root, 0).put("rows", 2.5))), "field 'rows'", "rows=2.5"));
        c.add(Case.of("file: a shape that disagrees with the layer", bad, () -> NetFile.load(crafted("swap.json",
                root -> tensor(root, 0).put("rows", 3).put("cols", 2))), "tensors[0] 'dense1.W'", "3 × 2",
                "'dense1.W' 2 × 3"));
        c.add(Case.of("file: a renamed tensor", bad, () -> NetFile.load(crafted("renamed.json",
                root -> tensor(root, 2).put("name", "dense2.V"))), "tensors[2] 'dense2.V'", "'dense2.W' 3 × 1"));
        c.add(Case.of("file: a tensor missing", bad, () -> NetFile.load(crafted("fewer.json",
                root -> ((ArrayNode) root.get("tensors")).remove(3))), "field 'tensors'", "tensors[3] 'dense2.b' 1 × 1 is missing"));
        c.add(Case.of("file: an extra tensor", bad, () -> NetFile.load(crafted("more.json",
                root -> ((ArrayNode) root.get("tensors")).add(tensor(root, 3).deepCopy()))), "tensors[4] 'dense2.b'",
                "so nothing there"));
        c.add(Case.of("file: data that is not base64", bad, () -> NetFile.load(crafted("b64.json",
                root -> tensor(root, 1).put("data", "*not base64*"))), "tensors[1] 'dense1.b', field 'data'", "not base64"));
        c.add(Case.of("file: data shorter than its shape", bad, () -> NetFile.load(crafted("shortdata.json",
                root -> tensor(root, 0).put("rows", 1).put("cols", 12))), "tensors[0] 'dense1.W', field 'data'",
                "holds 48 bytes", "needs 96"));
        c.add(Case.of("file: data longer than its shape", bad, () -> NetFile.load(crafted("longdata.json",
                root -> tensor(root, 0).put("rows", 1))), "tensors[0] 'dense1.W', field 'data'", "needs 24"));
        c.add(Case.of("file: frozen that is text", bad, () -> NetFile.load(crafted("frozen.json",
                root -> tensor(root, 0).put("frozen", "yes"))), "field 'frozen'", "frozen=\"yes\""));
        c.add(Case.of("file: tensor fields out of order", bad, () -> NetFile.load(crafted("order.json", root -> {
            ObjectNode t = tensor(root, 0);
            var rows = t.remove("rows");
            t.set("rows", rows);
        })), "tensors[0] 'dense1.W', field 'rows'", "found the field 'cols'", "name, rows, cols, frozen, data"));

        // saving
        c.add(Case.of("file: save to a folder", bad, () -> NetFile.save(net(), DIR), DIR + ": it is a folder", "e.g."));
        c.add(Case.of("file: save to the root folder", bad, () -> NetFile.save(net(), Path.of("/")), "Cannot save to /",
                "root folder", "e.g."));
        c.add(Case.of("file: save under a file", bad, () -> NetFile.save(net(), text("plain.txt", "x").resolve("n.json")),
                "plain.txt is a file, not a folder"));
        c.add(Case.of("file: save with a 300-byte name", bad, () -> NetFile.save(net(), DIR.resolve("n".repeat(300))),
                "300 bytes long", "allow 255", "shorten it"));
        c.add(Case.of("file: save a null net", arg, () -> NetFile.save(null, path("x.json")), "net=null", "e.g."));
        c.add(Case.of("file: save to a null path", arg, () -> NetFile.save(net(), (Path) null), "file=null"));
        c.add(Case.of("file: save a layer the loader cannot build", arg, () -> NetFile.save(Net.of(List.of(
                new Dense("dense1", 2, 2), CraftedNetFile.unsaveableLayer()), 1, null), path("mine.json")), "Layer 'mine1'",
                "cannot be saved", "Unknown layer type 'Mine'"));

        // history files
        c.add(Case.of("history: load a missing file", badHistory, () -> HistoryFile.load(path("absent.csv")),
                "absent.csv does not exist", "HistoryFile.save"));
        c.add(Case.of("history: load from a missing folder", badHistory, () -> HistoryFile.load(DIR.resolve("no/run.csv")),
                "does not exist either"));
        c.add(Case.of("history: load a folder", badHistory, () -> HistoryFile.load(DIR), DIR + " is a folder",
                "run.csv"));
        c.add(Case.of("history: load a null path", arg, () -> HistoryFile.load((Path) null), "file=null"));
        c.add(Case.of("history: load a net file", badHistory, () -> HistoryFile.load(text("net.csv",
                new String(good(), StandardCharsets.UTF_8))), "line 1: this is not an nnlab history file"));
        c.add(Case.of("history: cut in a row", badHistory, () -> HistoryFile.load(text("cut.csv",
                history().substring(0, history().length() - 3))), "cut.csv, line 4", "truncated"));
        c.add(Case.of("history: rows missing at the end", badHistory, () -> HistoryFile.load(text("rows.csv",
                history().substring(0, history().lastIndexOf('\n', history().length() - 2) + 1))),
                "\"epochs\": 2, but the file has 1 rows", "truncated"));
        c.add(Case.of("history: an epoch count that is text", badHistory, () -> HistoryFile.load(text("ep.csv",
                history().replace("\"epochs\":2", "\"epochs\":\"two\""))), "\"epochs\": \"two\""));
        c.add(Case.of("history: a line appended", badHistory, () -> HistoryFile.load(text("junk.csv",
                history() + "garbage\n")), "junk.csv, line 5", "Received: 'garbage'"));
        c.add(Case.of("history: bytes after line 1's JSON", badHistory, () -> HistoryFile.load(text("meta.csv",
                history().replaceFirst("}", "} trailing"))), "line 1", "not an nnlab history file"));
        c.add(Case.of("history: not UTF-8", badHistory, () -> HistoryFile.load(Files.write(path("latin.csv"),
                history().replace("NaN", "\u00e9").getBytes(StandardCharsets.ISO_8859_1))), "latin.csv", "not UTF-8"));
        c.add(Case.of("history: a newer version", badHistory, () -> HistoryFile.load(text("v2.csv",
                history().replace("\"version\":1", "\"version\":2"))), "format version 2", "reads version 1"));
        c.add(Case.of("history: save to a folder", badHistory, () -> HistoryFile.save(new History(List.of(), false,
                false), DIR), "it is a folder", "e.g. " + DIR.resolve("run.csv")));
        c.add(Case.of("history: save under a file", badHistory, () -> HistoryFile.save(new History(List.of(), false,
                false), text("plain2.txt", "x").resolve("run.csv")), "plain2.txt is a file, not a folder"));
        c.add(Case.of("history: save a null history", arg, () -> HistoryFile.save(null, path("n.csv")), "history=null"));
        c.add(Case.of("history: a metric named with a comma", arg, () -> HistoryFile.save(new History(List.of(
                new EpochLog(1, 0.7, 0.8, Map.of("a,b", 0.5), 0.1)), false, false), path("comma.csv")), "'a,b'",
                "without commas"));
        return c;
    }
}
