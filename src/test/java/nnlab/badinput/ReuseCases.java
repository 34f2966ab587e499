package nnlab.badinput;

import java.util.List;
import nnlab.pretrain.DomainShift;
import nnlab.pretrain.Transfer;

/** Bad input to the API notebook 13 added: domain shifts and trainable counts. */
final class ReuseCases {

    private ReuseCases() {}

    static List<Case> cases() {
        return List.of(
                Case.of("domain shift gain 0", IllegalArgumentException.class, () -> DomainShift.affine(0, 0.3), "gain=0.0", "e.g. 0.6"),
                Case.of("domain shift gain NaN", IllegalArgumentException.class, () -> DomainShift.affine(Double.NaN, 0.3), "gain=NaN", "e.g. 0.6"),
                Case.of("domain shift offset infinite", IllegalArgumentException.class, () -> DomainShift.affine(0.6, Double.POSITIVE_INFINITY),
                        "offset=Infinity", "e.g. 0.3"),
                Case.of("domain shift of null data", IllegalArgumentException.class, () -> DomainShift.affine(0.6, 0.3).apply(null), "data=null",
                        "sensor.sample"),
                Case.of("trainable count of null net", IllegalArgumentException.class, () -> Transfer.trainableCount(null),
                        "net=null", "the net whose trainable parameters to count"));
    }
}
