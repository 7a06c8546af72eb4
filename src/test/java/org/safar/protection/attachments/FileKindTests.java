package org.safar.protection.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A file's kind comes from its first bytes, whatever its name says. */
class FileKindTests {

    @Test
    void pdfJpegAndPngAreRecognisedByTheirSignatures() {
        assertThat(FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
        assertThat(FileKind.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }))
                .contains(FileKind.JPEG);
        assertThat(FileKind.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
                .contains(FileKind.PNG);
    }

    @Test
    void aProgramOrAPageIsNoneOfThemWhateverItsName() {
        assertThat(FileKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void aDownloadNameKeepsNoFolderAndEndsWithItsKind() {
        assertThat(SafeDownload.cleanName("C:\\Users\\x\\passport scan.pdf", FileKind.PDF))
                .isEqualTo("passport scan.pdf");
        assertThat(SafeDownload.cleanName("../../etc/passwd", FileKind.PNG)).isEqualTo("passwd.png");
        assertThat(SafeDownload.cleanName("photo.jpeg", FileKind.JPEG)).isEqualTo("photo.jpeg");
        assertThat(SafeDownload.cleanName("", FileKind.PDF)).isEqualTo("file.pdf");
        assertThat(SafeDownload.cleanName("a\"b\r\n.pdf", FileKind.PDF)).isEqualTo("a_b__.pdf");
    }
}
