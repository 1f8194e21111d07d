package co.rumbo.interop.dnp;

import static co.rumbo.interop.xlsx.XlsxFixture.row;

import co.rumbo.interop.xlsx.XlsxFixture;
import java.util.ArrayList;
import java.util.List;

/** A minimal DNP seguimiento workbook with DNP's layout, to be spoiled by each test. */
final class DnpFixture {

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

    private List<String> physicalHeaders = new ArrayList<>(PHYSICAL_HEADERS);
    private final List<List<Object>> physicalRows = new ArrayList<>();
    private boolean withSummary = true;

    /** A physical row: "IP-1", BPIN "2024257990001", "Si", programmed 2024 = 2, 2025 = 3, executed 2024 = 1. */
    static List<Object> physicalRow(String sisptCodes) {
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
                1,
                0.5,
                "Lo ejecutado está por debajo de lo programado en la vigencia");
    }

    DnpFixture withPhysicalRow(List<Object> row) {
        physicalRows.add(row);
        return this;
    }

    DnpFixture withoutPhysicalColumn(String header) {
        int index = physicalHeaders.indexOf(header);
        physicalHeaders.remove(index);
        physicalRows.forEach(row -> row.remove(index));
        return this;
    }

    DnpFixture withoutSummary() {
        withSummary = false;
        return this;
    }

    XlsxFixture workbook() {
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
        workbook.sheet("Detalle seguimiento financiero", detail(FINANCIAL_HEADERS, List.of()));
        workbook.sheet("Detalle seguimiento físico", detail(physicalHeaders, physicalRows));
        return workbook;
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
