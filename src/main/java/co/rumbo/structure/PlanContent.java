package co.rumbo.structure;

import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A whole Plan de Desarrollo as a file describes it, to be created or merged into Rumbo in one
 * transaction ({@link PlanStore#save}). The interop module builds it from a SisPT file; the SisPT
 * export builds the file back from {@link PlanStore#content}.
 */
public record PlanContent(
        String name,
        int firstYear,
        int lastYear,
        String createdOn,
        PlanLayout layout,
        List<Line> lines,
        List<Outcome> outcomes,
        List<Goal> goals,
        List<SgrInitiative> initiatives) {

    public PlanContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
        lines = List.copyOf(lines);
        outcomes = List.copyOf(outcomes);
        goals = List.copyOf(goals);
        initiatives = List.copyOf(initiatives);
    }

    public record Line(String code, String name) {
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public record Outcome(
            String code,
            String lineText,
            String lineCode,
            String indicator,
            String inNationalPlan,
            String fourYearTarget,
            String transformation) {
        public Outcome {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A target (and the file's own "Total" cost) for a period: "2024", or an SGR biennium "2023-2024". */
    public record PeriodTarget(String period, BigDecimal target, BigDecimal fileTotal) {
        public PeriodTarget {
            Objects.requireNonNull(period, "period");
        }
    }

    public record Cost(String period, String sourceCode, BigDecimal amount) {
        public Cost {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(sourceCode, "sourceCode");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public record Goal(
            BudgetKind budgetKind,
            String sisptCode,
            String lineText,
            List<String> lineCodes,
            String sectorCode,
            String sectorName,
            String programCode,
            String programName,
            String productCode,
            String productName,
            String indicatorCode,
            String indicatorName,
            String customName,
            String unit,
            BigDecimal fourYearTarget,
            ProgrammingType programmingType,
            boolean typeInferred,
            String accumulationText,
            String principal,
            String odsCode,
            String odsName,
            String sgrInitiative,
            String sgrCofinanced,
            List<PeriodTarget> periods,
            List<Cost> costs,
            List<String> bpins) {
        public Goal {
            Objects.requireNonNull(budgetKind, "budgetKind");
            Objects.requireNonNull(sisptCode, "sisptCode");
            Objects.requireNonNull(programmingType, "programmingType");
            lineCodes = List.copyOf(lineCodes);
            periods = List.copyOf(periods);
            costs = List.copyOf(costs);
            bpins = List.copyOf(bpins);
        }
    }

    public record SgrInitiative(
            String code,
            String lineText,
            String kind,
            String sectorName,
            String initiative,
            BigDecimal amount,
            String bpin) {}
}
