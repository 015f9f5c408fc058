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

    /** The status the portal answered to a raw request, and how much of the body it let the sender write. */
    record RawAnswer(int status, String head, long bytesSent) {
    }

    /**
     * Sends {@code size} bytes of body over a plain socket, as a script would, between an optional prefix and suffix
     * (a multipart frame). Without a length the body goes chunked, so the server cannot refuse it by its header. The
     * body is written on another thread, which stops when the server closes the connection: a server that stops
     * reading at its limit answers long before the last byte.
     */
    RawAnswer postRaw(String path, java.util.Map<String, String> headers, byte[] prefix, long size, byte[] suffix,
                      boolean announceLength) {
        try (java.net.Socket socket = new java.net.Socket("localhost", java.net.URI.create(baseUrl).getPort())) {
            socket.setSoTimeout(120_000); // a hung server fails the test instead of hanging it
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            long total = prefix.length + size + suffix.length;
            head.append(announceLength ? "Content-Length: " + total : "Transfer-Encoding: chunked").append("\r\n\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            Thread sender = Thread.ofVirtual().start(() -> writeBody(out, prefix, size, suffix, !announceLength, sent));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            StringBuilder answer = new StringBuilder(statusLine == null ? "" : statusLine);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                answer.append('\n').append(line);
            }
            socket.close(); // stops a sender the server no longer reads from
            sender.join();
            int status = statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
            return new RawAnswer(status, answer.toString(), sent.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeBody(java.io.OutputStream out, byte[] prefix, long size, byte[] suffix, boolean chunked,
                                  java.util.concurrent.atomic.AtomicLong sent) {
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'x');
        try {
            writeChunk(out, prefix, prefix.length, chunked);
            for (long left = size; left > 0; left -= block.length) {
                int length = (int) Math.min(block.length, left);
                writeChunk(out, block, length, chunked);
                sent.addAndGet(length);
            }
            writeChunk(out, suffix, suffix.length, chunked);
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // The server answered and closed the connection before taking the whole body: what a limit looks like.
        }
    }

    private static void writeChunk(java.io.OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (length == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Logs in through the form as a browser does: the log-in page's session and CSRF token, then the post. */
    HttpResponse<String> formLogin(String username, String password) {
        HttpResponse<String> page = send(request("/login").GET().build());
        String session = sessionCookie(page);
        return send(request("/login").header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&"
                        + meta(page.body(), "_csrf_parameter") + "="
                        + java.net.URLEncoder.encode(meta(page.body(), "_csrf"), StandardCharsets.UTF_8))).build());
    }

    /** The session cookie a response sets ({@code JSESSIONID=...}), to send back. */
    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    /** A meta tag of a Vaadin page (the CSRF token and its parameter name are there). */
    static String meta(String html, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no meta " + name + " on the page");
        }
        return matcher.group(1);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
