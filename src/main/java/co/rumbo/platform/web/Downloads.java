package co.rumbo.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent to be saved (exports, evidence, minutes, letters), the same way from every page and API. */
public final class Downloads {

    private Downloads() {}

    /**
     * {@code content} as an attachment named {@code fileName} (UTF-8, so «Acta reunión.pdf» keeps its
     * accents), of the given type, which the browser must not second-guess (nosniff: an uploaded file
     * is never rendered as something else).
     */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** The same with the type as stored with the file ("application/pdf"). */
    public static ResponseEntity<byte[]> attachment(byte[] content, String contentType, String fileName) {
        return attachment(content, MediaType.parseMediaType(contentType), fileName);
    }
}
