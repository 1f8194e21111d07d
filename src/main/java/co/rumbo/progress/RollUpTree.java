package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tree of groups and goals rolled up by the rules of progress-rules §5, for the dashboard and the
 * reports. Build it once with {@link #builder()}, then {@link #rollUp(Thresholds)}:
 *
 * <pre>{@code
 * Map<String, GroupSummary<String>> summaries = RollUpTree.<String>builder()
 *         .group("plan", null, null)
 *         .group("line-1", "plan", new BigDecimal("60"))
 *         .goal("goal-7", "line-1", null, evaluation, ProgressView.TO_CUT)
 *         .build()
 *         .rollUp(thresholds);
 * }</pre>
 *
 * @param <K> the type of the node ids
 */
public final class RollUpTree<K> {

    private sealed interface Node<K> permits Group, Goal {
        K id();

        K parent();

        BigDecimal weight();
    }

    private record Group<K>(K id, K parent, BigDecimal weight) implements Node<K> {}

    private record Goal<K>(K id, K parent, BigDecimal weight, BigDecimal progress, GoalState state)
            implements Node<K> {}

    /** What a subtree hands to its parent: its score (if any) and its goals' states. */
    private record Partial(BigDecimal score, EnumMap<GoalState, Integer> counts) {}

    private final Map<K, Node<K>> nodes;
    private final Map<K, List<K>> children;
    private final List<K> roots;

    private RollUpTree(Map<K, Node<K>> nodes, Map<K, List<K>> children, List<K> roots) {
        this.nodes = nodes;
        this.children = children;
        this.roots = roots;
    }

    public static <K> Builder<K> builder() {
        return new Builder<>();
    }

    /** Every group's summary, in the order the groups were added. */
    public Map<K, GroupSummary<K>> rollUp(Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        Map<K, GroupSummary<K>> summaries = new LinkedHashMap<>();
        for (K root : roots) {
            rollUp(root, thresholds, summaries);
        }
        Map<K, GroupSummary<K>> inAddedOrder = new LinkedHashMap<>();
        nodes.keySet().stream().filter(summaries::containsKey).forEach(id -> inAddedOrder.put(id, summaries.get(id)));
        return Collections.unmodifiableMap(inAddedOrder);
    }

    private Partial rollUp(K id, Thresholds thresholds, Map<K, GroupSummary<K>> summaries) {
        Node<K> node = nodes.get(id);
        if (node instanceof Goal<K> goal) {
            EnumMap<GoalState, Integer> counts = new EnumMap<>(GoalState.class);
            if (goal.state() != null) {
                counts.put(goal.state(), 1);
            }
            return new Partial(goal.progress(), counts);
        }
        List<Weighted> scored = new ArrayList<>();
        EnumMap<GoalState, Integer> counts = new EnumMap<>(GoalState.class);
        for (K childId : children.getOrDefault(id, List.of())) {
            Partial child = rollUp(childId, thresholds, summaries);
            scored.add(new Weighted(nodes.get(childId).weight(), child.score()));
            child.counts().forEach((state, count) -> counts.merge(state, count, Integer::sum));
        }
        Optional<BigDecimal> score = RollUp.score(scored);
        summaries.put(
                id, new GroupSummary<>(id, score.orElse(null), thresholds.lightForScore(score.orElse(null)), counts));
        return new Partial(score.orElse(null), counts);
    }

    /** Collects nodes in any order; {@link #build()} checks the tree. */
    public static final class Builder<K> {

        private final Map<K, Node<K>> nodes = new LinkedHashMap<>();

        private Builder() {}

        /**
         * A group (plan, line, sector, program, dependency…).
         *
         * @param parent null for a root
         * @param weight its weight in its parent; null means 1
         */
        public Builder<K> group(K id, K parent, BigDecimal weight) {
            return add(new Group<>(id, parent, requireWeight(weight)));
        }

        /**
         * A goal given by its raw progress.
         *
         * @param progress the goal's raw P (or PT), or null for a goal without score (states 1–3)
         * @param state its state, counted in every group above it; null if unknown (not counted)
         */
        public Builder<K> goal(K id, K parent, BigDecimal weight, BigDecimal progress, GoalState state) {
            if (state != null && state.isScored() != (progress != null)) {
                throw new IllegalArgumentException("La meta " + id + " en estado " + state
                        + (progress == null ? " debe" : " no puede") + " tener avance.");
            }
            return add(new Goal<>(id, parent, requireWeight(weight), progress, state));
        }

        /** A goal given by its evaluation; {@code view} chooses P or PT as its score. */
        public Builder<K> goal(K id, K parent, BigDecimal weight, Evaluation evaluation, ProgressView view) {
            BigDecimal progress = view == ProgressView.TOTAL ? evaluation.progressTotal() : evaluation.progressToCut();
            return goal(id, parent, weight, progress, evaluation.state());
        }

        private Builder<K> add(Node<K> node) {
            Objects.requireNonNull(node.id(), "id");
            if (nodes.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("Nodo repetido en el árbol: " + node.id());
            }
            return this;
        }

        private static BigDecimal requireWeight(BigDecimal weight) {
            if (weight != null && weight.signum() < 0) {
                throw new IllegalArgumentException("La ponderación no puede ser negativa: " + weight.toPlainString());
            }
            return weight;
        }

        /** Checks that every parent exists and is a group, and that there is no cycle. */
        public RollUpTree<K> build() {
            Map<K, List<K>> children = new LinkedHashMap<>();
            List<K> roots = new ArrayList<>();
            for (Node<K> node : nodes.values()) {
                if (node.parent() == null) {
                    roots.add(node.id());
                    continue;
                }
                Node<K> parent = nodes.get(node.parent());
                if (!(parent instanceof Group<K>)) {
                    throw new IllegalArgumentException(
                            "El padre " + node.parent() + " de " + node.id() + " no es un grupo del árbol.");
                }
                children.computeIfAbsent(node.parent(), k -> new ArrayList<>()).add(node.id());
            }
            requireNoCycle(roots, children);
            return new RollUpTree<>(
                    Collections.unmodifiableMap(new LinkedHashMap<>(nodes)),
                    Collections.unmodifiableMap(children),
                    List.copyOf(roots));
        }

        // Nodes on a cycle are unreachable from the roots.
        private void requireNoCycle(List<K> roots, Map<K, List<K>> children) {
            Set<K> reached = new HashSet<>();
            List<K> pending = new ArrayList<>(roots);
            while (!pending.isEmpty()) {
                K id = pending.remove(pending.size() - 1);
                reached.add(id);
                pending.addAll(children.getOrDefault(id, List.of()));
            }
            if (reached.size() != nodes.size()) {
                throw new IllegalArgumentException("El árbol tiene un ciclo entre sus nodos.");
            }
        }
    }
}
