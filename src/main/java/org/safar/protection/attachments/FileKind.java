package org.safar.protection.attachments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file Safar keeps, recognised by their first bytes ("magic numbers"), never by the name or the type
 * the browser claims: a renamed program stays refused.
 */
public enum FileKind {
    PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileKind(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind whose signature {@code content} starts with, if any. */
    public static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.startsOf(content)).findFirst();
    }

    public static FileKind ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst().orElseThrow();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
