package org.supplierportal.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refused login on the API as a problem detail: 401 with a Bearer challenge (and what was wrong with a token:
 * expired, revoked client, ...), or 429 with Retry-After when HTTP Basic calls exceed their allowance. Wrong
 * passwords, unknown logins and deactivated accounts all get the same 401.
 */
final class ApiProblemEntryPoint implements AuthenticationEntryPoint {

    static final String TYPES = "https://supplier-portal.example/problems/";
    private static final String LOG_IN = "Log in with a bearer token (POST /oauth2/token with your API client's id and"
            + " secret) or HTTP Basic with a portal login.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof TooManyBasicCallsException tooMany) {
            long seconds = Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many calls with a password",
                    "This login or address made more HTTP Basic calls than the portal takes per minute. Try again in "
                            + seconds + " s. Systems calling often should use an API client's token: it has no such limit.");
            return;
        }
        String challenge = "Bearer realm=\"supplier-portal\"";
        String detail = LOG_IN;
        if (refused instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            challenge += ", error=\"" + error.getErrorCode() + "\"";
            if (error.getDescription() != null) {
                detail = error.getDescription();
            }
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Not logged in", detail);
    }

    /** Writes a problem detail of the API's kind, outside Spring MVC (filters, entry points). */
    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        // The same Content-Type as every other problem of the API; JSON is UTF-8 without a charset parameter.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
