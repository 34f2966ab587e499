package nnlab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnlab.train.EpochLog;
import nnlab.train.History;

/**
 * Saves and loads a training {@link History} as a CSV file, so today's run can be compared with
 * last week's:
 * <pre>{@code
 *   HistoryFile.save(history, "runs/adam.csv");
 *   History lastWeek = HistoryFile.load("runs/adam.csv");
 *   Plot.compare(Map.of("last week", lastWeek, "today", history), "val_loss")
 * }</pre>
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * # {"format":"nnlab-history","version":1,"interrupted":false,"stopped":true,"metrics":["accuracy","val_accuracy"],"epochs":50}
 * epoch,loss,data_loss,penalty,val_loss,learning_rate,clipped_fraction,accuracy,val_accuracy,seconds
 * 1,0.6931471805599453,0.6931471805599453,0.0,0.7013,0.01,NaN,0.5,0.48,0.012
 * 2,...
 * </pre>
 * Line 1 is a comment holding a small JSON object: the format and its version, how the run
 * ended ({@link History#interrupted()}, {@link History#stopped()}), the names of the
 * recorded metrics and the number of epoch rows (optional: files written before it was added
 * load without it). Line 2 is the header: {@code epoch}, the quantities under the names
 * {@link History#column(String)} takes, one column per metric (validation metrics with their
 * {@code val_} prefix), {@code seconds}. Then one row per completed epoch. Numbers are written
 * with {@link Double#toString(double)}, which reads back to the identical double, so a loaded
 * history is bit for bit the saved one; {@code NaN} marks a value the run did not have (no
 * validation data, no clipping). A metric an epoch did not record is saved as NaN and loads as
 * NaN. The file opens in a spreadsheet or in pandas ({@code read_csv(f, comment="#")}).
 *
 * <p>{@link #save} writes a temporary file and renames it over the target, so a crash never
 * leaves a half-written file; a problem with the target path (a folder, a file in place of a
 * folder, no permission, a name too long) is a {@link HistoryFileException} naming it.
 * {@link #load} reads the whole file before it returns, line by line (a line over 2<sup>20</sup>
 * characters is refused when reached, so a large file of something else is not read into
 * memory); a last line without its line break, or fewer rows than line 1's {@code "epochs"}, is
 * a truncated file. Every problem is a {@link HistoryFileException} naming the file, the line
 * and the fix.
 */
public final class HistoryFile {

    /** The format version this class writes. */
    public static final int VERSION = 1;
    private static final String FORMAT = "nnlab-history";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The columns every history has, in file order; the metrics go between these and {@code seconds}. */
    private static final List<String> FIXED = List.of("epoch", "loss", "data_loss", "penalty", "val_loss",
            "learning_rate", "clipped_fraction");
    private static final String SECONDS = "seconds";
    /** Longer lines are refused while reading, so a huge non-history file is not read into memory. */
    private static final int MAX_LINE = 1 << 20;

    private HistoryFile() {}

    /** As {@link #save(History, Path)}, with the file named by a string such as {@code "runs/adam.csv"}. */
    public static void save(History history, String file) throws IOException {
        save(history, file == null ? null : Path.of(file));
    }

    /**
     * Writes {@code history} to {@code file} atomically, replacing any existing file and
     * creating missing folders.
     *
     * @param history the run to save; Not modified.
     * @throws HistoryFileException     naming the path, if it cannot be written (a folder, a file in
     *                                  place of a folder, no permission, a name too long)
     * @throws IllegalArgumentException if {@code history} or {@code file} is null, or a metric's
     *                                  name cannot be a CSV column (a comma, a quote or a line
     *                                  break in it) or repeats a fixed column
     */
    public static void save(History history, Path file) throws IOException {
        if (history == null || file == null) {
            throw new IllegalArgumentException("HistoryFile.save needs a history and a file, e.g. HistoryFile.save("
                    + "history, \"runs/adam.csv\"). Received: history=" + (history == null ? "null" : "a history")
                    + ", file=" + file);
        }
        List<String> metrics = new ArrayList<>(history.metricNames());
        for (String m : metrics) {
            if (m.isEmpty() || m.matches(".*[,\"\r\n].*") || FIXED.contains(m) || m.equals(SECONDS)) {
                throw new IllegalArgumentException("A metric named '" + m + "' cannot be a column of a history file:"
                        + " give the metric a name without commas, quotes or line breaks that is not one of "
                        + FIXED + " or seconds.");
            }
        }
        ObjectNode meta = JSON.createObjectNode();
        meta.put("format", FORMAT);
        meta.put("version", VERSION);
        meta.put("interrupted", history.interrupted());
        meta.put("stopped", history.stopped());
        metrics.forEach(meta.putArray("metrics")::add);
        meta.put("epochs", history.size());
        StringBuilder b = new StringBuilder("# ").append(JSON.writeValueAsString(meta)).append('\n');
        b.append(String.join(",", FIXED));
        metrics.forEach(m -> b.append(',').append(m));
        b.append(',').append(SECONDS).append('\n');
        for (EpochLog e : history.epochs()) {
            b.append(e.epoch());
            for (String c : FIXED.subList(1, FIXED.size())) {
                b.append(',').append(e.value(c));
            }
            metrics.forEach(m -> b.append(',').append(e.metric(m)));
            b.append(',').append(e.seconds()).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, "run.csv", out -> out.write(bytes), HistoryFileException::new);
    }

