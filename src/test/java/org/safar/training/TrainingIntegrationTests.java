package org.safar.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.PersonMerged;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Courses;
import org.safar.training.certificates.Certificate;
import org.safar.training.certificates.CertificatePdf;
import org.safar.training.certificates.Certificates;
import org.safar.training.sessions.Assessments;
import org.safar.training.sessions.Attendance;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.EnrolmentStatus;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Result;
import org.safar.training.sessions.Results;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Enrolment, the waiting list, results, certificates and their PDF, revocation and merges, on the database. */
@SafarIntegrationTest
class TrainingIntegrationTests {

    @Autowired TrainingFixtures fixtures;
    @Autowired Enrolments enrolments;
    @Autowired Sessions sessions;
    @Autowired Attendance attendance;
    @Autowired Assessments assessments;
    @Autowired Results results;
    @Autowired Certificates certificates;
    @Autowired CertificatePdf pdf;
    @Autowired Courses courses;
    @Autowired Centres centres;
    @Autowired TrainingRecords records;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    private long pastSession(int capacity) {
        LocalDate today = LocalDate.now();
        return fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"), today.minusDays(14),
                today.minusDays(1), capacity, List.of());
    }

    @Test
    void aPersonBeyondCapacityWaitsAndMovesUpWhenAPlaceFrees() {
        long session = pastSession(2);
        PersonId first = fixtures.person();
        PersonId second = fixtures.person();
        PersonId third = fixtures.person();
        PersonId fourth = fixtures.person();
        TrainingFixtures.as(() -> {
            enrolments.enrol(session, first);
            enrolments.enrol(session, second);
            assertThat(enrolments.enrol(session, third).status()).isEqualTo(EnrolmentStatus.WAITING);
            assertThat(enrolments.enrol(session, fourth).status()).isEqualTo(EnrolmentStatus.WAITING);
            assertThatThrownBy(() -> enrolments.enrol(session, first)).isInstanceOf(DomainException.class)
                    .hasMessage("training.enrolment.already");

            Enrolment firstEnrolment = enrolments.of(session).get(0);
            enrolments.withdraw(session, firstEnrolment.id());
        });

        Map<Long, EnrolmentStatus> status = new java.util.HashMap<>();
        enrolments.of(session).forEach(e -> status.put(e.personId(), e.status()));
        assertThat(status).containsEntry(first.value(), EnrolmentStatus.WITHDRAWN)
                .containsEntry(second.value(), EnrolmentStatus.ENROLLED)
                .containsEntry(third.value(), EnrolmentStatus.ENROLLED)
                .containsEntry(fourth.value(), EnrolmentStatus.WAITING);
        assertThat(sessions.byId(session).orElseThrow().enrolled()).isEqualTo(2);
    }

    @Test
    void resultsFollowFromScoresAndAttendanceAndOnlyThoseWhoPassedGetACertificate() throws IOException {
        long sessionId = pastSession(10);
        PersonId good = fixtures.person();
        PersonId absent = fixtures.person();
        PersonId untested = fixtures.person();
        TrainingFixtures.as(() -> {
            enrolments.enrol(sessionId, good);
            enrolments.enrol(sessionId, absent);
            enrolments.enrol(sessionId, untested);
            Session session = sessions.byId(sessionId).orElseThrow();
            List<Enrolment> enrolled = enrolments.enrolled(sessionId);
            for (LocalDate day : session.classDates()) {
                for (Enrolment e : enrolled) {
                    attendance.mark(session, e.id(), day, !e.person().equals(absent));
                }
            }
            long test = assessments.add(session, "Final", 50, null);
            Map<Long, BigDecimal> scores = new java.util.HashMap<>();
            for (Enrolment e : enrolled) {
                scores.put(e.id(), e.person().equals(untested) ? null : BigDecimal.valueOf(40));
            }
            assessments.record(session, test, scores);
            results.record(session);
            assertThat(certificates.issueFor(sessions.byId(sessionId).orElseThrow())).isEqualTo(1);
        });

        Map<Long, Result> byPerson = new java.util.HashMap<>();
        enrolments.enrolled(sessionId).forEach(e -> byPerson.put(e.personId(), e.result()));
        assertThat(byPerson).containsEntry(good.value(), Result.PASSED).containsEntry(absent.value(), Result.FAILED)
                .containsEntry(untested.value(), Result.INCOMPLETE);
        Certificate certificate = certificates.ofSession(sessionId).get(0);
        assertThat(certificate.holder()).isEqualTo(good);
        assertThat(certificate.hours()).isEqualTo(12);
        String courseCode = certificate.courseCode();
        assertThat(records.validCertificate(good, courseCode)).get()
                .extracting(CertificateSummary::code).isEqualTo(certificate.code());
        assertThat(records.validCertificate(absent, courseCode)).isEmpty();

        String text = text(pdf.render(certificate, courses.byId(certificate.courseId()).orElseThrow(),
                centres.byId(sessions.byId(sessionId).orElseThrow().centreId()).orElseThrow()));
        assertThat(text).contains(certificate.holderLatin(), certificate.holderCyrillic(),
                certificate.formattedCode(), "/verify/" + certificate.formattedCode(), "12");
    }

    @Test
    void aRevokedCertificateIsNoLongerValidAndThePublicCheckSaysSo() {
        String code = issuedCertificate();
        Certificate certificate = certificates.byCode(code).orElseThrow();
        assertThat(records.check(code)).get().extracting(CertificateCheck::revoked).isEqualTo(false);

        TrainingFixtures.as(() -> certificates.revoke(code, "Issued by mistake"));

        assertThat(records.check(code.toLowerCase())).get().extracting(CertificateCheck::revoked).isEqualTo(true);
        assertThat(records.validCertificate(certificate.holder(), certificate.courseCode())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CERTIFICATE_REVOKED' and entity_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> TrainingFixtures.as(() -> certificates.revoke(code, "again")))
                .hasMessage("training.certificate.alreadyRevoked");
    }

    @Test
    void aMergeMovesEnrolmentsAndCertificatesAndKeepsOneEnrolmentPerSession() throws InterruptedException {
        String code = issuedCertificate();
        Certificate certificate = certificates.byCode(code).orElseThrow();
        PersonId merged = certificate.holder();
        PersonId survivor = fixtures.person();
        long shared = pastSession(5);
        TrainingFixtures.as(() -> {
            enrolments.enrol(shared, merged);
            enrolments.enrol(shared, survivor);
        });

        transaction.executeWithoutResult(status -> events.publishEvent(new PersonMerged(survivor, merged)));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (certificates.byCode(code).orElseThrow().personId() != survivor.value() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(certificates.byCode(code).orElseThrow().holder()).isEqualTo(survivor);
        assertThat(enrolments.of(shared)).extracting(Enrolment::personId).containsExactly(survivor.value());
        assertThat(records.validCertificate(survivor, certificate.courseCode())).isPresent();
    }

    /** A certificate of a person who passed a fresh session; returns its code. */
    private String issuedCertificate() {
        long sessionId = pastSession(5);
        PersonId person = fixtures.person();
        TrainingFixtures.as(() -> {
            Enrolment e = enrolments.enrol(sessionId, person);
            Session session = sessions.byId(sessionId).orElseThrow();
            session.classDates().forEach(day -> attendance.mark(session, e.id(), day, true));
            long test = assessments.add(session, "Final", 100, null);
            assessments.record(session, test, Map.of(e.id(), BigDecimal.valueOf(90)));
            results.record(session);
            certificates.issueFor(sessions.byId(sessionId).orElseThrow());
        });
        return certificates.ofSession(sessionId).get(0).code();
    }

    private static String text(byte[] document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
