package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API as a system calls it: a token from {@code POST /oauth2/token} with an API client's id and secret, then
 * calls with {@code Authorization: Bearer}. Plain HTTP, no redirects followed.
 */
public final class ApiCalls {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ApiCalls(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** The token endpoint's answer (200 with access_token, or an OAuth2 error). */
    public HttpResponse<String> tokenResponse(String clientId, String secret, String scope) {
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** An access token; fails the test when the endpoint refuses. */
    public String token(String clientId, String secret, String scope) {
        HttpResponse<String> response = tokenResponse(clientId, secret, scope);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request refused: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asString();
    }

    /** The token of a new API client an admin creates for 30 days: for the supplier with this key, or the buyer side (null). */
    public String tokenOfNewClient(Actors actors, org.supplierportal.apiclient.ApiClientService clients, String tenantKey,
                                   java.util.Set<org.supplierportal.apiclient.ApiScope> scopes) {
        org.supplierportal.apiclient.CreatedApiClient client = actors.as(actors.admin(), () -> clients.create(
                new org.supplierportal.apiclient.ApiClientDraft("System " + java.util.UUID.randomUUID().toString().substring(0, 6),
                        tenantKey == null ? null : actors.tenant(tenantKey).id(), scopes,
                        java.time.Instant.now().plus(java.time.Duration.ofDays(30)))));
        return token(client.client().clientId(), client.secret(), null);
    }

    /** The claims of a token, read without checking it (the portal checks it). */
    public static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token, Map.of()).GET().build());
    }

    public HttpResponse<String> get(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).GET().build());
    }

    public HttpResponse<String> post(String path, String token, String json, Map<String, String> headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A list walked as a system walks it: the first page, then each page its {@code Link: <...>; rel="next"} header
     * names, until there is none. The pages' bodies, in order; fails on any page that is not 200.
     */
    public java.util.List<JsonNode> walk(String firstPage, String token) {
        java.util.List<JsonNode> pages = new java.util.ArrayList<>();
        String next = firstPage;
        while (next != null) {
            HttpResponse<String> page = get(next, token);
            if (page.statusCode() != 200) {
                throw new AssertionError("page " + next + " answered " + page.statusCode() + " " + page.body());
            }
            pages.add(json(page));
            next = page.headers().firstValue("Link").filter(link -> link.contains("rel=\"next\""))
                    .map(link -> link.substring(1, link.indexOf('>'))).orElse(null);
        }
        return pages;
    }

    /** One field of every item of the pages of a list ({@link #walk}), in order. */
    public static java.util.List<String> values(java.util.List<JsonNode> pages, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        pages.forEach(page -> page.forEach(item -> values.add(item.get(field).asString())));
        return values;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
