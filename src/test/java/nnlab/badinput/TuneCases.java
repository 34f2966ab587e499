package nnlab.badinput;

import java.util.ArrayList;
import java.util.List;
import nnlab.tune.Search;
import nnlab.tune.Space;

/** Bad inputs to Hyperband (issue 12): each names the bad setting and the fix. */
final class TuneCases {

    private TuneCases() {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        Space one = new Space().uniform("p", 0, 1);
        Search.BudgetedObjective zero = (p, b) -> 0;
        c.add(Case.of("tune: hyperband on a null space", IAE, () -> Search.hyperband(null, 27), "space=null", "e.g."));
        c.add(Case.of("tune: hyperband largest budget 1", IAE, () -> Search.hyperband(one, 1), "maxBudget=1", "e.g. 27"));
        c.add(Case.of("tune: hyperband negative budget", IAE, () -> Search.hyperband(one, -27, 1, zero), "maxBudget=-27"));
        c.add(Case.of("tune: hyperband reduction 1", IAE, () -> Search.hyperband(one, 27).reduction(1), "reduction=1", "e.g. 3"));
        c.add(Case.of("tune: hyperband 0 rounds", IAE, () -> Search.hyperband(one, 27).rounds(0), "rounds=0"));
        c.add(Case.of("tune: hyperband negative bracket", IAE, () -> Search.hyperband(one, 27).bracket(-1), "bracket=-1"));
        c.add(Case.of("tune: hyperband bracket above s_max", IAE,
                () -> Search.hyperband(one, 27).bracket(4).run(zero), "bracket=4", "s_max = 3", "maxBudget"));
        c.add(Case.of("tune: hyperband bracket above s_max once the reduction grows", IAE,
                () -> Search.hyperband(one, 27).bracket(3).reduction(4).schedule(), "bracket=3", "s_max = 2"));
        c.add(Case.of("tune: hyperband without an objective", IAE, () -> Search.hyperband(one, 27, 1, null),
                "objective=null"));
        c.add(Case.of("tune: hyperband of an empty space", IAE, () -> Search.hyperband(new Space(), 27, 1, zero), "empty"));
        c.add(Case.of("tune: hyperband objective throws names the trial and budget", IllegalStateException.class,
                () -> Search.hyperband(new Space().integer("units", 1, 8), 9, 1, (p, b) -> {
                    throw new ArithmeticException("/ by zero");
                }), "trial 1", "units = ", "budget 1", "/ by zero"));
        return c;
    }
}
