package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Headers.*;

import co.rumbo.interop.sispt.SisptIssue.Severity;
import co.rumbo.interop.sispt.SisptLayout.SheetLayout;
import co.rumbo.interop.sispt.SisptWorkbook.AnyProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import co.rumbo.interop.sispt.SisptWorkbook.Mga;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.SgrProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.YearlyCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the content of a SisPT workbook before anything is saved, collecting every problem.
 *
 * <p>ERRORs (the import is refused): an empty or repeated code in a sheet; a product goal without a
 * strategic line or with a line that "Líneas estratégicas" does not have. WARNINGs (reported, not
 * blocking): a four-year target that does not fit the yearly targets for the goal's programming type
 * (SUMA: their sum; CONSTANTE: their common value; CRECIENTE/DECRECIENTE: the last one), a type that
 * had to be assumed, a missing or malformed BPIN, an MGA indicator code not in the catalogue, a year's
 * "Total" that differs from the sum of its sources by a cent or more (DNP writes that total as a
 * binary floating-point figure, off by millionths of a peso: such noise is not reported), a negative
 * target or amount, a duplicated indicator, and an outcome goal or SGR initiative naming a line the
 * file does not have (real exports keep stale codes there after lines are renumbered).
 *
 * <p>A duplicated indicator is a second goal of the same sheet with the same MGA indicator code and
 * the same customization ("Personalización…", compared without accents, case or extra spaces): the
 * plan's reports could not tell the two apart. When every other column is also equal the row is
 * reported as a copy, whose resources would be counted twice.
 *
 * <p>Thread-safe when the predicate is.
 */
public final class SisptValidator {

    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    private final Predicate<String> knownIndicatorCode;

    /** @param knownIndicatorCode whether an MGA product-indicator code ("170202300") is in the catalogue */
    public SisptValidator(Predicate<String> knownIndicatorCode) {
        this.knownIndicatorCode = Objects.requireNonNull(knownIndicatorCode, "knownIndicatorCode");
    }

    public SisptValidation validate(SisptWorkbook workbook) {
        Check check = new Check(workbook);
        check.strategicLines();
        check.outcomeGoals();
        check.productGoals();
        check.sgrProductGoals();
        check.sgrInitiatives();
        return new SisptValidation(check.issues, check.inferences);
    }

    /** One validation of one workbook. */
    private final class Check {

        private final SisptWorkbook workbook;
        private final Set<String> lineCodes;
        private final List<Integer> years;
        private final Map<SisptSheet, Map<String, Integer>> columns = new HashMap<>();
        private final List<SisptIssue> issues = new ArrayList<>();
        private final List<TypeInference> inferences = new ArrayList<>();

        Check(SisptWorkbook workbook) {
            this.workbook = workbook;
            this.lineCodes = new HashSet<>(workbook.lineCodes());
            this.years = workbook.layout().costYears();
        }

        void strategicLines() {
            Codes codes = new Codes(SisptSheet.STRATEGIC_LINES, CONSECUTIVE, "línea estratégica");
            workbook.strategicLines().forEach(l -> codes.check(l.code(), l.row()));
            if (lineCodes.isEmpty()) {
                // said once here, rather than once per product that names a line
                issue(
                        SisptSheet.STRATEGIC_LINES,
                        0,
                        CONSECUTIVE,
                        Severity.ERROR,
                        "No se leyó ninguna línea estratégica: sin ellas no se pueden ubicar las metas del plan.");
            }
        }

        void outcomeGoals() {
            Codes codes = new Codes(SisptSheet.OUTCOME_GOALS, CONSECUTIVE, "indicador de resultado");
            for (var goal : workbook.outcomeGoals()) {
                codes.check(goal.code(), goal.row());
                unknownLines(SisptSheet.OUTCOME_GOALS, goal.row(), goal.lines(), Severity.WARNING);
                if (goal.fourYearTarget() == null) {
                    issue(
                            SisptSheet.OUTCOME_GOALS,
                            goal.row(),
                            FOUR_YEAR_TARGET,
                            Severity.WARNING,
                            "Falta la meta del cuatrienio.");
                }
            }
        }

