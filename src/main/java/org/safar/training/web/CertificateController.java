package org.safar.training.web;

import java.util.Locale;

import org.safar.platform.DomainException;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Courses;
import org.safar.training.certificates.Certificate;
import org.safar.training.certificates.CertificatePdf;
import org.safar.training.certificates.Certificates;
import org.safar.training.certificates.VerificationCode;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A certificate for staff: its facts, its PDF, and revoking it with a reason. */
@Controller
class CertificateController {

    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final Courses courses;
    private final Centres centres;
    private final SessionAccess access;
    private final TrainingDisplay display;

    CertificateController(Certificates certificates, CertificatePdf pdf, Courses courses, Centres centres,
            SessionAccess access, TrainingDisplay display) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.courses = courses;
        this.centres = centres;
        this.access = access;
        this.display = display;
    }

    @GetMapping("/training/certificates/{code}")
    String certificate(@PathVariable String code, Locale locale, Model model) {
        Certificate certificate = visible(code);
        Session session = access.visible(certificate.sessionId());
        model.addAttribute("c", certificate);
        model.addAttribute("course", courses.byId(certificate.courseId()).orElseThrow());
        model.addAttribute("centre", centres.byId(session.centreId()).orElseThrow());
        model.addAttribute("s", session);
        model.addAttribute("holder", display.person(certificate.personId(), locale));
        model.addAttribute("verifyUrl", pdf.verifyUrl(certificate.code()));
        return "training/certificate";
    }

    @GetMapping("/training/certificates/{code}/pdf")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        Certificate certificate = visible(code);
        Session session = access.visible(certificate.sessionId());
        byte[] document = pdf.render(certificate, courses.byId(certificate.courseId()).orElseThrow(),
                centres.byId(session.centreId()).orElseThrow());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + certificate.formattedCode() + ".pdf").build().toString())
                .body(document);
    }

    @PostMapping("/training/certificates/{code}/revoke")
    String revoke(@PathVariable String code, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Certificate certificate = visible(code);
        access.manageable(certificate.sessionId());
        certificates.revoke(certificate.code(), reason);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/training/certificates/" + certificate.code();
    }

    private Certificate visible(String code) {
        Certificate certificate = VerificationCode.normalise(code).flatMap(certificates::byCode)
                .orElseThrow(DomainException::notFound);
        access.visible(certificate.sessionId());
        return certificate;
    }
}
