package co.rumbo.interop.sispt;

import co.rumbo.platform.files.XlsxGuard;

/**
 * The bounds a SisPT file must stay within before it is parsed, so that a crafted file (a zip bomb,
 * a sheet of a million rows) is refused with a message instead of exhausting memory. The defaults are
 * far above the real exports: the department's file is 149 KB, 24 zip entries, 1.3 MB uncompressed,
 * compressed about 10 to 1, 387 rows.
 *
 * @param maxFileBytes the largest file accepted (the upload limit of the web layer is the first line)
 * @param maxEntries the most zip entries
 * @param maxEntryBytes the largest uncompressed entry, counted while inflating (declared sizes can lie)
 * @param maxTotalBytes the largest total uncompressed size of all entries
 * @param maxCompressionRatio the highest uncompressed/compressed ratio of an entry larger than {@link
 *     XlsxGuard#RATIO_GRACE_BYTES}; xlsx parts compress about 10 to 1, bombs 1000 to 1
 * @param maxRowsPerSheet the most rows read from one sheet
 */
public record SisptLimits(
        long maxFileBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        int maxRowsPerSheet) {

    private static final long MB = 1024 * 1024;

    /** 20 MB file, 1,000 entries, 32 MB per entry, 64 MB in all, ratio 100, 20,000 rows per sheet. */
    public static final SisptLimits DEFAULT = new SisptLimits(20 * MB, 1_000, 32 * MB, 64 * MB, 100, 20_000);

    public SisptLimits {
        if (maxFileBytes <= 0
                || maxEntries <= 0
                || maxEntryBytes <= 0
                || maxTotalBytes <= 0
                || maxCompressionRatio <= 0
                || maxRowsPerSheet <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** The bounds the shared xlsx guard checks: all but the rows, which the parser counts. */
    XlsxGuard.Limits guard() {
        return new XlsxGuard.Limits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio);
    }
}
