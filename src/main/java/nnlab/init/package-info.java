/**
 * Weight initializers, behind the {@link nnlab.init.Init} interface and its factories
 * ({@code Init.heNormal()}, {@code Init.normalizedXavier()}, …). The table in {@link nnlab.init.Init}
 * lists each distribution with the activations it was designed for.
 */
package nnlab.init;
