/**
 * Small helpers shared by the spreadsheet readers of the {@code interop} module: opening a workbook
 * that may be damaged, finding columns by their header text, and turning cells into exact decimals.
 *
 * <p>Nothing here knows about DNP or about a municipality's layout; each reader keeps its own rules.
 */
package co.rumbo.interop.xlsx;
