package co.rumbo.interop.xlsx;

/** How serious a problem found while reading a file is. */
public enum Severity {
    /** Something is missing or wrong: the affected data (a file, a sheet, a row) is not imported. */
    ERROR,
    /** Worth a look, but the data was imported. */
    WARNING
}