        void productGoals() {
            SisptSheet sheet = SisptSheet.PRODUCT_GOALS;
            Codes codes = new Codes(sheet, SISPT_CODE, "indicador de producto");
            Duplicates duplicates = new Duplicates(sheet);
            for (ProductGoal goal : workbook.productGoals()) {
                int row = goal.row();
                codes.check(goal.sisptCode(), row);
                if (goal.lines().isEmpty()) {
                    issue(sheet, row, LINE, Severity.ERROR, "El producto no tiene línea estratégica.");
                }
                unknownLines(sheet, row, goal.lines(), Severity.ERROR);
                programming(goal);
                negatives(goal);
                fileTotals(goal);
                bpins(sheet, row, goal.bpins());
                indicator(sheet, row, goal.mga());
                duplicates.check(goal, withoutIdentity(goal));
            }
        }

        void sgrProductGoals() {
            SisptSheet sheet = SisptSheet.SGR_PRODUCT_GOALS;
            Codes codes = new Codes(sheet, SGR_SISPT_CODE, "indicador de producto SGR");
            Duplicates duplicates = new Duplicates(sheet);
            for (SgrProductGoal goal : workbook.sgrProductGoals()) {
                int row = goal.row();
                codes.check(goal.sisptCode(), row);
                // biennia do not line up with the four-year plan: the type is inferred, the target not checked
                inferences.add(TypeInference.of(
                        sheet,
                        goal.sisptCode(),
                        row,
                        goal.accumulation(),
                        List.copyOf(goal.bienniumTargets().values()),
                        goal.fourYearTarget()));
                warnIfAmbiguous(inferences.get(inferences.size() - 1));
                bpins(sheet, row, goal.bpins());
                indicator(sheet, row, goal.mga());
                duplicates.check(goal, withoutIdentity(goal));
            }
        }

        void sgrInitiatives() {
            Codes codes = new Codes(SisptSheet.SGR_INITIATIVES, CONSECUTIVE, "iniciativa SGR");
            for (var initiative : workbook.sgrInitiatives()) {
                codes.check(initiative.code(), initiative.row());
                unknownLines(SisptSheet.SGR_INITIATIVES, initiative.row(), initiative.lines(), Severity.WARNING);
            }
        }

        private void unknownLines(SisptSheet sheet, int row, List<LineRef> lines, Severity severity) {
            for (LineRef line : lines) {
                if (!lineCodes.isEmpty() && !lineCodes.contains(line.code())) {
                    issue(
                            sheet,
                            row,
                            LINE,
                            severity,
                            "La línea «" + line.code() + "» no está en la hoja «"
                                    + SisptSheet.STRATEGIC_LINES.sheetName() + "» (que tiene "
                                    + String.join(", ", workbook.lineCodes())
                                    + ").");
                }
            }
        }

        private void programming(ProductGoal goal) {
            List<Integer> years =
                    this.years.isEmpty() ? List.copyOf(goal.yearlyTargets().keySet()) : this.years;
            List<BigDecimal> series = years.stream().map(goal::targetOrZero).toList();
            TypeInference inference = TypeInference.of(
                    SisptSheet.PRODUCT_GOALS,
                    goal.sisptCode(),
                    goal.row(),
                    goal.accumulation(),
                    series,
                    goal.fourYearTarget());
            inferences.add(inference);
            warnIfAmbiguous(inference);
            if (inference.inferred() && !Headers.same(goal.accumulation(), "No acumulativo")) {
                issue(
                        SisptSheet.PRODUCT_GOALS,
                        goal.row(),
                        ACCUMULATION,
                        Severity.WARNING,
                        "«Tipo de acumulación» debe ser «Acumulativo» o «No acumulativo». " + inference.reason());
            }
            if (goal.fourYearTarget() == null) {
                issue(
                        SisptSheet.PRODUCT_GOALS,
                        goal.row(),
                        FOUR_YEAR_TARGET,
                        Severity.WARNING,
                        "Falta la meta del cuatrienio.");
                return;
            }
            String inconsistency = Consistency.of(inference, series, goal.fourYearTarget());
            if (inconsistency != null) {
                issue(SisptSheet.PRODUCT_GOALS, goal.row(), FOUR_YEAR_TARGET, Severity.WARNING, inconsistency);
            }
        }

