package nnlab.io;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * One streaming pass over a net file ({@link NetFile} documents the format). The fields are read
 * in the order {@link NetFile#save} writes them, each checked as it arrives; tensor data is
 * decoded from base64 straight into a {@code double[]} (or only counted), never held as text.
 * Memory use is a few buffers plus the layer descriptions, whatever the file's size. Every
 * failure is a {@link NetFileException} naming the file, the field and the fix.
 */
final class NetFileReader {

    /** A tensor as the file declares it. */
    record Tensor(String name, int rows, int cols, boolean frozen) {
        long size() { return (long) rows * cols; }
    }

    /** What one pass found; the checksum has been verified. */
    record Contents(long seed, String init, List<Map<String, Object>> layers, List<Tensor> tensors) {}

    private static final String FIELDS = "format, version, seed, init, layers, tensors, checksum";

    private final Path file;
    private final long size;
    private final JsonParser p;
    private final Checksum sum;
    /** The element being read, for messages: "" (the root), "layers[2]", "tensors[3] 'dense2.W'". */
    private String element = "";
    /** The field being read, null before the first one. */
    private String field;
    private boolean isNetFile;

    private NetFileReader(Path file, long size, JsonParser p, Checksum sum) {
        this.file = file;
        this.size = size;
        this.p = p;
        this.sum = sum;
    }

    /**
     * Reads {@code file} once, checking everything including the checksum.
     *
     * @param size    the file's size in bytes (the bound for declared tensor shapes)
     * @param targets null to only check; else one matrix per tensor, of the declared shapes,
     *                whose data is overwritten (Modified.)
     */
    static Contents read(Path file, long size, List<DMatrixRMaj> targets) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = NetFile.JSON.createParser(in);
             Checksum sum = new Checksum(NetFile.JSON)) {
            NetFileReader r = new NetFileReader(file, size, p, sum);
            try {
                return r.root(targets);
            } catch (JsonProcessingException e) {
                throw r.notJson(e);
            }
        } catch (AccessDeniedException e) {
            throw new NetFileException(file + " cannot be read: no permission. Change its permissions (chmod u+r).", e);
        } catch (NetFileException e) {
            throw e;
        } catch (IOException e) {
            throw new NetFileException(file + " could not be read (" + e.getMessage() + "). Check the disk or the"
                    + " device, or copy the file somewhere else and load the copy.", e);
        }
    }

    private Contents root(List<DMatrixRMaj> targets) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notOurs();
        }
        sum.json().writeStartObject();
        if (p.nextToken() != JsonToken.FIELD_NAME || !"format".equals(p.currentName())) {
            throw notOurs();
        }
        field = "format";
        if (p.nextToken() != JsonToken.VALUE_STRING || !NetFile.FORMAT.equals(p.getText())) {
            throw notOurs();
        }
        isNetFile = true;
        sum.json().writeStringField("format", NetFile.FORMAT);
        field("version");
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() != NetFile.VERSION) {
            throw new NetFileException(file + " has format version " + text() + "; this nnlab reads version "
                    + NetFile.VERSION + ". Load it with the nnlab that wrote it, or save the net again.");
        }
        sum.json().writeNumberField("version", NetFile.VERSION);
        field("seed");
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw fail("the seed must be a whole number (the seed the net was built with), e.g. \"seed\" : 42. The file"
                    + " was edited; restore it or save the net again. Received: seed=" + text());
        }
        long seed = p.getLongValue();
        sum.json().writeNumberField("seed", seed);
        field("init");
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NULL) {
            throw fail("the initializer's name must be a string, e.g. \"init\" : \"HeNormal\", or null. Received: init="
                    + text());
        }
        String init = t == JsonToken.VALUE_NULL ? null : p.getText();
        sum.json().writeFieldName("init");
        sum.json().copyCurrentEvent(p);
        List<Map<String, Object>> layers = layers();
        List<Tensor> tensors = tensors(targets);
        field("checksum");
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw fail("the checksum must be a string \"sha256:<hex>\". Received: checksum=" + text());
        }
        String stored = p.getText();
        if (p.nextToken() != JsonToken.END_OBJECT) {
            throw fail(found() + " after the checksum, which must be the last field (" + FIELDS + "). The file was"
                    + " edited; save the net again.");
        }
        long end = p.currentLocation().getByteOffset();
        if (!trailingIsEmpty()) {
            throw new NetFileException(file + " has bytes after the end of the net (from byte " + end + " of " + size
                    + "): something was appended to it. Delete everything after the closing '}' of the net, or save the"
                    + " net again.");
        }
        String actual = sum.finish();
        if (!actual.equals(stored)) {
            throw new NetFileException(file + " fails its checksum (stored " + stored + ", computed " + actual
                    + "): the file was truncated or edited. Nothing was loaded; use an intact copy or save the net again.");
        }
        return new Contents(seed, init, layers, tensors);
    }

    private List<Map<String, Object>> layers() throws IOException {
        field("layers");
        start(JsonToken.START_ARRAY, "the layers must be a list [ {\"type\" : \"Dense\", …}, … ]");
        sum.json().writeFieldName("layers");
        sum.json().writeStartArray();
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            element = "layers[" + i + "]";
            field = null;
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                throw fail("a layer must be an object {\"type\" : …, \"name\" : …, …}. Received: " + text());
            }
            JsonNode layer = NetFile.JSON.readTree(p);
            NetFile.JSON.writeTree(sum.json(), layer);
            @SuppressWarnings("unchecked")
            Map<String, Object> config = NetFile.JSON.convertValue(layer, Map.class);
            layers.add(config);
        }
        sum.json().writeEndArray();
        element = "";
        field = "layers";
        return layers;
    }

    private List<Tensor> tensors(List<DMatrixRMaj> targets) throws IOException {
        field("tensors");
        start(JsonToken.START_ARRAY, "the tensors must be a list [ {\"name\" : \"dense1.W\", …}, … ]");
        sum.json().writeFieldName("tensors");
        sum.json().writeStartArray();
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            element = "tensors[" + i + "]";
            field = null;
            if (targets != null && i >= targets.size()) {
                throw fail("there are more tensors than the first reading found: the file changed while it was read."
                        + " Load it again.");
            }
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                throw fail("a tensor must be an object {\"name\" : …, \"rows\" : …, …}. Received: " + text());
            }
            sum.json().writeStartObject();
            field("name");
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw fail("a tensor's name must be a string such as \"dense1.W\". Received: name=" + text());
            }
            String name = p.getText();
            sum.json().writeStringField("name", name);
            element = "tensors[" + i + "] '" + NetFile.abbreviate(name) + "'";
            int rows = count("rows");
            int cols = count("cols");
            long n = (long) rows * cols;
            if (NetFile.textBytes(n) > size) {
                throw fail("it declares " + rows + " × " + cols + " = " + n + " values, which take "
                        + NetFile.megabytes((long) Math.min(Long.MAX_VALUE, NetFile.textBytes(n))) + " as text, but the whole file is "
                        + NetFile.megabytes(size) + ". The file was edited or truncated; nothing was allocated."
                        + " Use an intact copy or save the net again.");
            }
            field("frozen");
            JsonToken b = p.nextToken();
            if (b == null || !b.isBoolean()) {
                throw fail("'frozen' must be true or false. Received: frozen=" + text());
            }
            boolean frozen = p.getBooleanValue();
            sum.json().writeBooleanField("frozen", frozen);
            data(n, rows, cols, targets == null ? null : targets.get(i));
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw fail(found() + " after 'data', the last field of a tensor. The file was edited; save the net again.");
            }
            sum.json().writeEndObject();
            tensors.add(new Tensor(name, rows, cols, frozen));
        }
        sum.json().writeEndArray();
        element = "";
        field = "tensors";
        return tensors;
    }

    private void data(long n, int rows, int cols, DMatrixRMaj target) throws IOException {
        if (target != null && target.getNumElements() != n) {
            throw fail("its shape differs from the first reading: the file changed while it was read. Load it again.");
        }
        field("data");
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw fail("'data' must be a base64 string of the doubles. Received: data=" + text());
        }
        sum.json().writeFieldName("data");
        OutputStream digest = sum.beginData();
        DoubleBytes.Sink sink = new DoubleBytes.Sink(target == null ? null : target.data, n, digest);
        try {
            p.readBinaryValue(sink);
        } catch (DoubleBytes.TooLong e) {
            throw wrongLength("at least " + e.atLeast, rows, cols, n);
        } catch (IllegalArgumentException e) {
            throw fail("'data' is not base64 (" + e.getMessage() + "). The file was edited or damaged; use an intact"
                    + " copy or save the net again.");
        }
        sum.endData(digest);
        if (sink.count() != 8 * n) {
            throw wrongLength(String.valueOf(sink.count()), rows, cols, n);
        }
    }

    private NetFileException wrongLength(String bytes, int rows, int cols, long n) {
        return fail("the data holds " + bytes + " bytes, but rows × cols = " + rows + " × " + cols + " needs " + 8 * n
                + " (8 per double). The file was edited; use an intact copy or save the net again.");
    }

    /** Reads a non-negative int field (a row or column count). */
    private int count(String name) throws IOException {
        field(name);
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0) {
            throw fail("'" + name + "' must be a whole number from 0 to " + Integer.MAX_VALUE + ", e.g. \"" + name
                    + "\" : 16. The file was edited; save the net again. Received: " + name + "=" + text());
        }
        int v = p.getIntValue();
        sum.json().writeNumberField(name, v);
        return v;
    }

    /** The next token must be the field {@code name}, in the order NetFile writes the fields. */
    private void field(String name) throws IOException {
        field = name; // before nextToken, which may already read the value after the name
        JsonToken t = p.nextToken();
        if (t != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw fail("expected the field '" + name + "' but found " + found() + ". NetFile.save writes the fields "
                    + (element.startsWith("tensors[") ? "name, rows, cols, frozen, data" : FIELDS)
                    + " in this order; the file was edited. Restore the field or save the net again.");
        }
    }

    /** Where the reader is: "field 'seed'", "tensors[3] 'dense2.W', field 'rows'", "its first bytes". */
    private String where() {
        if (field == null) {
            return element.isEmpty() ? "its first bytes" : element;
        }
        return element.isEmpty() ? "field '" + field + "'" : element + ", field '" + field + "'";
    }

    private void start(JsonToken expected, String what) throws IOException {
        if (p.nextToken() != expected) {
            throw fail(what + ". Received: " + text());
        }
    }

    /** True when nothing but white space follows the root object. */
    private boolean trailingIsEmpty() {
        try {
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private NetFileException notOurs() {
        return new NetFileException(file + " is not an nnlab net file: it does not start with {\"format\" : \""
                + NetFile.FORMAT + "\", …}. Give the path of a file written by NetFile.save. Received: " + found()
                + " in " + where() + ".");
    }

    private NetFileException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        if (!isNetFile) {
            return new NetFileException(file + " is not an nnlab net file: it is not valid JSON (" + e.getOriginalMessage()
                    + ", at byte " + at.getByteOffset() + "). Give the path of a file written by NetFile.save.", e);
        }
        if (e instanceof JsonEOFException) {
            return new NetFileException(file + " is not valid JSON: it ends at byte " + size + " inside " + where()
                    + ", so the file was truncated (an interrupted save, copy or download). Use an intact copy or save"
                    + " the net again.", e);
        }
        return new NetFileException(file + " is not valid JSON at line " + at.getLineNr() + ", column "
                + at.getColumnNr() + " (byte " + at.getByteOffset() + "), in " + where() + ": " + e.getOriginalMessage()
                + ". The file was truncated or edited; use an intact copy or save the net again.", e);
    }

    private NetFileException fail(String message) {
        return new NetFileException(file + ", " + where() + ": " + message);
    }

    /** The current token, for a message. */
    private String found() {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case FIELD_NAME -> "the field '" + NetFile.abbreviate(safeText()) + "'";
            case END_OBJECT -> "the end of the object";
            default -> text();
        };
    }

    private String text() {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "{…}";
            case START_ARRAY -> "[…]";
            case END_OBJECT -> "}";
            case END_ARRAY -> "]";
            case VALUE_STRING -> "\"" + NetFile.abbreviate(safeText()) + "\"";
            default -> NetFile.abbreviate(safeText());
        };
    }

    private String safeText() {
        try {
            return p.getText();
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}
