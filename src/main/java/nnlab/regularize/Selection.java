package nnlab.regularize;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nnlab.nn.Parameter;

/**
 * Which parameters a regularizer, constraint or weight decay acts on: a scope (the whole net,
 * one layer's parameters, or any predicate) and the kinds of parameter inside it. By default the
 * scope is everything and the kinds are {@link Parameter.Kind#WEIGHT} only, so biases (and
 * batch-norm scales/shifts, kind {@code OTHER}) are left alone. Frozen parameters are never
 * selected. Immutable.
 */
public final class Selection {

    private static final Selection WEIGHTS = new Selection(p -> true, "all layers",
            EnumSet.of(Parameter.Kind.WEIGHT));

    private final Predicate<Parameter> scope;
    private final String scopeName;
    private final Set<Parameter.Kind> kinds;

    private Selection(Predicate<Parameter> scope, String scopeName, Set<Parameter.Kind> kinds) {
        this.scope = scope;
        this.scopeName = scopeName;
        this.kinds = kinds;
    }

    /** Every non-frozen parameter of kind WEIGHT: the default. */
    public static Selection weights() {
        return WEIGHTS;
    }

    /** The same kinds, restricted to the parameters for which {@code scope} is true. */
    public Selection onlyFor(Predicate<Parameter> scope) {
        if (scope == null) {
            throw new IllegalArgumentException("The scope must be a predicate on Parameter, e.g. p -> p.name().startsWith(\"dense1\"). Received: scope=null");
        }
        return new Selection(scope, "a predicate", kinds);
    }

    /**
     * The same kinds, restricted to these parameters (compared by identity), e.g. one layer's
     * {@code parameters()}.
     */
    public Selection onlyFor(Collection<Parameter> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException("Pass the parameters to regularize, e.g. a layer's parameters(). Received: parameters="
                    + parameters);
        }
        Set<Parameter> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        StringBuilder names = new StringBuilder();
        int i = 0;
        for (Parameter p : parameters) {
            if (p == null) {
                throw new IllegalArgumentException("Entry " + i + " of the parameters to regularize is null; pass a"
                        + " layer's parameters(), e.g. net.dense(0).parameters(). Received: entry " + i + " = null");
            }
            chosen.add(p);
            names.append(names.length() == 0 ? "" : ", ").append(p.name());
            i++;
        }
        return new Selection(chosen::contains, "[" + names + "]", kinds);
    }

    /** The same scope, with biases selected as well as weights. */
    public Selection includingBiases() {
        EnumSet<Parameter.Kind> k = EnumSet.copyOf(kinds);
        k.add(Parameter.Kind.BIAS);
        return new Selection(scope, scopeName, k);
    }

    /**
     * Throws unless {@code parameters} is a list, so that a penalty, clipping or constraint called
     * by hand fails with a message rather than a NullPointerException. O(1): called on every batch.
     */
    static List<Parameter> requireParameters(List<Parameter> parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("Pass the parameters to act on, e.g. net.parameters(). Received:"
                    + " parameters=null");
        }
        return parameters;
    }

    /** True when {@code p} is not frozen, of a selected kind and in scope. */
    public boolean test(Parameter p) {
        return !p.isFrozen() && kinds.contains(p.kind()) && scope.test(p);
    }

    @Override
    public String toString() {
        return kinds + " of " + scopeName;
    }
}
