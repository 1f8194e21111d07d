package co.rumbo.interop.tenjo;

import java.math.BigDecimal;

/**
 * Where a goal sits in Tenjo's plan: axis, MGA sector and program, the plan's own program and
 * subprogram, and the result goal it serves. Every text is trimmed; null when blank or when the
 * workbook lacks the column.
 *
 * @param axis "EJE" ("Eje 1. Ambiente, Conectividad…")
 * @param axisWeight "PONDERADOR EJE", the axis's weight in the plan (0.235 = 23.5 %)
 * @param sectorCode "SECTOR MGA" ("32")
 * @param programCode "PROGRAMA MGA" ("3204")
 * @param programNumber "COD,.INT. PROGRAMA", the plan's own program number ("1")
 * @param programName "PROGRAMA PDT"
 * @param subprogramNumber "COD. INT, SUBPROGRAMA" ("1.1"; a number in the file, so "1.10" reads "1.1")
 * @param subprogramName "SUBPROGRAMA"
 * @param resultGoalNumber "COD. INT. MR" ("1.1.1")
 * @param resultGoal "META DE RESULTADO"
 * @param resultIndicator "INDICADOR DE RESULTADO"
 */
public record TenjoPlanPath(
        String axis,
        BigDecimal axisWeight,
        String sectorCode,
        String programCode,
        String programNumber,
        String programName,
        String subprogramNumber,
        String subprogramName,
        String resultGoalNumber,
        String resultGoal,
        String resultIndicator) {}
