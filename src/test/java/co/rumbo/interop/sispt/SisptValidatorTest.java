package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Goals.product;
import static co.rumbo.interop.sispt.Goals.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.sispt.SisptIssue.Severity;
import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SisptValidatorTest {

    private static final Set<String> CATALOGUE = Set.of("170202300", "400301700");

    private final SisptValidator validator = new SisptValidator(CATALOGUE::contains);

    private SisptValidation validate(ProductGoal... goals) {
        return validator.validate(workbook(List.of(goals)));
    }

    private static List<String> messages(SisptValidation validation) {
        return validation.issues().stream().map(SisptIssue::message).toList();
    }

    @Test
    void findsNothingWrongInAConsistentGoal() {
        SisptValidation validation = validate(product("IP-1").build());

        assertThat(validation.issues()).isEmpty();
        assertThat(validation.hasErrors()).isFalse();
    }

    @Nested
    class ProgrammingTypes {

        private TypeInference inferenceOf(Goals.Product goal) {
            return validate(goal.build()).inferences().get(0);
        }

        @Test
        void takesAccumulativeAsSumWithoutInferring() {
            TypeInference inference = inferenceOf(product("IP-1").accumulation("Acumulativo"));

            assertThat(inference.type()).isEqualTo(ProgrammingType.SUMA);
            assertThat(inference.inferred()).isFalse();
        }

        @Test
        void infersConstantFromEqualYearlyTargets() {
            TypeInference inference = inferenceOf(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("7.5", "7.5", "7.50", "7.5")
                    .fourYearTarget("7.5"));

            assertThat(inference.type()).isEqualTo(ProgrammingType.CONSTANTE);
            assertThat(inference.inferred()).isTrue();
            assertThat(inference.reason()).contains("iguales");
        }

        @Test
        void infersIncreasingFromTargetsThatNeverFall() {
            TypeInference inference = inferenceOf(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("0.2", "0.5", "1", "1")
                    .fourYearTarget("1"));

            assertThat(inference.type()).isEqualTo(ProgrammingType.CRECIENTE);
            assertThat(inference.inferred()).isTrue();
            assertThat(inference.ambiguous()).isFalse();
        }

        @Test
        void infersDecreasingFromTargetsThatNeverRise() {
            TypeInference inference = inferenceOf(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("30", "25", "25", "20")
                    .fourYearTarget("20"));

            assertThat(inference.type()).isEqualTo(ProgrammingType.DECRECIENTE);
        }

        @Test
        void assumesConstantWithAWarningWhenTargetsRiseAndFall() {
            SisptValidation validation = validate(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("1", "3", "3", "1")
                    .fourYearTarget("8")
                    .build());

            TypeInference inference = validation.inferences().get(0);
            assertThat(inference.type()).isEqualTo(ProgrammingType.CONSTANTE);
            assertThat(inference.ambiguous()).isTrue();
            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.header()).isEqualTo("Tipo de acumulación");
                assertThat(issue.column()).isEqualTo("T");
                assertThat(issue.message()).contains("suben y bajan", "se asume CONSTANTE");
            });
        }

        @Test
        void countsBlankYearlyTargetsAsZero() {
            // blank, 1, 1, 1 is 0, 1, 1, 1: it never falls
            TypeInference inference = inferenceOf(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets(null, "1", "1", "1")
                    .fourYearTarget("1"));

            assertThat(inference.type()).isEqualTo(ProgrammingType.CRECIENTE);
        }

        @Test
        void infersSumForABlankAccumulationWhenTheTargetsAddUp() {
            SisptValidation validation =
                    validate(product("IP-1").accumulation(null).build());

            assertThat(validation.inferences().get(0).type()).isEqualTo(ProgrammingType.SUMA);
            assertThat(validation.inferences().get(0).inferred()).isTrue();
            assertThat(messages(validation)).singleElement().asString().contains("en blanco", "SUMA");
        }

        @Test
        void treatsABlankAccumulationThatDoesNotAddUpAsNotAccumulative() {
            SisptValidation validation = validate(product("IP-1")
                    .accumulation(null)
                    .targets("5", "5", "5", "5")
                    .fourYearTarget("5")
                    .build());

            assertThat(validation.inferences().get(0).type()).isEqualTo(ProgrammingType.CONSTANTE);
        }
    }

    @Nested
    class FourYearTarget {

        @Test
        void warnsWhenASumGoalsTargetsDoNotAddUp() {
            SisptValidation validation = validate(product("IP-155")
                    .targets("10", "10", "10", "10")
                    .fourYearTarget("63.7")
                    .build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.sheet()).isEqualTo("Plan indicativo - Productos");
                assertThat(issue.row()).isEqualTo(3);
                assertThat(issue.column()).isEqualTo("P");
                assertThat(issue.header()).isEqualTo("Meta del cuatrienio");
                assertThat(issue.message())
                        .isEqualTo("La meta del cuatrienio (63,7) no es la suma de las metas anuales (10; 10; 10; 10"
                                + " suman 40), como corresponde a una meta acumulativa (SUMA).");
            });
        }

        @Test
        void comparesTargetsByValueNotByScale() {
            assertThat(validate(product("IP-1").fourYearTarget("40.00").build()).issues())
                    .isEmpty();
        }

        @Test
        void warnsWhenAConstantGoalsYearlyTargetIsNotTheFourYearOne() {
            SisptValidation validation = validate(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("100", "100", "100", "100")
                    .fourYearTarget("400")
                    .build());

            assertThat(messages(validation)).singleElement().asString().contains("no es la de cada año", "CONSTANTE");
        }

        @Test
        void warnsWhenAnIncreasingGoalDoesNotEndAtItsTarget() {
            SisptValidation validation = validate(product("IP-1")
                    .accumulation("No acumulativo")
                    .targets("0", "1", "1", "1")
                    .fourYearTarget("4")
                    .build());

            assertThat(messages(validation))
                    .singleElement()
                    .asString()
                    .contains("no es la del último año (1)", "CRECIENTE");
        }

        @Test
        void acceptsADecreasingGoalThatEndsAtItsTarget() {
            assertThat(validate(product("IP-1")
                                    .accumulation("No acumulativo")
                                    .targets("30", "25", "25", "20")
                                    .fourYearTarget("20")
                                    .build())
                            .issues())
                    .isEmpty();
        }

        @Test
        void warnsWhenTheFourYearTargetIsBlank() {
            assertThat(messages(validate(product("IP-1").fourYearTarget(null).build())))
                    .containsExactly("Falta la meta del cuatrienio.");
        }
    }

    @Nested
    class Codes {

        @Test
        void refusesAnEmptySisptCode() {
            SisptValidation validation = validate(product(null).build());

            assertThat(validation.hasErrors()).isTrue();
            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.column()).isEqualTo("D");
                assertThat(issue.message()).isEqualTo("Falta el código del indicador de producto.");
            });
        }

        @Test
        void refusesARepeatedSisptCode() {
            SisptValidation validation = validate(
                    product("IP-1").build(),
                    product("IP-1").row(4).indicator("170202300", "Otro nombre").build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.isError()).isTrue();
                assertThat(issue.row()).isEqualTo(4);
                assertThat(issue.message()).isEqualTo("El código «IP-1» está repetido: ya aparece en la fila 3.");
            });
        }

        @Test
        void refusesAProductInALineTheFileDoesNotHave() {
            SisptValidation validation = validate(
                    product("IP-1").lines(new LineRef("LE-9", "Perdida")).build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.isError()).isTrue();
                assertThat(issue.header()).isEqualTo("Línea estratégica");
                assertThat(issue.message()).startsWith("La línea «LE-9» no está en la hoja «Líneas estratégicas»");
            });
        }

        @Test
        void refusesAProductWithoutLine() {
            assertThat(validate(product("IP-1").lines().build()).issues())
                    .singleElement()
                    .satisfies(issue -> assertThat(issue.isError()).isTrue());
        }
    }

    @Nested
    class Budget {

        @Test
        void warnsWhenAYearsTotalIsNotTheSumOfItsSources() {
            SisptValidation validation = validate(product("IP-1")
                    .cost(2025, "Otros", "500")
                    .fileTotal(2025, "1000000")
                    .build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.header()).isEqualTo("Total 2025");
                assertThat(issue.column()).isEqualTo("BB");
                assertThat(issue.message())
                        .isEqualTo("El total 2025 del archivo (1.000.000) no es la suma de sus fuentes (1.000.500)."
                                + " Rumbo usa la suma de las fuentes.");
            });
        }

        @Test
        void ignoresTheFloatingPointNoiseOfDnpsTotals() {
            SisptValidation validation = validate(product("IP-1")
                    .cost(2026, "Recursos propios", "3493430378.9056")
                    .fileTotal(2026, "3493430378.9055996")
                    .build());

            assertThat(validation.issues()).isEmpty();
        }

        @Test
        void warnsAboutAMissingBpin() {
            assertThat(messages(validate(product("IP-1").bpins().build())))
                    .containsExactly("Sin BPIN: la ejecución de este producto no se podrá cruzar con la de PIIP.");
        }

        @Test
        void warnsAboutAMalformedBpin() {
            assertThat(messages(validate(product("IP-1").bpins("2024252140X53").build())))
                    .containsExactly("El BPIN «2024252140X53» no es válido: un BPIN tiene solo dígitos.");
        }

        @Test
        void warnsAboutNegativeAmounts() {
            SisptValidation validation =
                    validate(product("IP-1").cost(2024, "Otros", "-5").build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> assertThat(issue.header())
                    .isEqualTo("Otros 2024"));
        }
    }

    @Nested
    class Indicators {

        @Test
        void warnsAboutAnIndicatorCodeNotInTheCatalogue() {
            SisptValidation validation =
                    validate(product("IP-1").indicator("999999999", "Algo").build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.column()).isEqualTo("L");
                assertThat(issue.message()).contains("«999999999» no está en el catálogo");
            });
        }

        @Test
        void warnsAboutTheSameIndicatorWithTheSameCustomization() {
            SisptValidation validation = validate(
                    product("IP-224")
                            .indicator("170202300", "Acceso garantizado")
                            .build(),
                    product("IP-225")
                            .row(4)
                            .indicator("170202300", "ACCESO  garantizádo")
                            .targets("10", "10", "10", "11")
                            .fourYearTarget("41")
                            .build());

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.row()).isEqualTo(4);
                assertThat(issue.message()).startsWith("El indicador repite el de «IP-224» (fila 3)");
            });
        }

        @Test
        void acceptsTheSameIndicatorWithDifferentCustomizations() {
            assertThat(validate(
                                    product("IP-1")
                                            .indicator("170202300", "Hogares atendidos")
                                            .build(),
                                    product("IP-2")
                                            .row(4)
                                            .indicator("170202300", "Personas atendidas")
                                            .build())
                            .issues())
                    .isEmpty();
        }

        @Test
        void saysWhenADuplicateIsACopyWhoseResourcesCountTwice() {
            SisptValidation validation =
                    validate(product("IP-141").build(), product("IP-340").row(4).build());

            assertThat(messages(validation))
                    .singleElement()
                    .asString()
                    .startsWith("La fila es una copia de «IP-141» (fila 3)");
        }
    }

    @Nested
    class OtherSheets {

        @Test
        void onlyWarnsAboutAnOutcomeGoalInALineTheFileDoesNotHave() {
            // Tenjo's IR-1 names "LE-1", a line renumbered LE-6 in "Líneas estratégicas"
            SisptWorkbook base = workbook(List.of());
            SisptWorkbook workbook = new SisptWorkbook(
                    base.organization(),
                    base.planName(),
                    base.strategicLines(),
                    List.of(new SisptWorkbook.OutcomeGoal(
                            "IR-1",
                            List.of(new LineRef("LE-6", "Ambiente")),
                            "Cobertura",
                            false,
                            Goals.n("100"),
                            null,
                            3)),
                    List.of(),
                    List.of(),
                    List.of(),
                    base.layout());

            SisptValidation validation = validator.validate(workbook);

            assertThat(validation.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.sheet()).isEqualTo("Indicadores de resultado");
                assertThat(issue.column()).isEqualTo("E");
            });
        }

        @Test
        void infersTheTypeOfSgrGoalsFromTheirBiennia() {
            SisptValidation validation = validator.validate(
                    workbook(List.of(), List.of(Goals.sgrGoal("IPSGR-1", 3)), List.of(Goals.initiative("ISGR-1", 3))));

            assertThat(validation.issues()).isEmpty();
            assertThat(validation.inferences()).singleElement().satisfies(inference -> {
                assertThat(inference.sheet()).isEqualTo(SisptSheet.SGR_PRODUCT_GOALS);
                assertThat(inference.type()).isEqualTo(ProgrammingType.CONSTANTE);
            });
        }

        @Test
        void refusesRepeatedCodesInEverySheet() {
            SisptValidation validation = validator.validate(workbook(
                    List.of(),
                    List.of(Goals.sgrGoal("IPSGR-1", 3), Goals.sgrGoal("IPSGR-1", 4)),
                    List.of(Goals.initiative("ISGR-1", 3), Goals.initiative("ISGR-1", 4))));

            assertThat(validation.issues())
                    .filteredOn(SisptIssue::isError)
                    .extracting(SisptIssue::sheet)
                    .containsExactly("Plan indicativo SGR - Productos", "Iniciativas SGR");
        }
    }
}
