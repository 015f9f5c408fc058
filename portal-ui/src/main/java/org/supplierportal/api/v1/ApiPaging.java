package org.supplierportal.api.v1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Lists page by cursor: {@code ?limit=} items, then the {@code Link: <...>; rel="next"} header (and a {@code next}
 * field where the body is an object) to the following page, built from the request's own path and parameters (a
 * relative link: its host is never taken from a request header). The old {@code offset} of the order list still
 * works and is announced as deprecated (RFC 9745 {@code Deprecation}, with a link to the policy).
 */
final class ApiPaging {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** When offset paging was deprecated: 1 December 2026. */
    static final Instant OFFSET_DEPRECATED = Instant.parse("2026-12-01T00:00:00Z");
    static final String POLICY = "/docs/api.md#deprecation-and-sunset";

    private ApiPaging() {
    }

    static int limit(int requested) {
        return Math.max(1, Math.min(MAX_LIMIT, requested));
    }

    /** One page: the items (at most limit, from limit + 1 fetched) and the link to the next page, if there is one. */
    record Page<T>(List<T> items, String next) {

        static <T> Page<T> of(List<T> fetched, int limit, Function<T, ApiCursor> cursorOf, HttpServletRequest request) {
            if (fetched.size() <= limit) {
                return new Page<>(fetched, null);
            }
            List<T> items = fetched.subList(0, limit);
            return new Page<>(List.copyOf(items), nextLink(request, cursorOf.apply(items.getLast())));
        }

        HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            if (next != null) {
                headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
            }
            return headers;
        }

        /** The headers that tell an offset caller the parameter is deprecated and where the policy is. */
        static HttpHeaders deprecatedOffset() {
            HttpHeaders headers = new HttpHeaders();
            headers.add("Deprecation", "@" + OFFSET_DEPRECATED.getEpochSecond());
            headers.add(HttpHeaders.LINK, "<" + POLICY + ">; rel=\"deprecation\"; type=\"text/markdown\"");
            return headers;
        }
    }

    /** The request's own path and parameters, with the cursor instead of any after or offset. */
    static String nextLink(HttpServletRequest request, ApiCursor cursor) {
        StringBuilder link = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("after") && !name.equals("offset")) {
                for (String value : values) {
                    link.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
                }
            }
        });
        return link.append("after=").append(cursor.encode()).toString();
    }
}
