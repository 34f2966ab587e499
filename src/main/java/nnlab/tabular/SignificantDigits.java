package nnlab.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How nnlab's tables print a real number: 4 significant digits, the column keeping the exact
 * double. With x rounded to 4 significant digits and e = ⌊log₁₀|x|⌋ its decimal exponent:
 * <pre>
 * −3 ≤ e ≤ 3   fixed point, 4 significant digits, trailing zeros kept:
 *              0.5720020603871248 → 0.5720,   12.3456 → 12.35,   0.00123456 → 0.001235,   0.5 → 0.5000
 * otherwise    scientific, 4 significant digits:  0.0000123456 → 1.235e-05,   123456 → 1.235e+05
 * 0 → 0,  NaN → blank (an undefined rate, no validation data),  ±∞ → ∞ / −∞
 * </pre>
 * Losses and accuracies (0.0001 to 1000) read as plain decimals with the same number of digits
 * down a column; a learning rate of 1e-4 or a vanishing gradient gets an exponent instead of a
 * run of zeros. The one rule for every table nnlab makes ({@link TableData#toTable} and
 * {@code nnlab.plot.Tables}).
 */
public final class SignificantDigits extends NumberColumnFormatter {

    private static final MathContext FOUR = new MathContext(4);

    public SignificantDigits() {
        super("");
    }

    /** x to 4 significant digits, by the rule above. */
    @Override
    public String format(double x) {
        if (Double.isNaN(x)) {
            return getMissingString();
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(x).round(FOUR);
        int e = r.precision() - r.scale() - 1;
        if (e >= -3 && e <= 3) {
            return r.setScale(3 - e).toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }
}
