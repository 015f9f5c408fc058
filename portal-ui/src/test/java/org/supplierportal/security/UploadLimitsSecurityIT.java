package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * Issue 10, attack 2: the screens' uploads read the whole request into memory before their size rule, so a 40 MB
 * POST to the upload target was answered 200. The attacker here is logged in (a supplier or buyer), takes the upload
 * address and session cookie from the page as a browser has them, and sends 40 MB with a script.
 */
class UploadLimitsSecurityIT extends BrowserTestBase {

    private static final long FORTY_MB = 40L * 1024 * 1024;

    @Autowired
    QualityService quality;
    @Autowired
    QualityQueries incidents;
    @Autowired
    Actors actors;

    @Test
    void fortyMegabytesToAnIncidentsUploadAreRefusedAndNothingIsAttached() {
        IncidentView incident = openIncident();
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");
        browser.open("/quality/" + incident.id());

        Attacker.RawAnswer announced = postToUpload("attach-file", true);
        Attacker.RawAnswer chunked = postToUpload("attach-file", false);
        Attacker.RawAnswer multipart = postMultipartToUpload("attach-file");

        assertThat(announced.status()).as(announced.head()).isIn(413, 422);
        assertThat(chunked.status()).as(chunked.head()).isIn(413, 422);
        assertThat(multipart.status()).as(multipart.head()).isIn(413, 422);
        assertThat(actors.as(actors.buyer(), () -> incidents.find(incident.id())).attachments()).isEmpty();
    }

    @Test
    void fortyMegabytesToTheNewIncidentAndAsnCsvUploadsAreRefused() {
        browser.logIn("buyer", DEMO_PASSWORD).waitUntilPath("/");
        browser.open("/quality/new");
        Attacker.RawAnswer incidentFiles = postToUpload("incident-files", false);
        browser.clearCookies();
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");
        browser.open("/shipments/new");
        Attacker.RawAnswer csv = postToUpload("csv-upload", false);

        assertThat(incidentFiles.status()).as(incidentFiles.head()).isIn(413, 422);
        assertThat(csv.status()).as(csv.head()).isIn(413, 422);
    }

    /** A small file still goes through the same upload: the limit refuses only what is too large. */
    @Test
    void aFileWithinTheLimitIsStillAttached() {
        IncidentView incident = openIncident();
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");
        browser.open("/quality/" + incident.id());
        byte[] csv = "part,defect\nA-1,burr\n".getBytes(StandardCharsets.UTF_8);

        Attacker.RawAnswer answer = new Attacker(port).postRaw(target("attach-file"), Map.of("Cookie", sessionCookie(),
                "Content-Type", "text/csv", "X-Filename", "findings.csv"), csv, 0, new byte[0], true);

        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        assertThat(actors.as(actors.buyer(), () -> incidents.find(incident.id())).attachments())
                .extracting(file -> file.fileName()).containsExactly("findings.csv");
    }

    private Attacker.RawAnswer postToUpload(String uploadId, boolean announceLength) {
        return new Attacker(port).postRaw(target(uploadId), Map.of("Cookie", sessionCookie(),
                "Content-Type", "application/pdf", "X-Filename", "big.pdf"), new byte[0], FORTY_MB, new byte[0], announceLength);
    }

    private Attacker.RawAnswer postMultipartToUpload(String uploadId) {
        String boundary = "----attack" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new Attacker(port).postRaw(target(uploadId), Map.of("Cookie", sessionCookie(),
                "Content-Type", "multipart/form-data; boundary=" + boundary), head, FORTY_MB, tail, true);
    }

    /** The address the page's upload posts to, as the browser has it. */
    private String target(String uploadId) {
        String target = browser.find(By.id(uploadId)).getDomAttribute("target");
        assertThat(target).as("upload target of #" + uploadId).isNotBlank();
        return target.startsWith("/") ? target : "/" + target;
    }

    private String sessionCookie() {
        return "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private IncidentView openIncident() {
        return actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(),
                Severity.MINOR, "Scratches", "Scratched surface on 3 of 50 covers.", "CV-1", null, null, null, null,
                new BigDecimal("3"), "pcs", Map.of())));
    }
}
