package nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nnlab.optim.Optimizer;
import nnlab.optim.Surface;
import org.junit.jupiter.api.Test;

class OptimizationPlotsTest {

    private static final Surface MSE = Surface.of("MSE", (m, b) -> 0.04 + (m - 2) * (m - 2) + (b - 1) * (b - 1), null,
            -1, 5, -2, 4);

    @Test
    void lossSurface_logHeights_drawLog10OfF_onTheSurfacesGrid_withItsMarkedPointsAndAxes() {
        Surface s = MSE.withPoint("least squares", 2, 1).withAxes("slope m", "intercept b");
        FigureJson f = FigureJson.of(Plot.lossSurface(s, "log₁₀ MSE", Scale.LOG));
        JsonNode contour = f.traces().get(0);
        assertEquals("contour", contour.get("type").asText());
        assertEquals("log₁₀ f", contour.get("name").asText());
        double[] gx = FigureJson.numbers(contour.get("x"));
        double[] gy = FigureJson.numbers(contour.get("y"));
        assertEquals(Surface.GRID, gx.length);
        assertEquals(Math.log10(s.value(gx[17], gy[90])), contour.get("z").get(90).get(17).asDouble(), 1e-12);
        assertEquals(List.of("log₁₀ f", "least squares"), f.names());
        assertEquals(2, f.trace("least squares").get("x").get(0).asDouble(), 0.0);
        assertEquals("slope m", f.axisTitle("xaxis"));
        assertEquals("intercept b", f.axisTitle("yaxis"));
        assertEquals("log₁₀ MSE", f.title());
    }

    @Test
    void lossSurface_defaultHeights_areLogOfOnePlusFAboveItsGridMinimum_linearHeightsAreF() {
        Surface bowl = Surface.bowl();
        var paths = Series.over(List.of(0.1, 0.4), eta -> "η = " + eta, eta -> bowl.path(Optimizer.sgd(eta), 1.5, 1, 5));
        FigureJson f = FigureJson.of(Plot.lossSurface(bowl, paths));
        JsonNode z = f.traces().get(0).get("z");
        double[] gx = bowl.xGrid();
        double[] gy = bowl.yGrid();
        double min = Double.POSITIVE_INFINITY;
        for (double y : gy) {
            for (double x : gx) {
                min = Math.min(min, bowl.value(x, y));
            }
        }
        assertEquals(Math.log1p(bowl.value(gx[3], gy[8]) - min), z.get(8).get(3).asDouble(), 1e-12);
        assertEquals(List.of("log(1 + f − min f)", "η = 0.1 (5 steps)", "η = 0.4 (5 steps)", "minimum"), f.names());
        JsonNode linear = FigureJson.of(Plot.lossSurface(bowl, paths, "T", Scale.LINEAR)).traces().get(0).get("z");
        assertEquals(bowl.value(gx[3], gy[8]), linear.get(8).get(3).asDouble(), 1e-12);
    }

    @Test
    void lossSurface_logHeights_refuseASurfaceThatGoesBelowZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plot.lossSurface(Surface.saddle(), "T", Scale.LOG));
        assertTrue(e.getMessage().contains("Received: min f=-3.99"), e.getMessage());
        assertTrue(e.getMessage().contains("Scale.LINEAR"), e.getMessage());
    }
}
