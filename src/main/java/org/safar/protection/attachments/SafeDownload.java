package org.safar.protection.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent to a browser so that it is saved, never rendered inside Safar's pages: "attachment"
 * disposition with the name encoded (RFC 6266/5987), the content type found in its bytes, no sniffing, no cache,
 * and a sandbox in case a browser opens it anyway.
 */
public final class SafeDownload {

    private SafeDownload() {
    }

    public static ResponseEntity<byte[]> of(String fileName, FileKind kind, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "file." + kind.extension() : fileName;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kind.mediaType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    /** The name as shown and offered for saving: no folders, no control characters, at most 200 characters. */
    public static String cleanName(String original, FileKind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean named = lower.endsWith("." + kind.extension()) || kind == FileKind.JPEG && lower.endsWith(".jpeg");
        return named ? name : name + "." + kind.extension();
    }
}
