package nnlab.badinput;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * One bad input: what is called, the exception it must throw, and the words its message must
 * contain (the bad value, the place it sits in: row, column, layer, file, setting, and the fix).
 */
record Case(String name, Class<? extends Throwable> type, Executable call, List<String> mustName) {

    static Case of(String name, Class<? extends Throwable> type, Executable call, String... mustName) {
        if (mustName.length == 0) {
            throw new IllegalArgumentException("A case must name at least one word its message holds: " + name);
        }
        return new Case(name, type, call, List.of(mustName));
    }

    @Override
    public String toString() { return name; }
}
