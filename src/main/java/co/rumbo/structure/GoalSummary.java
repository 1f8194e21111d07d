package co.rumbo.structure;

import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product goal as lists, the tree and the API show it. */
public record GoalSummary(
        UUID id,
        UUID planId,
        String sisptCode,
        BudgetKind budgetKind,
        String name,
        String indicatorCode,
        String indicatorName,
        String customName,
        String unit,
        String sectorCode,
        String sectorName,
        String programCode,
        String programName,
        String productCode,
        List<String> lineCodes,
        UUID officeId,
        String officeName,
        ProgrammingType programmingType,
        BigDecimal fourYearTarget,
        Map<String, BigDecimal> targets,
        List<String> bpins,
        BigDecimal weight,
        boolean eliminated) {

    public GoalSummary {
        lineCodes = List.copyOf(lineCodes);
        targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
        bpins = List.copyOf(bpins);
    }
}
