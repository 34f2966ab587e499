package nnlab.train;

import nnlab.loss.Loss;
import org.ejml.data.DMatrixRMaj;

/**
 * {@link Net#predict} and {@link Net#meanLoss} over many rows, with the net's workspaces for
 * them: the rows go through the net in chunks of {@value #CHUNK}, so the layers' buffers never
 * grow beyond that. Each call checks its arguments once and holds the net's guard throughout.
 */
final class Inference {

    /** Rows per forward pass. */
    static final int CHUNK = 1024;

    private final DMatrixRMaj chunkX = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj chunkY = new DMatrixRMaj(0, 0);

    /** Ŷ for every row of x (Not modified), as a new matrix. */
    DMatrixRMaj predict(Net net, NetChecks.Guard guard, DMatrixRMaj x) {
        NetChecks.input(x, net.inputSize(), "predict");
        boolean took = guard.enter(net, "predict");
        try {
            int k = net.outputSize();
            DMatrixRMaj out = new DMatrixRMaj(x.numRows, k);
            for (int from = 0; from < x.numRows; from += CHUNK) {
                int to = Math.min(from + CHUNK, x.numRows);
                DMatrixRMaj p = net.forward(rows(x, from, to, chunkX), false);
                System.arraycopy(p.data, 0, out.data, from * k, (to - from) * k);
            }
            return out;
        } finally {
            guard.exit(took);
        }
    }

    /** The mean loss over all rows of x and y (Not modified). */
    double meanLoss(Net net, NetChecks.Guard guard, DMatrixRMaj x, DMatrixRMaj y, Loss loss) {
        NetChecks.lossData(x, y, loss, net.inputSize());
        boolean took = guard.enter(net, "meanLoss");
        try {
            double sum = 0;
            for (int from = 0; from < x.numRows; from += CHUNK) {
                int to = Math.min(from + CHUNK, x.numRows);
                // L = (1/N) Σ_chunks rows · L_chunk
                sum += (to - from) * net.lossValue(rows(x, from, to, chunkX), rows(y, from, to, chunkY), loss, null, false);
            }
            return sum / x.numRows;
        } finally {
            guard.exit(took);
        }
    }

    private static DMatrixRMaj rows(DMatrixRMaj src, int from, int to, DMatrixRMaj dst) {
        dst.reshape(to - from, src.numCols);
        System.arraycopy(src.data, from * src.numCols, dst.data, 0, (to - from) * src.numCols);
        return dst;
    }
}
