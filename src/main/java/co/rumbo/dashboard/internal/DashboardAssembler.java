package co.rumbo.dashboard.internal;

import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Financial;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.GroupKind;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.PlanFigures;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.GroupSummary;
import co.rumbo.progress.RollUpTree;
import co.rumbo.progress.Thresholds;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a plan's data into its tablero at a cut: each goal through {@link GoalCalculator}, then the
 * roll-ups of progress-rules §5 with the engine's {@link RollUpTree}, the money, the consistency
 * alerts and the lagging goals. Plain Java, no database.
 *
 * <p>The tree (docs/decisions.md, "Roll-ups of the tablero"): the plan is the root, its strategic
 * lines (weighted by {@code strategic_line.weight}) are its children and the goals (weighted by
 * {@code product_goal.weight}) are the lines' children; a goal named in several lines counts in each
 * of them, and the goals without a line form one more group. Sectors, programs and offices are flat
 * groups of goals, without weights of their own. The plan's state counts count each goal once.
 */
public final class DashboardAssembler {

    private static final String PLAN = "plan";
    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es-CO"));

    private DashboardAssembler() {}

    public static Dashboard assemble(PlanData data, YearMonth cut, Instant now) {
        PlanInfo plan = data.plan();
        Thresholds thresholds = data.thresholds();
        List<GoalFigures> goals = new ArrayList<>(data.goals().size());
        for (GoalData goal : data.goals()) {
            goals.add(GoalCalculator.figures(goal, plan, cut, thresholds));
        }
        Groups groups = Groups.of(data, goals);
        Map<Object, GroupSummary<Object>> toCut = rollUp(groups, goals, GoalFigures::progressToCut, thresholds);
        Map<Object, GroupSummary<Object>> total = rollUp(groups, goals, GoalFigures::progressTotal, thresholds);
        Map<Object, GroupSummary<Object>> expected = rollUp(groups, goals, GoalFigures::expectedToCut, thresholds);

        // An eliminated goal does not count in the plan (§4 rule 1), nor does its money in any total.
        Financial planMoney = goals.stream()
                .filter(g -> !g.eliminated())
                .map(GoalFigures::financial)
                .reduce(Financial.NONE, Financial::plus);
        GroupSummary<Object> planSummary = toCut.get(PLAN);
        PlanFigures figures = new PlanFigures(
                total.get(PLAN).score(),
                planSummary.score(),
                expected.get(PLAN).score(),
                planSummary.trafficLight(),
                countStates(goals),
                goals.size(),
                planMoney);
        Map<UUID, GoalFigures> byId = new LinkedHashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        Function<Group, GroupFigures> toFigures = g -> {
            GroupSummary<Object> summary = toCut.get(g.key());
            Financial money = g.goalIds().stream()
                    .map(byId::get)
                    .filter(goal -> !goal.eliminated())
                    .map(GoalFigures::financial)
                    .reduce(Financial.NONE, Financial::plus);
            return new GroupFigures(
                    g.kind(),
                    g.id(),
                    g.code(),
                    g.name(),
                    g.weight(),
                    summary.score(),
                    total.get(g.key()).score(),
                    expected.get(g.key()).score(),
                    summary.trafficLight(),
                    summary.stateCounts(),
                    g.goalIds().size(),
                    money);
        };
        return new Dashboard(
                plan,
                cut,
                cut.getYear() - plan.firstYear() + 1,
                thresholds,
                figures,
                groups.of(GroupKind.LINE).stream().map(toFigures).toList(),
                groups.of(GroupKind.SECTOR).stream().map(toFigures).toList(),
                groups.of(GroupKind.PROGRAM).stream().map(toFigures).toList(),
                groups.of(GroupKind.OFFICE).stream().map(toFigures).toList(),
                goals,
                goals.stream().filter(DashboardAssembler::moneyWithoutProgress).toList(),
                goals.stream().filter(DashboardAssembler::progressWithoutMoney).toList(),
                lagging(goals),
                now);
    }

