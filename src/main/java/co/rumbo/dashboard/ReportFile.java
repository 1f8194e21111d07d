package co.rumbo.dashboard;

/** A report's PDF or xlsx as it was stored when the version was generated, byte for byte. */
public record ReportFile(String fileName, String contentType, byte[] content) {}
