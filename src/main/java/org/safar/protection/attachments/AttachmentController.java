package org.safar.protection.attachments;

import java.io.IOException;
import java.util.Locale;

import org.safar.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload, download and deletion of a case's files from the case page. A refused upload (empty, too large, not a
 * PDF or image) comes back to the case page with the reason; nothing is kept.
 */
@Controller
class AttachmentController {

    private final CaseAttachments attachments;
    private final MessageSource messages;

    AttachmentController(CaseAttachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping("/attachments")
    String upload(@RequestParam("case") long caseId, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            CaseAttachment added = attachments.attach(caseId, file == null ? null : file.getOriginalFilename(),
                    content, description);
            redirect.addFlashAttribute("saved", messages.getMessage("attachment.added",
                    new Object[] { added.fileName() }, locale));
        }
        catch (DomainException refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("refused", messages.getMessage(refused.messageKey(), refused.arguments(),
                    locale));
        }
        return "redirect:/cases/" + caseId + "#attachments";
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        CaseAttachments.Download file = attachments.download(id);
        return SafeDownload.of(file.fileName(), file.kind(), file.content());
    }

    @PostMapping("/attachments/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        CaseAttachment removed = attachments.delete(id);
        redirect.addFlashAttribute("saved", messages.getMessage("attachment.deleted",
                new Object[] { removed.fileName() }, locale));
        return "redirect:/cases/" + removed.caseId() + "#attachments";
    }
}
