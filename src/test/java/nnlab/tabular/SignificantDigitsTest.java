package nnlab.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignificantDigitsTest {

    @Test
    void significantDigits_readsWellFromTinyToLarge() {
        SignificantDigits f = new SignificantDigits();
        assertEquals("0.5000", f.format(0.5));
        assertEquals("0.001235", f.format(0.00123456));
        assertEquals("1.000e-04", f.format(0.0001));
        assertEquals("1.000e-04", f.format(0.000099999)); // rounds up into the next decade
        assertEquals("1.000", f.format(0.99999));
        assertEquals("1235", f.format(1234.56));
        assertEquals("1.235e+05", f.format(123456.0));
        assertEquals("-0.05720", f.format(-0.0572002));
        assertEquals("0", f.format(0.0));
        assertEquals("", f.format(Double.NaN));
        assertEquals("∞", f.format(Double.POSITIVE_INFINITY));
    }
}
