package org.safar.training.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.safar.platform.Language;
import org.safar.training.catalogue.Centre;
import org.safar.training.catalogue.Course;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.google.zxing.common.BitMatrix;

/**
 * Draws a certificate on one A4 landscape page: the holder's name in Latin and Cyrillic letters, the course in
 * Uzbek, Russian and English, hours, dates, centre, the verification code and a QR code of the public
 * verification address. DejaVu Sans is embedded (as a subset), so oʻ, gʻ, ў, қ, ғ and ҳ print on any reader.
 */
@Component
public class CertificatePdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);
    private static final Color INK = new Color(0x1d, 0x23, 0x27);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x70);
    private static final Color RED = new Color(0xb3, 0x26, 0x1e);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<Locale> LABEL_LANGUAGES = List.of(Language.UZ_LATN.locale(), Language.RU.locale(),
            Language.EN.locale());

    private final MessageSource messages;
    private final String verifyBase;

    CertificatePdf(MessageSource messages, @Value("${safar.training.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.verifyBase = publicUrl.replaceAll("/+$", "") + "/verify/";
    }

    /** The public address that verifies the certificate with {@code code}. */
    public String verifyUrl(String code) {
        return verifyBase + VerificationCode.format(code);
    }

    public byte[] render(Certificate certificate, Course course, Centre centre) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(certificate.holderLatin() + " — " + course.nameEn() + " — " + certificate.formattedCode());
            info.setCreator("Safar");
            try (PDPageContentStream pdf = new PDPageContentStream(document, page)) {
                frame(pdf);
                Writer w = new Writer(pdf, regular, bold);
                w.centred(bold, 26, GREEN, HEIGHT - 92, labels("training.pdf.title", " · "));
                w.centred(regular, 11, MUTED, HEIGHT - 116, labels("training.pdf.issuer", " · "));
                w.centred(regular, 11, MUTED, HEIGHT - 152, labels("training.pdf.certifies", " / "));
                w.centred(bold, 28, INK, HEIGHT - 192, certificate.holderLatin());
                w.centred(regular, 20, INK, HEIGHT - 222, certificate.holderCyrillic());
                w.centred(regular, 11, MUTED, HEIGHT - 256, labels("training.pdf.completed", " / "));
                w.centred(bold, 17, INK, HEIGHT - 284, course.nameUz());
                w.centred(regular, 13, INK, HEIGHT - 304, course.nameRu());
                w.centred(regular, 13, INK, HEIGHT - 322, course.nameEn());
                String facts = label("training.pdf.hours", Language.UZ_LATN, certificate.hours()) + " · "
                        + DATE.format(certificate.startsOn()) + " – " + DATE.format(certificate.endsOn()) + " · "
                        + centre.nameUz();
                w.centred(regular, 12, INK, HEIGHT - 356, facts);
                w.centred(regular, 10, MUTED, HEIGHT - 374, labels("training.pdf.hoursLabel", " / ") + ": "
                        + certificate.hours() + " · " + centre.nameRu() + " · " + centre.nameEn());
                qr(pdf, verifyUrl(certificate.code()), 60, 60, 108);
                w.left(regular, 10, MUTED, 184, 150, labels("training.pdf.code", " / "));
                w.left(bold, 22, INK, 184, 124, certificate.formattedCode());
                w.left(regular, 10, MUTED, 184, 104, labels("training.pdf.verify", " / "));
                w.left(regular, 10, GREEN, 184, 90, verifyUrl(certificate.code()));
                w.right(regular, 11, INK, WIDTH - 60, 124, labels("training.pdf.issued", " / ") + ": "
                        + DATE.format(certificate.issuedOn()));
                if (certificate.revoked()) {
                    w.centred(bold, 30, RED, HEIGHT / 2 + 10, labels("training.pdf.revoked", " · "));
                }
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static void frame(PDPageContentStream pdf) throws IOException {
        pdf.setStrokingColor(GREEN);
        pdf.setLineWidth(3);
        pdf.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
        pdf.stroke();
        pdf.setLineWidth(0.8f);
        pdf.addRect(32, 32, WIDTH - 64, HEIGHT - 64);
        pdf.stroke();
    }

    private static void qr(PDPageContentStream pdf, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = QrCodes.matrix(text);
        float cell = size / matrix.getWidth();
        pdf.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    pdf.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        pdf.fill();
    }

    private String labels(String key, String separator) {
        return String.join(separator, LABEL_LANGUAGES.stream()
                .map(locale -> messages.getMessage(key, null, locale)).distinct().toList());
    }

    private String label(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** Writes lines of text, shrinking a line that would not fit between the margins. */
    private record Writer(PDPageContentStream pdf, PDFont regular, PDFont bold) {

        void centred(PDFont font, float size, Color colour, float y, String text) throws IOException {
            float fitted = fit(font, size, text, WIDTH - 120);
            float width = font.getStringWidth(text) / 1000 * fitted;
            write(font, fitted, colour, (WIDTH - width) / 2, y, text);
        }

        void left(PDFont font, float size, Color colour, float x, float y, String text) throws IOException {
            write(font, fit(font, size, text, WIDTH - x - 260), colour, x, y, text);
        }

        void right(PDFont font, float size, Color colour, float x, float y, String text) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            write(font, size, colour, x - width, y, text);
        }

        private static float fit(PDFont font, float size, String text, float max) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            return width <= max ? size : size * max / width;
        }

        private void write(PDFont font, float size, Color colour, float x, float y, String text) throws IOException {
            pdf.beginText();
            pdf.setFont(font, size);
            pdf.setNonStrokingColor(colour);
            pdf.newLineAtOffset(x, y);
            pdf.showText(text);
            pdf.endText();
        }
    }
}
