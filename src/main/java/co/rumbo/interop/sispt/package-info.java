/**
 * DNP SisPT exports of a Plan Indicativo: read, check, add up and write back. Plain Java (no Spring,
 * no SQL); the interop module's import service calls {@link co.rumbo.interop.sispt.SisptImporter}
 * and saves the {@link co.rumbo.interop.sispt.SisptWorkbook} only when {@link
 * co.rumbo.interop.sispt.SisptImport#canBeSaved()}.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Columns by header.</b> Headers are compared lower case, without accents, with every run of
 *       other characters than letters and digits as one space ("Indicador de Producto(MGA)" is
 *       "indicador de producto mga"). Budget sources and years come from the headers "&lt;source&gt;
 *       &lt;year&gt;"; each year must have the programming, every source and the total. A sheet that
 *       lacks a column is reported once (ERROR) and its rows are not read, rather than reporting the
 *       missing cell on every row.
 *   <li><b>Blank is not zero in the model.</b> Blank numbers are {@code null} or absent, so the file
 *       can be written back as it was. Where a rule needs a number (type inference, consistency of the
 *       four-year target, totals), a blank yearly target or amount counts as 0: SisPT writes either for
 *       "nothing this year", and a figure must not depend on which.
 *   <li><b>Numbers.</b> Exact {@link java.math.BigDecimal} from the text Excel stored, with its scale
 *       ("71591416.002"); numbers stored as text are accepted when they are plain decimals with a point.
 *       "1.500.000" or "1,5" are not guessed: they are an ERROR naming the sheet, row and column.
 *   <li><b>Programming types.</b> "Acumulativo" is SUMA; "No acumulativo" is inferred from the yearly
 *       targets (equal: CONSTANTE; never falling: CRECIENTE; never rising: DECRECIENTE; rising and
 *       falling: CONSTANTE with a WARNING); a blank or unknown accumulation is SUMA when the targets add
 *       up to the four-year target, otherwise inferred the same way, with a WARNING. {@link
 *       co.rumbo.interop.sispt.TypeInference} says, per goal, whether the type was inferred and why.
 *   <li><b>Duplicated indicator.</b> Two goals of one sheet with the same MGA indicator code and the
 *       same customization compared normalized: a person could not tell them apart in a report
 *       (WARNING). A row equal to an earlier one in everything but its SisPT code is reported as a copy
 *       whose resources count twice. Different codes with the same indicator and different
 *       customizations are normal (one MGA indicator, several goals).
 *   <li><b>Lines.</b> A product goal's line must be in "Líneas estratégicas" (ERROR). An outcome goal's
 *       or an SGR initiative's is only a WARNING: real exports (Tenjo, Chía) keep stale line codes there
 *       after the lines were renumbered.
 *   <li><b>Totals.</b> {@link co.rumbo.interop.sispt.SisptTotals} adds the product goals' source cells
 *       (ordinary budget; not SGR) exactly, unrounded. The file's "Total &lt;year&gt;" is a binary
 *       floating-point figure (3493430378.9055996 for 3493430378.9056): it is kept in the model and
 *       compared with the sum of the sources, and only a difference of a cent or more is reported.
 *   <li><b>Safety.</b> fastexcel-reader parses XML with Aalto, DTD support and external entities off
 *       (an entity reference fails the parse), but opens the zip with commons-compress without any
 *       bound and reads an uploaded stream whole into memory. So {@link
 *       co.rumbo.interop.sispt.SisptReader} copies an upload to a temporary file up to {@link
 *       co.rumbo.interop.sispt.SisptLimits#maxFileBytes()}, then hands it to the platform's {@link
 *       co.rumbo.platform.files.XlsxGuard}, shared by every xlsx upload, which inflates every entry
 *       once with java.util.zip counting real bytes against the limits of {@link
 *       co.rumbo.interop.sispt.SisptLimits} (entries, entry size, total size, compression ratio), and
 *       refuses any XML part with a DOCTYPE, before fastexcel-reader sees the file. The reader gives
 *       the guard its own advice (export the plan again from SisPT). Every such refusal is one ERROR,
 *       never an exception.
 * </ul>
 */
package co.rumbo.interop.sispt;
