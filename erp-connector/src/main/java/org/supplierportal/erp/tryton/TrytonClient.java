package org.supplierportal.erp.tryton;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.supplierportal.erp.ErpRejectedException;
import org.supplierportal.erp.ErpUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tryton's JSON-RPC over plain HTTP: log in once, send the session with every call, log in again when the session
 * has gone. Sorts failures into "try again later" (connection, timeouts, 5xx, 429, lost session, concurrent change)
 * and "refused" (user errors, forbidden methods).
 */
class TrytonClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TrytonProperties properties;
    private final HttpClient http;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private volatile String authorization;
    private volatile Long company;

    TrytonClient(TrytonProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** Calls a model method with the company context appended, as Tryton requires. */
    JsonNode model(String model, String method, Object... arguments) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(arguments));
        parameters.add(context());
        return call("model." + model + "." + method, parameters);
    }

    /** search_read: domain, offset, limit, order, fields. */
    JsonNode searchRead(String model, List<?> domain, int offset, Integer limit, List<?> order, List<String> fields) {
        return model(model, "search_read", domain, offset, limit, order, fields);
    }

    JsonNode read(String model, List<Long> ids, List<String> fields) {
        return model(model, "read", ids, fields);
    }

    List<Long> search(String model, List<?> domain) {
        JsonNode result = model(model, "search", domain, 0, null, null);
        List<Long> found = new ArrayList<>();
        result.forEach(id -> found.add(id.asLong()));
        return found;
    }

    long create(String model, Map<String, Object> values) {
        return model(model, "create", List.of(values)).get(0).asLong();
    }

    void write(String model, List<Long> ids, Map<String, Object> values) {
        model(model, "write", ids, values);
    }

    void button(String model, String button, List<Long> ids) {
        model(model, button, ids);
    }

    private Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("company", company());
        return context;
    }

    private long company() {
        if (company == null) {
            if (properties.company() != null) {
                company = properties.company();
            } else {
                JsonNode preferences = call("model.res.user.get_preferences", List.of(true, Map.of()));
                company = preferences.path("company").asLong();
            }
        }
        return company;
    }

    private JsonNode call(String method, List<Object> parameters) {
        if (authorization == null) {
            login();
        }
        try {
            return send(method, parameters);
        } catch (SessionExpired expired) {
            login();
            return send(method, parameters);
        }
    }

    private synchronized void login() {
        Map<String, Object> password = Map.of("password", properties.password() == null ? "" : properties.password());
        JsonNode result;
        try {
            result = sendRaw("common.db.login", List.of(properties.username(), password, "en"));
        } catch (SessionExpired refused) {
            // A wrong password: a configuration problem, fixed by an admin, after which delivery resumes.
            throw new ErpUnavailableException("Tryton refused the login of " + properties.username()
                    + " to database " + properties.database() + "; check the ERP connection settings");
        }
        String session = properties.username() + ":" + result.get(0).asLong() + ":" + result.get(1).asString();
        authorization = "Session " + Base64.getEncoder().encodeToString(session.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode send(String method, List<Object> parameters) {
        return sendRaw(method, parameters);
    }

    /** Requests sent to Tryton so far (log-ins included): what the connector costs the ERP. */
    long calls() {
        return calls.get();
    }

    private JsonNode sendRaw(String method, List<Object> parameters) {
        calls.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ids.incrementAndGet());
        body.put("method", method);
        body.put("params", parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url().replaceAll("/+$", "") + "/"
                        + properties.database() + "/"))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorization != null && !method.equals("common.db.login")) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ErpUnavailableException("Tryton did not answer " + method + " within " + properties.timeout().toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new ErpUnavailableException("Tryton is not reachable at " + properties.url(), e);
        } catch (IOException e) {
            throw new ErpUnavailableException("Talking to Tryton failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErpUnavailableException("Interrupted while calling Tryton", e);
        }
        int status = response.statusCode();
        if (status == 401) {
            authorization = null;
            throw new SessionExpired();
        }
        if (status == 429 || status >= 500) {
            throw new ErpUnavailableException("Tryton answered HTTP " + status + " to " + method);
        }
        if (status == 403) {
            throw new ErpRejectedException("Tryton does not allow " + method + " (HTTP 403)");
        }
        if (status != 200) {
            throw new ErpUnavailableException("Tryton answered HTTP " + status + " to " + method);
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            throw classify(method, error);
        }
        return answer.get("result");
    }

    private static RuntimeException classify(String method, JsonNode error) {
        String kind = error.path(0).asString();
        String message = error.path(1).isArray() ? error.path(1).path(0).asString() : error.path(1).asString();
        if ("ConcurrencyException".equals(kind)) {
            return new ErpUnavailableException("Tryton: the record changed meanwhile (" + method + "); will retry");
        }
        return new ErpRejectedException("Tryton refused " + method + ": " + kind + (message.isBlank() ? "" : ": " + message));
    }

    /** The session is gone (or the password wrong): log in again. */
    private static final class SessionExpired extends RuntimeException {
        SessionExpired() {
            super(null, null, false, false);
        }
    }
}
