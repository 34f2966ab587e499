package nnlab.mat;

/**
 * In which floating-point type the matrix products of training run.
 *
 * <p>{@link #DOUBLE} (the default) does everything in 64-bit {@code double}: about 16
 * significant digits. {@link #MIXED} is what large frameworks call mixed precision: the products
 * of the dense layers, forward ({@code Z = X W + b}) and backward ({@code ∂L/∂W = Xᵀ ∂L/∂Z},
 * {@code ∂L/∂X = ∂L/∂Z Wᵀ}), run in 32-bit {@code float} on copies of their operands, while the
 * weights (the "master" copy), their updates, the optimizer's state, the activations, the loss
 * and everything a student inspects stay {@code double}.
 *
 * <p>Why: a float is half the bytes, so twice as many fit in a cache line and a vector register,
 * and {@code sgemm} runs about twice as fast as {@code dgemm} (measured on the 2-core development
 * machine through OpenBLAS: 174 against 80 GFLOP/s at 1024³). The price: float32 keeps about 7
 * significant digits (machine epsilon 2⁻²³ ≈ 1.2e-7 against 2⁻⁵² ≈ 2.2e-16), so each product is
 * off by about 1e-7 relative. Training hardly notices (each step is noisy anyway); a gradient
 * check does, because its finite differences subtract two nearly equal losses: check gradients
 * in {@code DOUBLE}.
 */
public enum Precision {
    /** Every product in double (64-bit, ~16 significant digits). */
    DOUBLE,
    /** Products of dense layers in float (32-bit, ~7 significant digits); weights, updates and losses in double. */
    MIXED
}