    /** As {@link #load(Path)}, with the file named by a string such as {@code "runs/adam.csv"}. */
    public static History load(String file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("HistoryFile.load needs a file name, e.g. HistoryFile.load(\"runs/adam.csv\")."
                    + " Received: file=null");
        }
        return load(Path.of(file));
    }

    /**
     * Reads a history written by {@link #save}.
     *
     * @return the saved run: the same epochs, values, metrics and flags
     * @throws IllegalArgumentException if {@code file} is null
     * @throws HistoryFileException     when the file does not exist, is a folder or unreadable, was
     *                                  truncated, is not an nnlab history file of a known version,
     *                                  has an unknown or missing column, or a row that is not one
     *                                  number per column
     */
    public static History load(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("HistoryFile.load needs a file, e.g. HistoryFile.load(Path.of(\"run.csv\"))."
                    + " Received: file=null");
        }
        AtomicFile.checkReadable(file, "history file", "run.csv", "HistoryFile.save(history, \"" + file + "\")",
                HistoryFileException::new);
        List<String> lines = new ArrayList<>();
        boolean cut = !lines(file, lines);
        JsonNode meta = meta(file, lines);
        List<String> metrics = new ArrayList<>();
        meta.path("metrics").forEach(m -> metrics.add(m.asText()));
        Map<String, Integer> at = header(file, lines, metrics);
        List<EpochLog> epochs = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                epochs.add(row(file, i + 1, lines.get(i), at, metrics));
            }
        }
        if (cut) {
            throw new HistoryFileException(file + ", line " + lines.size() + ": the last line does not end with a line"
                    + " break, so the file was truncated (HistoryFile.save ends every line with one). Use an intact copy;"
                    + " if you edited the file, end it with a line break. Received: '"
                    + abbreviate(lines.get(lines.size() - 1)) + "'");
        }
        JsonNode declared = meta.get("epochs");
        if (declared != null && (!declared.canConvertToExactIntegral() || declared.asLong() != epochs.size())) {
            throw new HistoryFileException(file + ": line 1 says \"epochs\": " + declared + ", but the file has "
                    + epochs.size() + " rows. The file was truncated or rows were removed; use an intact copy, or if"
                    + " you removed rows on purpose, set \"epochs\" to " + epochs.size() + ".");
        }
        return new History(epochs, meta.get("interrupted").asBoolean(), meta.get("stopped").asBoolean());
    }

    /**
     * Adds the file's lines to {@code lines}, each at most {@link #MAX_LINE} characters.
     *
     * @return whether the last line ended with a line break (save ends every line with one)
     */
    private static boolean lines(Path file, List<String> lines) throws IOException {
        StringBuilder line = new StringBuilder();
        try (Reader in = new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else if (line.length() == MAX_LINE) {
                        throw new HistoryFileException(file + ", line " + (lines.size() + 1) + ": longer than " + MAX_LINE
                                + " characters, which no history file has; it is not a history file, or it was damaged."
                                + " Give the path of a file written by HistoryFile.save. Received: '"
                                + abbreviate(line.toString()) + "'");
                    } else if (buf[i] != '\r') {
                        line.append(buf[i]);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new HistoryFileException(file + " is not UTF-8 text (after line " + lines.size() + "), so it is not a"
                    + " history file, or a damaged one. Give the path of a file written by HistoryFile.save.", e);
        } catch (AccessDeniedException e) {
            throw new HistoryFileException(file + " cannot be read: no permission. Change its permissions (chmod u+r).", e);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
            return false;
        }
        return true;
    }

    /** Line 1: the JSON comment, checked. */
    private static JsonNode meta(Path file, List<String> lines) throws HistoryFileException {
        String first = lines.isEmpty() ? "" : lines.get(0);
        String notOurs = file + ", line 1: this is not an nnlab history file; HistoryFile.save starts one with"
                + " '# {\"format\":\"" + FORMAT + "\", ...}'. Received: '" + abbreviate(first) + "'";
        if (!first.startsWith("#")) {
            throw new HistoryFileException(notOurs);
        }
        JsonNode meta;
        try {
            meta = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(first.substring(1));
        } catch (JsonProcessingException e) {
            throw new HistoryFileException(notOurs, e);
        }
        if (meta == null || !FORMAT.equals(meta.path("format").asText())) {
            throw new HistoryFileException(notOurs);
        }
        if (meta.path("version").asInt(-1) != VERSION) {
            throw new HistoryFileException(file + ", line 1: format version " + meta.path("version")
                    + "; this nnlab reads version " + VERSION + ". Load it with the nnlab that wrote it.");
        }
        if (!meta.path("interrupted").isBoolean() || !meta.path("stopped").isBoolean()
                || !meta.path("metrics").isArray()) {
            throw new HistoryFileException(file + ", line 1: needs \"interrupted\": true/false, \"stopped\":"
                    + " true/false and \"metrics\": [names]. Restore them as HistoryFile.save wrote them. Received: "
                    + meta);
        }
        return meta;
    }

    /** Line 2: column name → position; every column known, every expected one present once. */
    private static Map<String, Integer> header(Path file, List<String> lines, List<String> metrics)
            throws HistoryFileException {
        List<String> expected = new ArrayList<>(FIXED);
        expected.addAll(metrics);
        expected.add(SECONDS);
        if (lines.size() < 2) {
            throw new HistoryFileException(file + " ends after line 1: line 2 must be the header " + expected
                    + ". The file was truncated; save the history again.");
        }
        Map<String, Integer> at = new HashMap<>();
        String[] names = lines.get(1).split(",", -1);
        for (int c = 0; c < names.length; c++) {
            String name = names[c].strip();
            if (!expected.contains(name)) {
                throw new HistoryFileException(file + ", line 2: unknown column '" + name + "'. A history file has "
                        + expected + " (metrics as listed in line 1's \"metrics\"); rename the column, remove it,"
                        + " or add a metric's name to line 1.");
            }
            if (at.put(name, c) != null) {
                throw new HistoryFileException(file + ", line 2: column '" + name + "' appears twice; remove one.");
            }
        }
        for (String name : expected) {
            if (!at.containsKey(name)) {
                throw new HistoryFileException(file + ", line 2: column '" + name + "' is missing (the header is "
                        + List.of(names) + ", expected " + expected + "). Restore it, with NaN where a value is unknown.");
            }
        }
        return at;
    }

    private static EpochLog row(Path file, int line, String text, Map<String, Integer> at, List<String> metrics)
            throws HistoryFileException {
        String[] cells = text.split(",", -1);
        if (cells.length != at.size()) {
            throw new HistoryFileException(file + ", line " + line + ": " + cells.length + " values, but the header has "
                    + at.size() + " columns. Write one value per column (NaN for a missing one), or delete the row."
                    + " Received: '" + abbreviate(text) + "'");
        }
        String epoch = cells[at.get("epoch")].strip();
        int n;
        try {
            n = Integer.parseInt(epoch);
        } catch (NumberFormatException e) {
            throw new HistoryFileException(file + ", line " + line + ", column 'epoch': '" + epoch
                    + "' is not a whole number. Write the epoch number 1, 2, … or delete the row.", e);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String m : metrics) {
            values.put(m, number(file, line, m, cells[at.get(m)]));
        }
        Map<String, Double> fixed = new HashMap<>();
        for (String c : FIXED.subList(1, FIXED.size())) {
            fixed.put(c, number(file, line, c, cells[at.get(c)]));
        }
        return new EpochLog(n, fixed.get("loss"), fixed.get("data_loss"), fixed.get("penalty"), fixed.get("val_loss"),
                values, fixed.get("learning_rate"), fixed.get("clipped_fraction"),
                number(file, line, SECONDS, cells[at.get(SECONDS)]));
    }

    private static double number(Path file, int line, String column, String cell) throws HistoryFileException {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw new HistoryFileException(file + ", line " + line + ", column '" + column + "': '" + cell
                    + "' is not a number. Write a number (NaN for a missing value) or delete the row.", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
