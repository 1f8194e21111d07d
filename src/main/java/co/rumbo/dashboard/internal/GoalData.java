package co.rumbo.dashboard.internal;

import co.rumbo.calendar.PeriodKind;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the read model knows of one goal: its attributes, its lines and, per year, its target, its
 * cost, its budget execution and its values. Filled once by {@link DashboardReadModel}, then only read.
 */
public final class GoalData {

    /** The goal's attributes, as the plan has them. */
    public record Facts(
            UUID id,
            String sisptCode,
            String budgetKind,
            String name,
            String unit,
            String sectorCode,
            String sectorName,
            String programCode,
            String programName,
            UUID officeId,
            String officeName,
            ProgrammingType type,
            BigDecimal baseline,
            BigDecimal weight,
            boolean eliminated) {}

    /** One recorded value of a period of a year. */
    public record Value(PeriodKind kind, int number, String period, BigDecimal programmed, BigDecimal executed) {

        /**
         * A value of a period written {@code 2025}, {@code 2025-Q3} or {@code 2025-09} (the format the
         * values table guarantees); read by hand because a plan has tens of thousands of them.
         */
        public static Value of(String period, BigDecimal programmed, BigDecimal executed) {
            PeriodKind kind;
            int number;
            if (period.length() == 4) {
                kind = PeriodKind.YEAR;
                number = 1;
            } else if (period.charAt(5) == 'Q') {
                kind = PeriodKind.QUARTER;
                number = period.charAt(6) - '0';
            } else {
                kind = PeriodKind.MONTH;
                number = (period.charAt(5) - '0') * 10 + (period.charAt(6) - '0');
            }
            return new Value(kind, number, period, programmed, executed);
        }

        /** The year of the period. */
        public static int yearOf(String period) {
            return (period.charAt(0) - '0') * 1000
                    + (period.charAt(1) - '0') * 100
                    + (period.charAt(2) - '0') * 10
                    + (period.charAt(3) - '0');
        }
    }

    /** A year's budget execution (apropiación, compromisos, obligaciones, pagos). */
    public record Budget(
            BigDecimal appropriation, BigDecimal commitments, BigDecimal obligations, BigDecimal payments) {}

    /** Everything recorded for one year. */
    public static final class Year {
        BigDecimal target;
        BigDecimal cost;
        Budget budget;
        final List<Value> values = new ArrayList<>();

        public BigDecimal target() {
            return target;
        }

        public BigDecimal cost() {
            return cost;
        }

        public Budget budget() {
            return budget;
        }

        public List<Value> values() {
            return values;
        }
    }

    private final Facts facts;
    private final List<UUID> lineIds = new ArrayList<>();
    private final List<String> lineCodes = new ArrayList<>();
    private final Map<Integer, Year> years = new TreeMap<>();

    public GoalData(Facts facts) {
        this.facts = facts;
    }

    public Facts facts() {
        return facts;
    }

    public List<UUID> lineIds() {
        return lineIds;
    }

    public List<String> lineCodes() {
        return lineCodes;
    }

    /** The recorded data of a year; an empty year when nothing was recorded. */
    public Year year(int year) {
        Year y = years.get(year);
        return y == null ? new Year() : y;
    }

    Year yearForWriting(int year) {
        return years.computeIfAbsent(year, y -> new Year());
    }

    void addLine(UUID lineId, String code) {
        lineIds.add(lineId);
        lineCodes.add(code);
    }

    /** Test and benchmark helper: builds a goal's data without the database. */
    public static GoalData of(Facts facts) {
        return new GoalData(facts);
    }

    public GoalData withTarget(int year, BigDecimal target) {
        yearForWriting(year).target = target;
        return this;
    }

    public GoalData withCost(int year, BigDecimal cost) {
        yearForWriting(year).cost = cost;
        return this;
    }

    public GoalData withBudget(int year, Budget budget) {
        yearForWriting(year).budget = budget;
        return this;
    }

    public GoalData withValue(String period, BigDecimal programmed, BigDecimal executed) {
        yearForWriting(Value.yearOf(period)).values.add(Value.of(period, programmed, executed));
        return this;
    }
}
