package org.safar.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.safar.platform.DomainException;

/**
 * An uploaded file kept in a temporary file until its job has read it, with its format and the sha-256 of its
 * bytes. Refuses what cannot be an import: an empty file, one over the size limit
 * ({@code SAFAR_IMPORT_MAX_SIZE}, 10 MB unless set), anything but CSV or XLSX.
 */
record ImportFile(Path path, Format format, String sha256) {

    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The formats an import accepts. */
    enum Format { CSV, XLSX }

    static ImportFile keep(String filename, long size, InputStream content, long maxBytes) throws IOException {
        if (size <= 0) {
            throw new DomainException(400, "import.file.empty");
        }
        if (size > maxBytes) {
            throw new DomainException(413, "import.file.tooLarge", maxBytes / 1024 / 1024);
        }
        Path path = Files.createTempFile("safar-import-", ".upload");
        try {
            String sha256 = copy(content, path);
            return new ImportFile(path, format(filename, path), sha256);
        }
        catch (IOException | RuntimeException refused) {
            Files.deleteIfExists(path);
            throw refused;
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException ignored) {
            // the temporary directory is cleaned by the system
        }
    }

    private static String copy(InputStream content, Path path) throws IOException {
        MessageDigest digest = newDigest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
            content.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** By the file name's ending, confirmed by the first bytes: XLSX is a zip, CSV is text without NUL bytes. */
    private static Format format(String filename, Path path) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        byte[] start = new byte[4096];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = Math.max(0, in.readNBytes(start, 0, start.length));
        }
        boolean zip = read >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        if (name.endsWith(".xlsx") && zip) {
            return Format.XLSX;
        }
        if ((name.endsWith(".csv") || name.endsWith(".txt")) && !zip && !containsNul(start, read)) {
            return Format.CSV;
        }
        throw new DomainException(415, "import.file.wrongType");
    }

    private static boolean containsNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