    /** Alert: money committed up to the cut's year, and no physical progress at the cut. */
    static boolean moneyWithoutProgress(GoalFigures goal) {
        return counts(goal) && goal.financial().hasCommitments() && !goal.hasPhysicalProgress();
    }

    /**
     * Alert: physical progress at the cut, and nothing committed although the plan programmed a cost
     * up to the cut's year. A goal the plan gave no cost (managed without investment) is consistent
     * when it has no money, so it is not flagged.
     */
    static boolean progressWithoutMoney(GoalFigures goal) {
        return counts(goal)
                && goal.hasPhysicalProgress()
                && goal.financial().hasProgrammedCost()
                && !goal.financial().hasCommitments();
    }

    private static boolean counts(GoalFigures goal) {
        return !goal.eliminated() && goal.problem() == null;
    }

    private static List<OfficeLagging> lagging(List<GoalFigures> goals) {
        Map<String, List<GoalFigures>> byOffice = new LinkedHashMap<>();
        Map<String, GoalFigures> first = new LinkedHashMap<>();
        for (GoalFigures goal : goals) {
            if (goal.isLagging()) {
                String key = goal.officeId() == null
                        ? GroupFigures.NONE
                        : goal.officeId().toString();
                byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(goal);
                first.putIfAbsent(key, goal);
            }
        }
        return byOffice.entrySet().stream()
                .map(e -> {
                    GoalFigures any = first.get(e.getKey());
                    return new OfficeLagging(any.officeId(), officeName(any), e.getValue());
                })
                .sorted(Comparator.comparingInt(OfficeLagging::count)
                        .reversed()
                        .thenComparing(OfficeLagging::officeName, SPANISH))
                .toList();
    }

