package co.rumbo.interop.dnp;

import static co.rumbo.interop.xlsx.XlsxFixture.row;

import co.rumbo.interop.xlsx.XlsxFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A minimal DNP seguimiento workbook with DNP's layout, to be spoiled by each test: the reader's tests
 * here and the import's tests in {@code co.rumbo.interop}.
 */
public final class DnpFixture {

    static final List<String> PHYSICAL_HEADERS = List.of(
            "Consecutivos IP (SisPT)",
            "Código Sector (MGA)",
            "Sector (MGA)",
            "Código Programa (MGA)",
            "Programa (MGA)",
            "Código Producto (MGA)",
            "Producto (MGA)",
            "Código Indicador Producto (MGA)",
            "Indicador Producto (MGA)",
            "Códigos BPIN Asociados",
            "Acumulativo",
            "Unidad de Medida",
            "Meta del Cuatrenio (SisPT)",
            "Programado 2024 (SisPT)",
            "Programado 2025 (SisPT)",
            "Ejecución Física 2024 (PIIP)",
            "Avance físico 2024 (%)",
            "Explicación del valor 2024");

    static final List<String> FINANCIAL_HEADERS = List.of(
            "Consecutivos IP (SisPT)",
            "Código Sector (MGA)",
            "Sector (MGA)",
            "Código Programa (MGA)",
            "Programa (MGA)",
            "Código Producto (MGA)",
            "Producto (MGA)",
            "Descripción del Producto (MGA)",
            "Códigos BPIN Asociados",
            "Programación Cuatrienio SisPT",
            "Programado 2024 (SisPT)",
            "Compromisos 2024 (CUIPO)",
            "Obligaciones 2024 (CUIPO)",
            "Pagos 2024 (CUIPO)",
            "Obligaciones como % de lo programado (2024)",
            "Explicación del valor 2024");

    private final Set<String> removedPhysicalColumns = new LinkedHashSet<>();
    private final List<List<Object>> physicalRows = new ArrayList<>();
    private boolean withSummary = true;
    private boolean withFinancialSheet = true;

    /** A physical row: "IP-1", BPIN "2024257990001", "Si", programmed 2024 = 2, 2025 = 3, executed 2024 = 1. */
    public static List<Object> physicalRow(String sisptCodes) {
        return physicalRow(sisptCodes, 1);
    }

    /** The same row with the given 2024 execution (a text, to spoil it). */
    public static List<Object> physicalRow(String sisptCodes, Object executed2024) {
        return row(
                sisptCodes,
                "32",
                "Ambiente",
                "3204",
                "Programa",
                "3204001",
                "Producto",
                "320400100",
                "Indicador",
                "2024257990001",
                "Si",
                "Número",
                5,
                2,
                3,
                executed2024,
                0.5,
                "Lo ejecutado está por debajo de lo programado en la vigencia");
    }

    public DnpFixture withPhysicalRow(List<Object> row) {
        physicalRows.add(row);
        return this;
    }

    /** Leaves the column out of the header and of every row, added before or after this call. */
    public DnpFixture withoutPhysicalColumn(String header) {
        if (!PHYSICAL_HEADERS.contains(header)) {
            throw new IllegalArgumentException("No such physical column: " + header);
        }
        removedPhysicalColumns.add(header);
        return this;
    }

    public DnpFixture withoutSummary() {
        withSummary = false;
        return this;
    }

    public DnpFixture withoutFinancialSheet() {
        withFinancialSheet = false;
        return this;
    }

    public XlsxFixture workbook() {
        XlsxFixture workbook = new XlsxFixture();
        if (withSummary) {
            List<List<Object>> summary = new ArrayList<>();
            summary.add(row());
            summary.add(row());
            summary.add(row(null, null, "PLAN DE PRUEBA"));
            summary.add(row());
            summary.add(row(null, "Tenjo, Cundinamarca"));
            summary.add(row());
            summary.add(row(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Informe generado con información de SisPT al:",
                    "31 de diciembre de 2025"));
            workbook.sheet("Resumen", summary);
        }
        if (withFinancialSheet) {
            workbook.sheet("Detalle seguimiento financiero", detail(FINANCIAL_HEADERS, List.of()));
        }
        workbook.sheet("Detalle seguimiento físico", physicalSheet());
        return workbook;
    }

    /** The workbook's bytes, as an upload would send them; written through a temporary file in {@code dir}. */
    public byte[] bytes(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "dnp", ".xlsx");
            workbook().writeTo(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Object>> physicalSheet() {
        List<String> headers = new ArrayList<>(PHYSICAL_HEADERS);
        List<List<Object>> rows = new ArrayList<>();
        physicalRows.forEach(row -> rows.add(new ArrayList<>(row)));
        for (String header : removedPhysicalColumns) {
            int index = headers.indexOf(header);
            headers.remove(index);
            rows.forEach(row -> row.remove(index));
        }
        return detail(headers, rows);
    }

    /** DNP's layout: six rows of titles and notes, the header on row 7, data from row 8. */
    private static List<List<Object>> detail(List<String> headers, List<List<Object>> rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(row("Detalle Seguimiento Preliminar"));
        sheet.add(row("Esta tabla contrasta la información…"));
        sheet.add(row());
        sheet.add(row());
        sheet.add(row());
        sheet.add(row());
        sheet.add(new ArrayList<>(headers));
        sheet.addAll(rows);
        return sheet;
    }
}
