package nnlab.notebook;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Small HTML helpers for notebook output. */
final class Html {

    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A table as HTML: all rows when there are at most {@code 2·edge}, otherwise the first and
     * last {@code edge} rows with a row saying how many were left out.
     */
    static String table(Table t, int edge) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"nnlab-table\">");
        if (t.name() != null && !t.name().isBlank()) {
            b.append("<caption>").append(escape(t.name())).append(" (").append(t.rowCount()).append(" rows)</caption>");
        }
        b.append("<thead><tr>");
        for (Column<?> c : t.columns()) {
            b.append("<th>").append(escape(c.name())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int n = t.rowCount();
        boolean cut = n > 2 * edge;
        for (int r = 0; r < n; r++) {
            if (cut && r == edge) {
                b.append("<tr><td colspan=\"").append(t.columnCount()).append("\">… ")
                        .append(n - 2 * edge).append(" more rows …</td></tr>");
                r = n - edge;
            }
            b.append("<tr>");
            for (Column<?> c : t.columns()) {
                b.append("<td>").append(escape(c.getString(r))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