        private void warnIfAmbiguous(TypeInference inference) {
            if (inference.ambiguous()) {
                issue(inference.sheet(), inference.row(), ACCUMULATION, Severity.WARNING, inference.reason());
            }
        }

        private void negatives(ProductGoal goal) {
            goal.yearlyTargets().forEach((year, target) -> {
                if (target.signum() < 0) {
                    issue(
                            SisptSheet.PRODUCT_GOALS,
                            goal.row(),
                            Headers.yearly(PROGRAMMING_PREFIX, year),
                            Severity.WARNING,
                            "La meta del año es negativa (" + Numbers.format(target) + ").");
                }
            });
            for (YearlyCost cost : goal.costs()) {
                cost.bySource().forEach((source, amount) -> {
                    if (amount.signum() < 0) {
                        issue(
                                SisptSheet.PRODUCT_GOALS,
                                goal.row(),
                                Headers.yearly(source, cost.year()),
                                Severity.WARNING,
                                "El valor es negativo (" + Numbers.format(amount) + ").");
                    }
                });
            }
        }

        private void fileTotals(ProductGoal goal) {
            for (YearlyCost cost : goal.costs()) {
                BigDecimal written = cost.fileTotal() == null ? BigDecimal.ZERO : cost.fileTotal();
                BigDecimal sum = cost.sumOfSources();
                if (written.subtract(sum).abs().compareTo(ONE_CENT) >= 0) {
                    issue(
                            SisptSheet.PRODUCT_GOALS,
                            goal.row(),
                            Headers.yearly(TOTAL_PREFIX, cost.year()),
                            Severity.WARNING,
                            "El total " + cost.year() + " del archivo (" + Numbers.format(cost.fileTotal())
                                    + ") no es la suma de sus fuentes (" + Numbers.format(sum)
                                    + "). Rumbo usa la suma de las fuentes.");
                }
            }
        }

        private void bpins(SisptSheet sheet, int row, List<String> bpins) {
            if (bpins.isEmpty()) {
                issue(
                        sheet,
                        row,
                        BPIN,
                        Severity.WARNING,
                        "Sin BPIN: la ejecución de este producto no se podrá cruzar con la de PIIP.");
            }
            for (String bpin : bpins) {
                if (!bpin.matches("\\d+")) {
                    issue(
                            sheet,
                            row,
                            BPIN,
                            Severity.WARNING,
                            "El BPIN «" + bpin + "» no es válido: un BPIN tiene solo dígitos.");
                }
            }
        }

        private void indicator(SisptSheet sheet, int row, Mga mga) {
            String code = mga.indicatorCode();
            if (code == null) {
                issue(sheet, row, INDICATOR_CODE, Severity.WARNING, "Falta el código de indicador de producto (MGA).");
            } else if (!knownIndicatorCode.test(code)) {
                issue(
                        sheet,
                        row,
                        INDICATOR_CODE,
                        Severity.WARNING,
                        "El código de indicador MGA «" + code + "» no está en el catálogo de indicadores de producto.");
            }
        }

