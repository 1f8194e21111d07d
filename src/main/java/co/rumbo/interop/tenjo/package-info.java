/**
 * Reading Tenjo's own Plan Indicativo workbook (sheet "PDM": one row per product goal, with the
 * axis weights, the responsible office, the quarterly planned and executed values and the budget
 * execution) into plain records, for demo data and for matching with the SisPT goals. Plain Java:
 * no Spring, no SQL.
 *
 * <p>Entry point: {@link co.rumbo.interop.tenjo.TenjoWorkbookReader}.
 */
package co.rumbo.interop.tenjo;
