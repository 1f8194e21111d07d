package co.rumbo.tracking;

/** The bytes of an evidence file, with its name and type, for download. */
public record EvidenceFile(String name, String contentType, byte[] content) {}
