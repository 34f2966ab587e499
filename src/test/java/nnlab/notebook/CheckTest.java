package nnlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void failedPrediction_throwsWithTheMeasuredNumbers() {
        var e = assertThrows(AssertionError.class, () -> Check.that(0.1 > 0.3, "L1 zeroed %.0f%% of weights", 10.0));
        assertTrue(e.getMessage().contains("L1 zeroed 10% of weights"), e.getMessage());
    }

    @Test
    void heldPrediction_printsTheTickedLineOnce() {
        PrintStream old = System.out;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            Check.that(true, "loss fell to %.2f", 0.123);
        } finally {
            System.setOut(old);
        }
        assertEquals("✔ loss fell to 0.12" + System.lineSeparator(), sink.toString(StandardCharsets.UTF_8));
    }
}
