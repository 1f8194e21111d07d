package co.rumbo.meetings;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.files.FileKind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a meeting's minutes may be: a PDF or an office document (Word, Excel, PowerPoint, OpenDocument,
 * also 97-2003), recognised by its first bytes, up to a size limit. A zip that is not an office document
 * (no {@code [Content_Types].xml}, no OpenDocument {@code mimetype}) is refused, and so is an office file
 * whose name says something else. Nothing is unpacked: the file is only stored.
 */
final class MinutesRules {

    private static final Map<String, String> OFFICE_ZIP_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "odp", "application/vnd.oasis.opendocument.presentation");
    private static final Map<String, String> OFFICE_LEGACY_TYPES = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint");

    private MinutesRules() {}

    /** A checked file: the name to keep and the content type to serve it with. */
    record Checked(String name, String contentType) {}

    static Checked check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("El acta está vacía.");
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("El acta supera el tamaño permitido (" + megabytes(maxBytes) + " MB).");
        }
        String name = fileName == null || fileName.isBlank()
                ? "acta"
                : fileName.replaceAll("[\\\\/\\r\\n\\t\"]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String extension = extension(name);
        Optional<FileKind> kind = FileKind.of(content);
        String refused = "El acta debe ser un PDF o un documento de Office (Word, Excel, PowerPoint u OpenDocument)";
        if (kind.isEmpty()) {
            throw new BusinessRuleException(refused + "; el archivo no es de ninguno de esos tipos.");
        }
        return switch (kind.get()) {
            case PDF -> new Checked(extension.equals("pdf") ? name : name + ".pdf", "application/pdf");
            case OFFICE_ZIP -> {
                String type = OFFICE_ZIP_TYPES.get(extension);
                if (type == null || !isOfficeZip(content)) {
                    throw new BusinessRuleException(refused + "; este archivo es un comprimido.");
                }
                yield new Checked(name, type);
            }
            case OFFICE_LEGACY -> {
                String type = OFFICE_LEGACY_TYPES.get(extension);
                if (type == null) {
                    throw new BusinessRuleException(
                            refused + "; el nombre del archivo no termina en .doc, .xls o .ppt.");
                }
                yield new Checked(name, type);
            }
            default ->
                throw new BusinessRuleException(
                        refused + "; el archivo es una " + kind.get().label() + ".");
        };
    }

    /** Office Open XML names {@code [Content_Types].xml}; OpenDocument starts with its {@code mimetype} entry. */
    private static boolean isOfficeZip(byte[] content) {
        String opening = new String(content, 0, Math.min(content.length, 100), StandardCharsets.ISO_8859_1);
        if (opening.contains("mimetypeapplication/vnd.oasis.opendocument")) {
            return true;
        }
        byte[] marker = "[Content_Types].xml".getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + marker.length <= content.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (content[i + j] != marker[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / (1024 * 1024)));
    }
}
