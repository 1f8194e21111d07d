package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One load of the treasury's budget execution report into a period's sheets, as kept on record.
 *
 * @param format XLSX or CSV
 * @param rowsLoaded lines recorded in the offices' sheets
 * @param rowsSkipped rows of the file without figures (a template row the treasury left blank)
 * @param offices offices whose sheet received figures
 * @param cutDate the latest cut date of the file's rows
 * @param conflicts lines where the office had typed other figures (the treasury's won)
 */
public record TreasuryUpload(
        UUID id,
        Period period,
        String fileName,
        String format,
        String sha256,
        int rowsLoaded,
        int rowsSkipped,
        int offices,
        LocalDate cutDate,
        List<TreasuryConflict> conflicts,
        String uploadedBy,
        Instant uploadedAt) {

    public TreasuryUpload {
        conflicts = List.copyOf(conflicts);
    }
}
