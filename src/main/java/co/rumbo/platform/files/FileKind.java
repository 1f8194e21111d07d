package co.rumbo.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file people attach (evidence, letters, minutes), recognised by their first bytes: a
 * file name or a declared content type proves nothing. Office documents of the 2007+ formats (and
 * OpenDocument) are zip archives, so they are recognised as a zip with the type taken from the name.
 */
public enum FileKind {
    PDF("application/pdf", "PDF"),
    PNG("image/png", "imagen PNG"),
    JPEG("image/jpeg", "imagen JPEG"),
    GIF("image/gif", "imagen GIF"),
    WEBP("image/webp", "imagen WebP"),
    OFFICE_ZIP("application/zip", "documento de Office u OpenDocument"),
    OFFICE_LEGACY("application/x-ole-storage", "documento de Office 97-2003");

    private final String contentType;
    private final String label;

    FileKind(String contentType, String label) {
        this.contentType = contentType;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    /** Spanish name for messages. */
    public String label() {
        return label;
    }

    /** The kind of {@code content} by its signature, if it is one Rumbo accepts. */
    public static Optional<FileKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (starts(content, "%PDF-".getBytes(StandardCharsets.ISO_8859_1))) {
            return Optional.of(PDF);
        }
        if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (starts(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (starts(content, "GIF87a".getBytes(StandardCharsets.ISO_8859_1))
                || starts(content, "GIF89a".getBytes(StandardCharsets.ISO_8859_1))) {
            return Optional.of(GIF);
        }
        if (starts(content, "RIFF".getBytes(StandardCharsets.ISO_8859_1))
                && content.length >= 12
                && new String(content, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (starts(content, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(OFFICE_ZIP);
        }
        if (starts(content, new byte[] {
            (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
        })) {
            return Optional.of(OFFICE_LEGACY);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
