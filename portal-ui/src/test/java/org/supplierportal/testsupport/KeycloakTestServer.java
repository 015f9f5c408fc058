package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak (the keycloak-quarkus-dist zip from Maven Central) for the test run: unpacked once into
 * {@code ~/.cache/supplier-portal} (Keycloak's first start builds itself, about a minute, so the built copy is kept
 * between runs), started once per run on free loopback ports with an in-memory database and the project's realm
 * (docker/keycloak/portal-realm.json), stopped when the JVM ends.
 */
public final class KeycloakTestServer {

    public static final String REALM = "portal";
    public static final String CLIENT_SECRET = "supplier-portal-secret";
    public static final String ADMIN_CLIENT_SECRET = "portal-admin-secret";
    private static final String MASTER_ADMIN = "admin";
    private static final String MASTER_PASSWORD = "admin";

    private static KeycloakTestServer instance;

    private final int port = freePort();
    private final int managementPort = freePort();
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeycloakTestServer() throws IOException {
        Path home = install();
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Files.copy(Path.of(System.getProperty("keycloak.realm", "../docker/keycloak/portal-realm.json")),
                imports.resolve("portal-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = Path.of("target", "keycloak.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-host=127.0.0.1", "--http-management-port=" + managementPort,
                "--health-enabled=true", "--import-realm", "--hostname=" + url())
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m -XX:TieredStopAtLevel=1");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", MASTER_ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", MASTER_PASSWORD);
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitReady(log);
    }

    public static synchronized KeycloakTestServer get() {
        if (instance == null) {
            try {
                instance = new KeycloakTestServer();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start Keycloak", e);
            }
        }
        return instance;
    }

    /** As browsers and tokens know it: "localhost", matching the realm's redirect URIs and the issuer. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** Keycloak's own administrator (master realm), for test set-up and for looking at what the portal did. */
    public RealmResource realm() {
        Keycloak admin = KeycloakBuilder.builder().serverUrl(url()).realm("master").grantType(OAuth2Constants.PASSWORD)
                .clientId("admin-cli").username(MASTER_ADMIN).password(MASTER_PASSWORD).build();
        return admin.realm(REALM);
    }

    /**
     * An access token for a person, as a supplier's own system would get one (password grant on the portal's
     * client, switched on for the test realm only).
     */
    public String accessToken(String username, String password) {
        allowPasswordGrant();
        return token(Map.of("grant_type", "password", "client_id", "supplier-portal", "client_secret", CLIENT_SECRET,
                "username", username, "password", password, "scope", "openid"), username);
    }

    /** A service account's token, by the client-credentials grant; {@code scope} adds optional scopes (or null). */
    public String serviceAccountToken(String clientId, String secret, String scope) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
        if (scope != null) {
            form.put("scope", scope);
        }
        return token(form, clientId);
    }

    private String token(Map<String, String> fields, String forWhom) {
        String form = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            if (!body.has("access_token")) {
                throw new IllegalStateException("no token for " + forWhom + ": " + response.body());
            }
            return body.get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Freezes the server as a hung host would (connections open, no answers); {@link #resume()} lets it go on. */
    public void freeze() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    private synchronized void allowPasswordGrant() {
        ClientRepresentation client = realm().clients().findByClientId("supplier-portal").getFirst();
        if (!Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
            client.setDirectAccessGrantsEnabled(true);
            realm().clients().get(client.getId()).update(client);
        }
    }

    private void signal(String signal) {
        // The JVM under kc.sh: kill's signal must reach the process that serves, not only the script.
        process.descendants().forEach(child -> run("kill", "-" + signal, String.valueOf(child.pid())));
        run("kill", "-" + signal, String.valueOf(process.pid()));
    }

    private static void run(String... command) {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak not ready after 4 minutes; see " + log);
    }

    /** The distribution unpacked under ~/.cache, once per version (its first start also builds it there, once). */
    private static Path install() throws IOException {
        String version = System.getProperty("keycloak.version", "26.7.3");
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "supplier-portal");
        Path home = cache.resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path zip = Path.of(System.getProperty("keycloak.dist", "target/keycloak/keycloak-" + version + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Keycloak distribution at " + zip.toAbsolutePath()
                    + "; Maven copies it there in process-test-resources (run the tests through Maven)");
        }
        Path unpacking = Files.createDirectories(cache).resolve("keycloak-" + version + ".unpacking");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                // Entries start with the dist's own folder (keycloak-26.7.3/...); drop it.
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = unpacking.resolve(name).normalize();
                if (!target.startsWith(unpacking) || name.isEmpty()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        try (var scripts = Files.list(unpacking.resolve("bin"))) {
            scripts.filter(file -> file.toString().endsWith(".sh")).forEach(file -> file.toFile().setExecutable(true));
        }
        Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Switches the portal to Keycloak log-in against this server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            KeycloakTestServer keycloak = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keycloakTestServer", Map.of(
                    "portal.login.mode", "oidc",
                    "portal.keycloak.issuer-uri", keycloak.issuer(),
                    "portal.keycloak.client-secret", CLIENT_SECRET,
                    "portal.keycloak.admin-client-secret", ADMIN_CLIENT_SECRET,
                    "portal.keycloak.timeout", "PT3S")));
        }
    }
}
