package org.supplierportal.erp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP relay between one portal node and the real Tryton: it passes every JSON-RPC call on unchanged and
 * keeps a log of the calls it passed, so a test sees what each node sent to the ERP. It can hold one chosen call
 * (shared by several relays through a {@link Hold}): the network or the ERP not answering, which is outside the
 * portal's control, at an exact point of a node's work. A held call never reaches Tryton.
 */
final class TrytonRelay implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final URI tryton;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Call> passed = new CopyOnWriteArrayList<>();
    private final AtomicReference<Hold> hold = new AtomicReference<>();
    private volatile boolean cutOff;

    /** One JSON-RPC call passed to Tryton: the method and its parameters as JSON text. */
    record Call(String relay, String method, JsonNode params) {
        boolean mentions(String text) {
            return params.toString().contains(text);
        }
    }

    TrytonRelay(String name, String trytonUrl) {
        this.name = name;
        this.tryton = URI.create(trytonUrl + "/");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::relay);
        server.start();
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> passed() {
        return List.copyOf(passed);
    }

    /** From now on nothing reaches Tryton through this relay: every call fails as if the node's network had gone. */
    void cutOff() {
        cutOff = true;
    }

    /** From now on, the call the hold is waiting for is held on this relay (the first relay to meet it wins). */
    void arm(Hold hold) {
        this.hold.set(hold);
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            JsonNode request = JSON.readTree(body);
            String method = request.path("method").asString();
            JsonNode params = request.path("params");
            if (cutOff) {
                respond(exchange, 503, "cut off by the test relay, never sent to Tryton".getBytes());
                return;
            }
            Hold armed = hold.get();
            if (armed != null && armed.takes(this, method, params)) {
                armed.holdHere();
                respond(exchange, 503, "held by the test relay, never sent to Tryton".getBytes());
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(tryton.resolve(exchange.getRequestURI().getPath()))
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Content-Type", "Authorization")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    forward.header(header, value);
                }
            }
            HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            passed.add(new Call(name, method, params));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            respond(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        Hold armed = hold.get();
        if (armed != null) {
            armed.release();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Holds the n-th call (after {@code skip} matching calls passed) that matches, on whichever relay meets it first;
     * the caller waits until the test releases it, then gets an error as if the ERP had gone away.
     */
    static final class Hold {
        private final Predicate<String> method;
        private final Predicate<JsonNode> params;
        private final AtomicInteger skip;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicReference<TrytonRelay> where = new AtomicReference<>();

        Hold(String method, Predicate<JsonNode> params, int skip) {
            this.method = method::equals;
            this.params = params;
            this.skip = new AtomicInteger(skip);
        }

        private synchronized boolean takes(TrytonRelay relay, String calledMethod, JsonNode calledParams) {
            if (where.get() != null || !method.test(calledMethod) || !params.test(calledParams)) {
                return false;
            }
            if (skip.getAndDecrement() > 0) {
                return false;
            }
            where.set(relay);
            return true;
        }

        private void holdHere() {
            reached.countDown();
            try {
                released.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The relay holding the call, once one does. */
        TrytonRelay heldOn() {
            return reached.getCount() == 0 ? where.get() : null;
        }

        void release() {
            released.countDown();
        }
    }
}
