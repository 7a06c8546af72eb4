package org.safar.protection.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files are kept only when they are what they claim to be and not too large, with a checksum to prove them. */
@SafarIntegrationTest
class FileStorageIntegrationTests {

    @Autowired
    FileStorage storage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfIsKeptWithItsKindSizeAndChecksumAndComesBackUnchanged() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        StoredFile stored = storage.store(pdf);
        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(FileStorage.sha256(pdf)).hasSize(64);
        assertThat(storage.content(stored.id())).isEqualTo(pdf);
    }

    @Test
    void anEmptyFileAFileOfAnotherKindAndATooLargeFileAreRefusedAndNothingIsKept() {
        long before = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        assertThatThrownBy(() -> storage.store(new byte[0])).isInstanceOf(DomainException.class)
                .hasMessage("attachment.file.empty");
        assertThatThrownBy(() -> storage.store("MZ executable renamed to .pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DomainException.class).hasMessage("attachment.file.type");
        byte[] huge = new byte[(int) storage.maxSize().toBytes() + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        Arrays.fill(huge, 5, huge.length, (byte) ' ');
        assertThatThrownBy(() -> storage.store(huge)).isInstanceOf(DomainException.class)
                .hasMessage("attachment.file.tooLarge");
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(before);
    }
}
