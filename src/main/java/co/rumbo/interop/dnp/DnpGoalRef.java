package co.rumbo.interop.dnp;

import java.util.List;

/**
 * What a DNP detail row is about: the SisPT goals it aggregates and its MGA classification.
 *
 * <p>DNP adds up SisPT goals that share a product (and, in the physical sheet, an indicator and a
 * BPIN): "IP-12, IP-16" is one row, one reconciliation unit, and is never split.
 *
 * @param sisptCodes the SisPT consecutive codes ("IP-12"), in the file's order; at least one
 * @param sectorCode MGA sector code ("32")
 * @param sectorName MGA sector name
 * @param programCode MGA program code ("3204")
 * @param programName MGA program name
 * @param productCode MGA product code ("3204001")
 * @param productName MGA product name
 * @param bpinCodes the associated BPIN codes, in the file's order; empty when the cell is blank
 */
public record DnpGoalRef(
        List<String> sisptCodes,
        String sectorCode,
        String sectorName,
        String programCode,
        String programName,
        String productCode,
        String productName,
        List<String> bpinCodes) {

    public DnpGoalRef {
        if (sisptCodes == null || sisptCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one SisPT code is required");
        }
        sisptCodes = List.copyOf(sisptCodes);
        bpinCodes = bpinCodes == null ? List.of() : List.copyOf(bpinCodes);
    }

    /** True when DNP lists at least one BPIN for the row (without one it cannot find execution). */
    public boolean hasBpin() {
        return !bpinCodes.isEmpty();
    }
}
