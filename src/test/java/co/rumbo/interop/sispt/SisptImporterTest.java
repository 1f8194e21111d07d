package co.rumbo.interop.sispt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole check of an upload, on Tenjo's real export and on copies of it broken on purpose. */
class SisptImporterTest {

    private static final String PRODUCTS = "Plan indicativo - Productos";
    private static Set<String> catalogue;

    private final SisptImporter importer = new SisptImporter(catalogue::contains);

    @BeforeAll
    static void loadCatalogue() {
        catalogue = TestFiles.mgaIndicatorCodes();
    }

    private SisptImport check(byte[] xlsx) {
        return importer.check(new ByteArrayInputStream(xlsx));
    }

    private static XlsxGrid tenjoGrid() {
        return XlsxGrid.of(TestFiles.tenjo());
    }

    @Test
    void acceptsTenjosExportWithWarningsOnly() {
        SisptImport result = check(TestFiles.tenjo());

        assertThat(result.canBeSaved()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isNotEmpty();
        assertThat(result.inferences()).hasSize(331);
    }

    @Test
    void knowsEveryIndicatorCodeOfTheCatalogue() {
        assertThat(check(TestFiles.tenjo()).warnings())
                .noneSatisfy(w -> assertThat(w.message()).contains("catálogo"));
    }

    @Test
    void reportsTheRealInconsistenciesOfTenjo() {
        SisptImport result = check(TestFiles.tenjo());

        // IP-155: "Acumulativo", 10 a year, 63.7 in the four years
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.row()).isEqualTo(3);
            assertThat(w.column()).isEqualTo("P");
            assertThat(w.message()).contains("(63,7) no es la suma de las metas anuales");
        });
        // IR-1 names LE-1, a line "Líneas estratégicas" no longer has
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.sheet()).isEqualTo("Indicadores de resultado");
            assertThat(w.message()).startsWith("La línea «LE-1» no está");
        });
        // IP-224 and IP-225 are both "Acceso garantizado" of indicator 330112600
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w.message()).startsWith("El indicador repite el de «IP-224»"));
    }

    @Test
    void listsTheTypesItInferred() {
        SisptImport result = check(TestFiles.tenjo());

        assertThat(result.inferredTypes()).hasSize(146).allSatisfy(t -> assertThat(t.accumulation())
                .isEqualTo("No acumulativo"));
        assertThat(result.inferences())
                .filteredOn(t -> !t.inferred())
                .hasSize(185)
                .allSatisfy(t -> assertThat(t.type()).isEqualTo(ProgrammingType.SUMA));
    }

    @Test
    void addsUpTenjosBudgetExactly() {
        SisptTotals totals = check(TestFiles.tenjo()).totals();

        assertThat(totals.total()).isEqualTo(new BigDecimal("415445158597.9955"));
        assertThat(totals.byYear().get(2024)).isEqualTo(new BigDecimal("99879824683.40"));
        assertThat(totals.bySource().get("Recursos propios")).isEqualTo(new BigDecimal("313179103276.7722"));
        assertThat(totals.bySource().get("SGP municipios Rio Magdalena")).isZero();
    }

    @Test
    void refusesAFileWithoutOneOfTheSheets() {
        SisptImport result =
                check(tenjoGrid().removeSheet("Indicadores de resultado").toXlsx());

        assertThat(result.canBeSaved()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("Falta la hoja «Indicadores de resultado». Cargue el archivo tal como lo exporta SisPT."));
    }

    @Test
    void readsAFileWithoutTheOptionalInitiativesSheet() {
        SisptImport result = check(tenjoGrid().removeSheet("Iniciativas SGR").toXlsx());

        assertThat(result.canBeSaved()).isTrue();
        assertThat(result.workbook().layout().sheet(SisptSheet.SGR_INITIATIVES)).isEmpty();
    }

    @Test
    void refusesAFileWithoutAColumnNamingTheColumn() {
        SisptImport result =
                check(tenjoGrid().removeColumn(PRODUCTS, "Meta del cuatrienio").toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo(PRODUCTS);
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.header()).isEqualTo("Meta del cuatrienio");
            assertThat(e.message()).startsWith("Falta la columna «Meta del cuatrienio».");
        });
    }

    @Test
    void refusesAFileWithoutOneYearOfASource() {
        SisptImport result =
                check(tenjoGrid().removeColumn(PRODUCTS, "Otros 2026").toXlsx());

        assertThat(result.errors()).extracting(SisptIssue::header).containsExactly("Otros 2026");
    }

    @Test
    void refusesANonNumericAmountNamingSheetRowAndColumn() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 5, "Recursos propios 2025", "12.000.000,50")
                .toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo(PRODUCTS);
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("AN");
            assertThat(e.header()).isEqualTo("Recursos propios 2025");
            assertThat(e.message()).startsWith("El valor «12.000.000,50» no es un número.");
            assertThat(e.location())
                    .isEqualTo("hoja «Plan indicativo - Productos», fila 5, columna AN (Recursos propios 2025)");
        });
    }

    @Test
    void refusesANonNumericTarget() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 4, "Programación del producto bien o servicio 2024", "diez")
                .set("Indicadores de resultado", 3, "Meta del cuatrienio", "cien por ciento")
                .toXlsx());

        assertThat(result.errors())
                .extracting(SisptIssue::sheet, SisptIssue::row, SisptIssue::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Indicadores de resultado", 3, "H"),
                        org.assertj.core.groups.Tuple.tuple(PRODUCTS, 4, "U"));
    }

    @Test
    void refusesRowsOfAnotherEntity() {
        SisptImport result =
                check(tenjoGrid().set(PRODUCTS, 7, "Código DANE", "25899").toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.message()).contains("«25899» no es el de la entidad del archivo («25799»)");
        });
    }

    @Test
    void refusesAnEmptySisptCode() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 8, "Código de indicador de producto (SisPT)", null)
                .toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("Falta el código del indicador de producto."));
    }

    @Test
    void refusesADuplicatedSisptCode() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 8, "Código de indicador de producto (SisPT)", "IP-155")
                .toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("El código «IP-155» está repetido: ya aparece en la fila 3."));
    }

    @Test
    void refusesAProductInALineTheFileDoesNotHave() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 3, "Línea estratégica", "LE-1-Ambiente")
                .toXlsx());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("E");
            assertThat(e.message()).startsWith("La línea «LE-1» no está en la hoja «Líneas estratégicas»");
        });
    }

    @Test
    void collectsEveryProblemOfTheFileAtOnce() {
        SisptImport result = check(tenjoGrid()
                .set(PRODUCTS, 5, "Recursos propios 2025", "mucho")
                .set(PRODUCTS, 7, "Código DANE", "25899")
                .set(PRODUCTS, 8, "Código de indicador de producto (SisPT)", "IP-155")
                .removeColumn("Líneas estratégicas", "Línea estratégica")
                .toXlsx());

        assertThat(result.errors())
                .extracting(SisptIssue::message)
                .containsExactly(
                        "No se leyó ninguna línea estratégica: sin ellas no se pueden ubicar las metas del plan.",
                        "Falta la columna «Línea estratégica». Sin ella no se leen las filas de esta hoja.",
                        "El valor «mucho» no es un número. Escriba solo dígitos y, si tiene decimales, un punto (sin"
                                + " separador de miles).",
                        "El código DANE «25899» no es el de la entidad del archivo («25799»): el archivo mezcla entidades.",
                        "El código «IP-155» está repetido: ya aparece en la fila 3.");
        assertThat(result.errors().get(0).sheet()).isEqualTo("Líneas estratégicas");
    }

    @Test
    void givesNoWorkbookNorTotalsForAnUnreadableFile() {
        SisptImport result = check("no soy un xlsx".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(result.canBeSaved()).isFalse();
        assertThat(result.workbook()).isNull();
        assertThat(result.totals()).isNull();
        assertThat(result.errors()).hasSize(1);
    }
}
