package org.supplierportal.testsupport;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' own JSON-RPC client for Tryton, independent of the adapter under test: it plays the buyer working in
 * the ERP (creating, confirming and amending purchases, receiving shipments) and checks what the portal sent.
 */
public final class TrytonRpc {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();
    private String authorization;
    private Long company;
    private long ids;

    public TrytonRpc(String baseUrl, String database) {
        this.url = baseUrl + "/" + database + "/";
    }

    public TrytonRpc login(String user, String password) {
        JsonNode result = call("common.db.login", List.of(user, Map.of("password", password), "en"), false);
        authorization = "Session " + Base64.getEncoder().encodeToString(
                (user + ":" + result.get(0).asLong() + ":" + result.get(1).asString()).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public void company(long id) {
        company = id;
    }

    public JsonNode model(String model, String method, Object... arguments) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(arguments));
        // Until the company exists, Tryton refuses a context that names one.
        parameters.add(company == null ? Map.of() : Map.of("company", company));
        return call("model." + model + "." + method, parameters, true);
    }

    public long create(String model, Map<String, Object> values) {
        return model(model, "create", List.of(values)).get(0).asLong();
    }

    public void write(String model, List<Long> ids, Map<String, Object> values) {
        model(model, "write", ids, values);
    }

    public JsonNode read(String model, long id, String... fields) {
        return model(model, "read", List.of(id), List.of(fields)).get(0);
    }

    public JsonNode searchRead(String model, List<?> domain, String... fields) {
        return model(model, "search_read", domain, 0, null, null, List.of(fields));
    }

    public List<Long> search(String model, List<?> domain) {
        List<Long> found = new ArrayList<>();
        model(model, "search", domain, 0, null, null).forEach(id -> found.add(id.asLong()));
        return found;
    }

    private JsonNode call(String method, List<Object> parameters, boolean authenticated) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ++ids);
        body.put("method", method);
        body.put("params", parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authenticated) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + ": HTTP " + response.statusCode() + " " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            if (answer.has("error") && !answer.get("error").isNull()) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return answer.get("result");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Tryton call " + method + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> date(LocalDate date) {
        return Map.of("__class__", "date", "year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth());
    }

    public static Map<String, Object> decimal(String value) {
        return Map.of("__class__", "Decimal", "decimal", new BigDecimal(value).toPlainString());
    }

    public static LocalDate toDate(JsonNode node) {
        return node == null || node.isNull() ? null
                : LocalDate.of(node.get("year").asInt(), node.get("month").asInt(), node.get("day").asInt());
    }
}
