package nnlab;

import nnlab.mat.Gemm;

/**
 * Version information for nnlab. {@code java -cp nnlab-all.jar nnlab.Nnlab} prints the version
 * and where matrix products run (the installer shows it, so a missing OpenBLAS is seen at once).
 */
public final class Nnlab {
    private Nnlab() {}

    public static void main(String[] args) {
        System.out.println("nnlab " + version() + " on Java " + Runtime.version());
        System.out.println("matrix products: " + Gemm.implementation());
        if (!Gemm.isOptimized()) {
            System.out.println("WARNING: large products run up to 30 times slower than with OpenBLAS;"
                    + " install it (Debian/Ubuntu: sudo apt-get install libopenblas0) and restart the kernel.");
        }
    }

    /** @return the library version, e.g. {@code 0.1.0}. */
    public static String version() {
        Package p = Nnlab.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
