package nnlab;

/** Version information for nnlab. */
public final class Nnlab {
    private Nnlab() {}

    /** @return the library version, e.g. {@code 0.1.0}. */
    public static String version() {
        Package p = Nnlab.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
