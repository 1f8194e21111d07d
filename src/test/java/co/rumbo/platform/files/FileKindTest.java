package co.rumbo.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void recognisesAPdfByItsSignatureNotItsName() {
        assertThat(FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileKind.PDF);
    }

    @Test
    void recognisesImagesAndOfficeDocuments() {
        assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(FileKind.PNG);
        assertThat(FileKind.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(FileKind.JPEG);
        assertThat(FileKind.of(new byte[] {'P', 'K', 3, 4, 20})).contains(FileKind.OFFICE_ZIP);
    }

    @Test
    void refusesAnExecutableOrAnEmptyFile() {
        assertThat(FileKind.of(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
        assertThat(FileKind.of(null)).isEmpty();
    }
}