        private void issue(SisptSheet sheet, int row, String header, Severity severity, String message) {
            SheetLayout layout = workbook.layout().sheet(sheet).orElse(null);
            if (layout == null) {
                issues.add(new SisptIssue(sheet.sheetName(), row, null, header, message, severity));
                return;
            }
            int column = columns.computeIfAbsent(sheet, k -> new HashMap<>()).computeIfAbsent(header, layout::indexOf);
            issues.add(new SisptIssue(
                    layout.name(),
                    row,
                    column < 0 ? null : Headers.letter(column),
                    column < 0 ? header : layout.headers().get(column),
                    message,
                    severity));
        }

        /** Empty and repeated codes of one sheet. */
        private final class Codes {
            private final SisptSheet sheet;
            private final String header;
            private final String what;
            private final Map<String, Integer> firstRow = new HashMap<>();

            Codes(SisptSheet sheet, String header, String what) {
                this.sheet = sheet;
                this.header = header;
                this.what = what;
            }

            void check(String code, int row) {
                if (code == null) {
                    issue(sheet, row, header, Severity.ERROR, "Falta el código del " + what + ".");
                    return;
                }
                Integer first = firstRow.putIfAbsent(code, row);
                if (first != null) {
                    issue(
                            sheet,
                            row,
                            header,
                            Severity.ERROR,
                            "El código «" + code + "» está repetido: ya aparece en la fila " + first + ".");
                }
            }
        }

        /** Goals of one sheet with the same indicator key. */
        /** Goals of one sheet with the same indicator, or the same everything but their code. */
        private final class Duplicates {
            private final SisptSheet sheet;
            private final Map<String, AnyProductGoal> firstByIndicator = new HashMap<>();
            private final Map<AnyProductGoal, AnyProductGoal> firstByContent = new HashMap<>();

            Duplicates(SisptSheet sheet) {
                this.sheet = sheet;
            }

            void check(AnyProductGoal goal, AnyProductGoal content) {
                AnyProductGoal sameContent = firstByContent.putIfAbsent(content, goal);
                AnyProductGoal sameIndicator = firstByIndicator.putIfAbsent(indicatorKey(goal), goal);
                if (sameContent != null) {
                    issue(
                            sheet,
                            goal.row(),
                            INDICATOR_CODE,
                            Severity.WARNING,
                            "La fila es una copia de «"
                                    + sameContent.sisptCode() + "» (fila " + sameContent.row()
                                    + "): mismo indicador, metas, costos y BPIN. Si sobra, elimínela en SisPT: sus recursos"
                                    + " se cuentan dos veces en los totales.");
                } else if (sameIndicator != null) {
                    issue(
                            sheet,
                            goal.row(),
                            INDICATOR_CODE,
                            Severity.WARNING,
                            "El indicador repite el de «"
                                    + sameIndicator.sisptCode() + "» (fila " + sameIndicator.row()
                                    + "): mismo indicador MGA y misma personalización, así que los reportes no los"
                                    + " distinguen. Personalice el nombre de uno de los dos.");
                }
            }
        }
    }

    private static String indicatorKey(AnyProductGoal goal) {
        return Objects.toString(goal.mga().indicatorCode(), "") + "|" + Headers.normalize(goal.customName());
    }

    private static ProductGoal withoutIdentity(ProductGoal g) {
        return new ProductGoal(
                null,
                g.lines(),
                g.mga(),
                g.customName(),
                g.unit(),
                g.fourYearTarget(),
                g.principal(),
                g.odsCode(),
                g.odsName(),
                g.accumulation(),
                g.yearlyTargets(),
                g.costs(),
                g.bpins(),
                g.otherColumns(),
                0);
    }

    private static SgrProductGoal withoutIdentity(SgrProductGoal g) {
        return new SgrProductGoal(
                null,
                g.initiative(),
                g.mga(),
                g.customName(),
                g.unit(),
                g.fourYearTarget(),
                g.principal(),
                g.odsCode(),
                g.odsName(),
                g.accumulation(),
                g.cofinancedWithOrdinaryBudget(),
                g.bienniumTargets(),
                g.sgrResources(),
                g.bpins(),
                g.otherColumns(),
                0);
    }
}
