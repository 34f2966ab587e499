package nnlab.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of bad inputs (issue 10): every case calls the public API the way a careless or
 * hostile user would and asserts the exception's type and that its message names the bad value
 * or place. Each row is one test, so Maven's summary prints the number of cases.
 */
class BadInputTest {

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        all.addAll(FileCases.cases());
        all.addAll(TrainingCases.cases());
        all.addAll(StateCases.cases());
        all.addAll(ApiCases.cases());
        all.addAll(NB06Cases.cases());
        all.addAll(TuneCases.cases());
        all.addAll(Opt05Cases.cases());
        all.addAll(ReuseCases.cases());
        all.addAll(AugmentCases.cases());
        all.addAll(BasicsCases.cases());
        all.addAll(PrecisionCases.cases());
        return all;
    }

    static Stream<Case> cases() { return all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsWithAMessageThatNamesIt(Case c) {
        Throwable t = assertThrows(Throwable.class, c.call(), c.name());
        assertEquals(c.type(), t.getClass(), () -> c.name() + " threw " + t);
        String message = t.getMessage();
        assertFalse(message == null || message.isBlank(), c.name() + ": no message");
        for (String word : c.mustName()) {
            assertTrue(message.contains(word), () -> c.name() + ": the message does not name \"" + word + "\": " + message);
        }
    }

    @Test
    void theTableHoldsAtLeast150UniquelyNamedCases() {
        List<Case> all = all();
        assertTrue(all.size() >= 150, "only " + all.size() + " cases");
        assertEquals(all.size(), new HashSet<>(all.stream().map(Case::name).toList()).size(), "case names repeat");
    }
}