    private static Map<GoalState, Integer> countStates(List<GoalFigures> goals) {
        Map<GoalState, Integer> counts = new EnumMap<>(GoalState.class);
        for (GoalFigures goal : goals) {
            if (goal.state() != null) {
                counts.merge(goal.state(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** One roll-up of every grouping, with one figure of the goals as their progress. */
    private static Map<Object, GroupSummary<Object>> rollUp(
            Groups groups, List<GoalFigures> goals, Function<GoalFigures, BigDecimal> progress, Thresholds thresholds) {
        RollUpTree.Builder<Object> tree = RollUpTree.builder();
        tree.group(PLAN, null, null);
        for (GroupKind kind : GroupKind.values()) {
            for (Group group : groups.of(kind)) {
                tree.group(group.key(), kind == GroupKind.LINE ? PLAN : null, group.weight());
            }
        }
        for (GoalFigures goal : goals) {
            // A goal the engine could not evaluate has no state and no progress: it is left out.
            BigDecimal value = goal.state() == null ? null : progress.apply(goal);
            for (GroupKind kind : GroupKind.values()) {
                for (String groupKey : Groups.keysOf(kind, goal)) {
                    tree.goal(new Leaf(groupKey, goal.id()), groupKey, goal.weight(), value, goal.state());
                }
            }
        }
        return tree.build().rollUp(thresholds);
    }

    private static String officeName(GoalFigures goal) {
        return goal.officeId() == null ? "Sin dependencia" : goal.officeName();
    }

    /** A goal under one group in the roll-up tree (a goal of two lines is a leaf of each). */
    private record Leaf(String group, UUID goal) {}

    /** A group of goals of one kind; {@code key} is its node in the roll-up tree. */
    private record Group(
            GroupKind kind, String key, String id, String code, String name, BigDecimal weight, List<UUID> goalIds) {}

    /** The groups of the plan, in the order the tablero shows them. */
    private record Groups(Map<GroupKind, List<Group>> byKind) {

        List<Group> of(GroupKind kind) {
            return byKind.getOrDefault(kind, List.of());
        }

        static String key(GroupKind kind, String id) {
            return kind.name() + ":" + id;
        }

        static List<String> keysOf(GroupKind kind, GoalFigures goal) {
            return switch (kind) {
                case LINE ->
                    goal.lineIds().isEmpty()
                            ? List.of(key(kind, GroupFigures.NONE))
                            : goal.lineIds().stream()
                                    .distinct()
                                    .map(id -> key(kind, id.toString()))
                                    .toList();
                case SECTOR -> List.of(key(kind, codeOrNone(goal.sectorCode())));
                case PROGRAM -> List.of(key(kind, codeOrNone(goal.programCode())));
                case OFFICE ->
                    List.of(key(
                            kind,
                            goal.officeId() == null
                                    ? GroupFigures.NONE
                                    : goal.officeId().toString()));
            };
        }

        static Groups of(PlanData data, List<GoalFigures> goals) {
            Map<String, List<UUID>> members = new LinkedHashMap<>();
            for (GoalFigures goal : goals) {
                for (GroupKind kind : GroupKind.values()) {
                    for (String key : keysOf(kind, goal)) {
                        members.computeIfAbsent(key, k -> new ArrayList<>()).add(goal.id());
                    }
                }
            }
            Map<GroupKind, List<Group>> byKind = new EnumMap<>(GroupKind.class);
            List<Group> lines = new ArrayList<>();
            for (PlanData.Line line : data.lines()) {
                String key = key(GroupKind.LINE, line.id().toString());
                lines.add(new Group(
                        GroupKind.LINE,
                        key,
                        line.id().toString(),
                        line.code(),
                        line.name(),
                        line.weight(),
                        members.getOrDefault(key, List.of())));
            }
            addNone(lines, GroupKind.LINE, "Sin línea estratégica", members);
            byKind.put(GroupKind.LINE, lines);

            Map<String, Group> sectors = new LinkedHashMap<>();
            Map<String, Group> programs = new LinkedHashMap<>();
            Map<String, Group> offices = new LinkedHashMap<>();
            for (GoalFigures goal : goals) {
                String sector = codeOrNone(goal.sectorCode());
                sectors.computeIfAbsent(
                        sector,
                        c -> group(GroupKind.SECTOR, c, c, nameOr(goal.sectorName(), c, "Sin sector"), members));
                String program = codeOrNone(goal.programCode());
                programs.computeIfAbsent(
                        program,
                        c -> group(GroupKind.PROGRAM, c, c, nameOr(goal.programName(), c, "Sin programa"), members));
                String office = goal.officeId() == null
                        ? GroupFigures.NONE
                        : goal.officeId().toString();
                offices.computeIfAbsent(office, id -> group(GroupKind.OFFICE, id, null, officeName(goal), members));
            }
            byKind.put(GroupKind.SECTOR, sortedByCode(sectors));
            byKind.put(GroupKind.PROGRAM, sortedByCode(programs));
            byKind.put(
                    GroupKind.OFFICE,
                    offices.values().stream()
                            .sorted(Comparator.comparing((Group g) -> GroupFigures.NONE.equals(g.id()))
                                    .thenComparing(Group::name, SPANISH))
                            .toList());
            return new Groups(byKind);
        }

        private static void addNone(List<Group> groups, GroupKind kind, String name, Map<String, List<UUID>> members) {
            String key = key(kind, GroupFigures.NONE);
            if (members.containsKey(key)) {
                groups.add(new Group(kind, key, GroupFigures.NONE, null, name, null, members.get(key)));
            }
        }

        private static Group group(
                GroupKind kind, String id, String code, String name, Map<String, List<UUID>> members) {
            String key = key(kind, id);
            String shownCode = GroupFigures.NONE.equals(code) ? null : code;
            return new Group(kind, key, id, shownCode, name, null, members.getOrDefault(key, List.of()));
        }

        // The goals without a code go last.
        private static List<Group> sortedByCode(Map<String, Group> groups) {
            return groups.values().stream()
                    .sorted(Comparator.comparing((Group g) -> GroupFigures.NONE.equals(g.id()))
                            .thenComparing(Group::id))
                    .toList();
        }

        private static String nameOr(String name, String code, String none) {
            if (GroupFigures.NONE.equals(code)) {
                return none;
            }
            return name == null || name.isBlank() ? code : name;
        }
    }

    private static String codeOrNone(String code) {
        return code == null || code.isBlank() ? GroupFigures.NONE : code;
    }
}
