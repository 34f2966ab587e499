package nnlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layering of DESIGN.md: imports point only down the table, only the Tablesaw
 * adapter {@code tabular}, {@code plot} and {@code notebook} see Tablesaw, and no package sees a
 * kernel.
 *
 * <p>{@code tabular} is DESIGN.md's "package just above {@code data}" (Table / CSV ⇄ Dataset). It
 * sits in the table's order after {@code io} and before {@code plot} (so {@code plot} and
 * {@code notebook} may use it and nothing below them does), and, being just above {@code data},
 * it imports no nnlab package later than {@code data}: it depends on {@code data} and {@code mat}
 * only, and {@code data} stays free of Tablesaw.
 */
class ImportRulesTest {

    /** DESIGN.md's table, top to bottom: a package may import only packages listed before it. */
    static final List<String> LAYERS = List.of("mat", "init", "nn", "loss", "regularize", "optim", "data", "metrics",
            "train", "diagnose", "tune", "pretrain", "io", "tabular", "plot", "notebook");

    /** Packages that may import Tablesaw. */
    static final List<String> SEE_TABLESAW = List.of("tabular", "plot", "notebook");

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Path SRC = Path.of("src/main/java/nnlab");

    @Test
    void importsPointOnlyDownTheTable_andTablesawOnlyInTabularPlotAndNotebook() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = layerOf(SRC.relativize(f.getParent()).toString().replace('/', '.'));
                if (pkg == null) {
                    continue; // the root package (version info)
                }
                String text = Files.readString(f);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String imp = m.group(1);
                    if (imp.startsWith("nnlab.")) {
                        String target = layerOf(imp.substring("nnlab.".length()));
                        if (target != null && LAYERS.indexOf(target) > LAYERS.indexOf(pkg)) {
                            violations.add(f + ": nnlab." + pkg + " imports " + imp + " (a package further down DESIGN.md's table)");
                        }
                        if (pkg.equals("tabular") && target != null && LAYERS.indexOf(target) > LAYERS.indexOf("data")
                                && !target.equals("tabular")) {
                            violations.add(f + ": nnlab.tabular sits just above data and may import only data and the"
                                    + " packages under it, found " + imp);
                        }
                    }
                    if (imp.startsWith("tech.tablesaw") && !SEE_TABLESAW.contains(pkg)) {
                        violations.add(f + ": only nnlab." + String.join(", nnlab.", SEE_TABLESAW)
                                + " may import Tablesaw, found " + imp);
                    }
                    if (imp.startsWith("org.dflib.jjava") || imp.startsWith("io.github.spencerpark")) {
                        violations.add(f + ": the library must compile without a kernel, found " + imp);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageOnDisk_isInTheTable() throws IOException {
        try (Stream<Path> dirs = Files.list(SRC)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(LAYERS.contains(d.getFileName().toString()), "package nnlab." + d.getFileName()
                        + " is not in DESIGN.md's table; add it there and to LAYERS");
            }
        }
    }

    /** "optim.schedule" belongs to the layer "optim". */
    private static String layerOf(String subpackage) {
        if (subpackage.isEmpty()) {
            return null;
        }
        String top = subpackage.split("\\.")[0];
        return LAYERS.contains(top) ? top : null;
    }
}
