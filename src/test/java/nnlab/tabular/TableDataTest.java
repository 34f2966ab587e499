package nnlab.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnlab.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class TableDataTest {

    @TempDir
    Path dir;

    private String csv(String text) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void fromCsv_textTargetWithThreeClasses_isOneHotInSortedOrder_withNames() throws IOException {
        String path = csv("""
                petal_length,id,petal_width,species
                1.4,a,0.2,setosa
                5.9,b,2.1,virginica
                4.5,c,1.5,versicolor
                1.3,d,0.3,setosa
                """);
        Dataset d = TableData.fromCsv(path, "species");

        assertEquals(4, d.size());
        // the text column "id" is left out by default; numeric columns keep the file's order
        assertEquals(List.of("petal_length", "petal_width"), d.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertEquals(3, d.targets());
        assertArrayEquals(new int[] {0, 2, 1, 0}, d.labels());
        assertEquals(5.9, d.xView().get(1, 0), 0);
        assertEquals(1.5, d.xView().get(2, 1), 0);
    }

    @Test
    void fromCsv_twoClasses_isOne01Column_theSecondSortedNameBeingClass1() throws IOException {
        Dataset d = TableData.fromCsv(csv("x,label\n1,spam\n2,ham\n3,spam\n"), "label");
        assertEquals(1, d.targets());
        assertEquals(List.of("ham", "spam"), d.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, d.yView().data, 0);
    }

    @Test
    void classNamesThatAreNumbers_sortNumerically() {
        Table t = Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", new double[] {1, 2, 3}),
                tech.tablesaw.api.StringColumn.create("digit", new String[] {"10", "2", "1"}));
        Dataset e = TableData.from(t, "digit");
        assertEquals(List.of("1", "2", "10"), e.classNames());
        assertArrayEquals(new int[] {2, 1, 0}, e.labels());
    }

    @Test
    void fromTable_numericTarget_isRegression_withTheNamedFeaturesInTheirOrder() throws IOException {
        Table t = Table.read().csv(csv("rooms,area,price\n3,70.5,210\n5,120,390.5\n"));
        Dataset d = TableData.from(t, "price", "area", "rooms");
        assertEquals(List.of("area", "rooms"), d.featureNames());
        assertEquals(List.of(), d.classNames());
        assertArrayEquals(new double[] {210, 390.5}, d.yView().data, 0);
        assertArrayEquals(new double[] {70.5, 3, 120, 5}, d.xView().data, 0);
    }

    @Test
    void roundTrip_toTableAndBack_givesTheSameDataset() throws IOException {
        Dataset d = TableData.fromCsv(csv("a,b,kind\n0.5,1,cat\n-2,3.25,dog\n7,0,cat\n"), "kind");
        Table t = TableData.toTable(d);
        assertEquals(List.of("a", "b", "class"), t.columnNames());
        assertEquals(List.of("cat", "dog", "cat"), t.stringColumn("class").asList());

        Dataset back = TableData.from(t, TableData.CLASS_COLUMN);
        assertArrayEquals(d.xView().data, back.xView().data, 0);
        assertArrayEquals(d.yView().data, back.yView().data, 0);
        assertEquals(d.featureNames(), back.featureNames());
        assertEquals(d.classNames(), back.classNames());

        Dataset r = TableData.fromCsv(csv("x,y\n1,2.5\n2,4.5\n"), "y");
        Table rt = TableData.toTable(r);
        assertEquals(List.of("x", "y"), rt.columnNames());
        assertArrayEquals(new double[] {2.5, 4.5}, TableData.from(rt, "y").yView().data, 0);
    }

    @Test
    void toTable_unnamedMultiColumnTargets_areColumnsY1ToYk() {
        Dataset d = Dataset.classification(new double[][] {{1}, {2}, {3}}, new int[] {0, 2, 1}, 3);
        Table t = TableData.toTable(d);
        assertEquals(List.of("x1", "y1", "y2", "y3"), t.columnNames());
        assertEquals(1.0, t.doubleColumn("y3").get(1), 0);
    }

    @Test
    void missingValue_isRejected_namingTheRowTheLineAndTheColumn() throws IOException {
        String path = csv("a,b,kind\n1,2,x\n3,,y\n5,6,x\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "kind"));
        assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("row 1") && e.getMessage().contains("line 3"),
                e.getMessage());

        var t = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(csv("a,kind\n1,x\n2,\n"), "kind"));
        assertTrue(t.getMessage().contains("'kind'") && t.getMessage().contains("row 1"), t.getMessage());
    }

    @Test
    void textFeature_isRejected_namingItAndSayingToEncodeOrLeaveItOut() throws IOException {
        String path = csv("size,colour,price\n1,red,3\n2,blue,5\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "price", "size", "colour"));
        assertTrue(e.getMessage().contains("'colour'") && e.getMessage().contains("'red'")
                && e.getMessage().contains("Encode") && e.getMessage().contains("leave it out"), e.getMessage());
    }

    @Test
    void unknownColumn_isRejected_listingTheTablesColumns() throws IOException {
        String path = csv("size,price\n1,3\n2,5\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "prize"));
        assertTrue(e.getMessage().contains("'prize'") && e.getMessage().contains("size (integer)")
                && e.getMessage().contains("price"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "price", "sise"));
        assertTrue(f.getMessage().contains("'sise'"), f.getMessage());
    }

    @Test
    void targetAsFeature_singleClass_andMissingFile_areRejected() throws IOException {
        String path = csv("a,kind\n1,x\n2,x\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "kind", "a", "kind"));
        assertTrue(e.getMessage().contains("is the target"), e.getMessage());
        var one = assertThrows(IllegalArgumentException.class, () -> TableData.fromCsv(path, "kind"));
        assertTrue(one.getMessage().contains("only one class [x]"), one.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> TableData.fromCsv(dir.resolve("nope.csv").toString(), "kind"));
        assertTrue(none.getMessage().contains("nope.csv"), none.getMessage());
    }
}
