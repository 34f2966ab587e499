package nnlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a data set shipped in the jar under {@code /nnlab/data/}, in the layout that
 * tools/data/convert_sklearn.py writes: comment lines starting with '#' (one of them
 * {@code # classes: a,b,c} for a classification set), a header of feature names and the target's
 * name, then one example per line, the target last (a class number for classification).
 */
final class ShippedCsv {

    static final String FOLDER = "/nnlab/data/";
    private static final String CLASSES = "# classes: ";

    private ShippedCsv() {}

    /** Reads {@code resource} (a file name in {@link #FOLDER}) into a named dataset. */
    static Dataset read(String resource) {
        List<String> classNames = List.of();
        List<String> header = null;
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = open(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(CLASSES)) {
                    classNames = List.of(line.substring(CLASSES.length()).split(","));
                } else if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                } else if (header == null) {
                    header = List.of(line.split(","));
                } else {
                    rows.add(parse(resource, line, header.size(), rows.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the shipped data set " + resource, e);
        }
        int d = header.size() - 1;
        DMatrixRMaj x = new DMatrixRMaj(rows.size(), d);
        double[] target = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x.data, i * d, d);
            target[i] = rows.get(i)[d];
        }
        List<String> features = header.subList(0, d);
        if (classNames.isEmpty()) {
            return new Dataset(x, new DMatrixRMaj(target.length, 1, true, target)).withNames(features, List.of());
        }
        int[] labels = Arrays.stream(target).mapToInt(t -> (int) t).toArray();
        return Dataset.classification(x, labels, classNames.size()).withNames(features, classNames);
    }

    /** The resource's bytes as shipped (gzipped or not). */
    static InputStream raw(String resource) {
        InputStream in = ShippedCsv.class.getResourceAsStream(FOLDER + resource);
        if (in == null) {
            throw new IllegalStateException("The shipped data set " + FOLDER + resource + " is not on the classpath;"
                    + " rebuild the jar (mvn package) or regenerate it with tools/data/convert_sklearn.py.");
        }
        return in;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = raw(resource);
        return resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static double[] parse(String resource, String line, int columns, int row) {
        String[] cells = line.split(",");
        if (cells.length != columns) {
            throw new IllegalStateException(resource + " row " + row + " has " + cells.length + " values, the header "
                    + columns + ".");
        }
        double[] v = new double[columns];
        for (int j = 0; j < columns; j++) {
            v[j] = Double.parseDouble(cells[j]);
        }
        return v;
    }
}
