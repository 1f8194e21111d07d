package co.rumbo.interop.web;

import co.rumbo.platform.BusinessRuleException;
import org.springframework.web.multipart.MultipartFile;

/** Refuses empty or oversized uploads before anything reads them. */
final class UploadLimits {

    private UploadLimits() {}

    static void check(MultipartFile file, long maxBytes) {
        if (file == null || file.isEmpty()) {
            throw new EmptyUpload();
        }
        if (file.getSize() > maxBytes) {
            throw new BusinessRuleException(
                    "El archivo pesa " + file.getSize() / 1024 + " KB; el máximo es " + maxBytes / 1024 + " KB");
        }
    }

    /** No file, or an empty one. */
    static final class EmptyUpload extends BusinessRuleException {
        EmptyUpload() {
            super("Elija un archivo xlsx para importar");
        }
    }
}
