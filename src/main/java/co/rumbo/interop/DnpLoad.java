package co.rumbo.interop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The DNP seguimiento file loaded for a plan (only the last one is kept).
 *
 * @param years the execution years it has, ascending
 * @param loadedBy the user who loaded it
 */
public record DnpLoad(
        UUID planId,
        String fileName,
        String daneCode,
        String entityName,
        LocalDate cutDate,
        List<Integer> years,
        String loadedBy,
        Instant loadedAt) {

    public DnpLoad {
        years = List.copyOf(years);
    }

    /** The last year of the file, the one a reconciliation shows first. */
    public int lastYear() {
        return years.get(years.size() - 1);
    }
}
