package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Quality incidents and invoices over the REST API: the same rules and the same isolation as the screens. */
@PortalIntegrationTest
class QualityAndInvoicesApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBuyerOpensAnIncidentTheSupplierAnswersAndAttachesAFileAnotherSupplierGetsNotFound() throws Exception {
        String po = order();
        HttpResponse<String> refused = send("POST", "/api/v1/quality-incidents", "buyer", """
                {"supplierKey": "acme-metals", "severity": "MAJOR", "title": "", "defect": "Cracks", "orderNumber": "%s",
                 "orderLineNumber": 99}""".formatted(po));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsString("field")).contains("title", "orderLineNumber");
        assertThat(send("POST", "/api/v1/quality-incidents", "acme.anna", """
                {"supplierKey": "acme-metals", "severity": "MINOR", "title": "t", "defect": "d", "partNumber": "P"}""")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> opened = send("POST", "/api/v1/quality-incidents", "buyer", """
                {"supplierKey": "acme-metals", "severity": "CRITICAL", "title": "Cracked housing", "defect": "Cracks at the boss",
                 "orderNumber": "%s", "orderLineNumber": 10, "quantityAffected": 4, "unit": "pcs"}""".formatted(po));
        assertThat(opened.statusCode()).isEqualTo(201);
        String path = opened.headers().firstValue("Location").orElseThrow();
        assertThat(JSON.readTree(opened.body()).at("/steps/0/step").asString()).isEqualTo("containment");

        assertThat(send("GET", path, "nordic.nils", null).statusCode()).isEqualTo(404);
        assertThat(change(path, "/steps/containment/response", "nordic.nils", "{\"text\": \"not ours\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> answered = change(path, "/steps/containment/response", "acme.anna",
                "{\"text\": \"Stock sorted, 4 housings replaced.\"}");
        assertThat(JSON.readTree(answered.body()).at("/steps/0/status").asString()).isEqualTo("SUBMITTED");
        assertThat(change(path, "/steps/containment/response", "acme.anna", "{\"text\": \"again\"}").statusCode())
                .isEqualTo(422);
        assertThat(change(path, "/steps/nonsense/response", "acme.anna", "{\"text\": \"x\"}").statusCode()).isEqualTo(422);

        String boundary = "----portal" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sorting.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nserial,result\nS1,ok\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> attached = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                        + "/attachments?step=containment"))
                .header("Authorization", basic("acme.anna"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(attached.statusCode()).isEqualTo(201);
        String file = attached.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> downloaded = send("GET", file, "buyer", null);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo("serial,result\nS1,ok\n");
        assertThat(send("GET", file, "nordic.nils", null).statusCode()).isEqualTo(404);

        String large = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "a,b\n".repeat(11 * 1024 * 1024 / 4) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/attachments"))
                .header("Authorization", basic("acme.anna"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(large)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("huge.csv is 11 MB; files can be up to 10 MB.");

        HttpResponse<String> accepted = change(path, "/steps/containment/acceptance", "buyer", "{}");
        assertThat(JSON.readTree(accepted.body()).at("/steps/0/status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void invoicesAreListedByStatusForTheirSupplierOnly() throws Exception {
        JsonNode acme = JSON.readTree(send("GET", "/api/v1/invoices?status=PAID", "acme.anna", null).body());
        JsonNode nordic = JSON.readTree(send("GET", "/api/v1/invoices", "nordic.nils", null).body());
        assertThat(field(acme, "status")).isNotEmpty().containsOnly("PAID");
        assertThat(field(acme, "supplier")).containsOnly("Acme Metals");
        assertThat(field(nordic, "supplier")).isNotEmpty().containsOnly("Nordic Plastics");
        String id = acme.get(0).get("id").asString();
        assertThat(send("GET", "/api/v1/invoices/" + id, "acme.anna", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/invoices/" + id, "nordic.nils", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/invoices?status=SOMETHING", "acme.anna", null).statusCode()).isEqualTo(400);
    }

    /** A field of each invoice in a list (not of the states in their histories). */
    private static java.util.List<String> field(JsonNode invoices, String name) {
        java.util.List<String> values = new java.util.ArrayList<>();
        invoices.forEach(invoice -> values.add(invoice.get(name).asString()));
        return values;
    }

    private String order() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "HS-" + UUID.randomUUID().toString().substring(0, 4),
                "20", "9.50", LocalDate.now().plusDays(10));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document.number();
    }

    /** A change of an incident, sent with the ETag the user reads first (If-Match), as a careful client does. */
    private HttpResponse<String> change(String incidentPath, String action, String username, String body) throws Exception {
        String etag = send("GET", incidentPath, username, null).headers().firstValue("ETag").orElse(null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + incidentPath + action))
                .header("Authorization", basic(username))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String username, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(username))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo123").getBytes(StandardCharsets.UTF_8));
    }
}
