package co.rumbo.interop;

import co.rumbo.interop.xlsx.XlsxFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small DNP seguimiento workbooks in DNP's layout (header on row 7), to be spoiled by each test. */
final class DnpTestFiles {

    private final List<String> physicalHeaders = new ArrayList<>(List.of(
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
            "Ejecución Física 2024 (PIIP)",
            "Avance físico 2024 (%)",
            "Explicación del valor 2024"));
    private final List<List<Object>> physicalRows = new ArrayList<>();
    private boolean financialSheet = true;

    private DnpTestFiles() {
        physicalRows.add(physicalRow("IP-13", 1));
    }

    static DnpTestFiles minimal() {
        return new DnpTestFiles();
    }

    /** A row programmed 2 in 2024 with the given execution (a text, to spoil it). */
    static List<Object> physicalRow(String codes, Object executed2024) {
        return new ArrayList<>(XlsxFixture.row(
                codes,
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
                executed2024,
                0.5,
                "Lo ejecutado está por debajo de lo programado en la vigencia"));
    }

    DnpTestFiles withPhysicalRow(List<Object> row) {
        physicalRows.add(row);
        return this;
    }

    DnpTestFiles withoutPhysicalColumn(String header) {
        int index = physicalHeaders.indexOf(header);
        physicalHeaders.remove(index);
        physicalRows.forEach(row -> row.remove(index));
        return this;
    }

    DnpTestFiles withoutFinancialSheet() {
        financialSheet = false;
        return this;
    }

    byte[] bytes(Path dir) {
        XlsxFixture workbook = new XlsxFixture();
        workbook.sheet("Resumen", List.of(XlsxFixture.row("Informe de seguimiento")));
        if (financialSheet) {
            workbook.sheet(
                    "Detalle seguimiento financiero",
                    detail(
                            List.of(
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
                                    "Explicación del valor 2024"),
                            List.of()));
        }
        workbook.sheet("Detalle seguimiento físico", detail(physicalHeaders, physicalRows));
        try {
            Path file = Files.createTempFile(dir, "dnp", ".xlsx");
            workbook.writeTo(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Object>> detail(List<String> headers, List<List<Object>> rows) {
        List<List<Object>> sheet = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sheet.add(XlsxFixture.row(i == 0 ? "Detalle" : null));
        }
        sheet.add(new ArrayList<>(headers));
        sheet.addAll(rows);
        return sheet;
    }
}
