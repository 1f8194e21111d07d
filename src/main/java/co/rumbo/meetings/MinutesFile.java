package co.rumbo.meetings;

/** The minutes of a meeting, to download. */
public record MinutesFile(String name, String contentType, byte[] content) {}
