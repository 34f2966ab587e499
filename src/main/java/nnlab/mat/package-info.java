/**
 * Matrix plumbing under the rest of nnlab: {@link nnlab.mat.Gemm}, the single seam every
 * matrix product goes through (native BLAS when present, EJML otherwise), and
 * {@link nnlab.mat.MatrixOps}, the batch helpers EJML does not have (row-broadcast add,
 * column sums, argmax per row, one-hot). Matrices are EJML {@code DMatrixRMaj}, one example
 * per row.
 */
package nnlab.mat;
