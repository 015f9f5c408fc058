package org.supplierportal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the security tests attack with: plain HTTP from outside, as a script would, with or without a login. No
 * redirects are followed, so each answer is what the portal said.
 */
final class Attacker {

    static final String DEMO_PASSWORD = "demo123";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Attacker(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    HttpRequest.Builder as(String username, String password, String path) {
        return request(path).header("Authorization", basic(username, password));
    }

    HttpResponse<String> postJson(String username, String path, String json) {
        return send(as(username, DEMO_PASSWORD, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(String username, String path) {
        return send(as(username, DEMO_PASSWORD, path).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
