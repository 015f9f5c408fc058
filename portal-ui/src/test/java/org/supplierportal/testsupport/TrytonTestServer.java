package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real Tryton 6.0 (Debian's trytond, SQLite) for the test run: the database is initialised once, with the
 * master data the tests need (company, currency, the demo suppliers' parties, products), and kept as a template;
 * {@link #reset()} copies the template back and restarts trytond in about a second. Started on first use, on a free
 * loopback port, and stopped when the JVM ends.
 */
public final class TrytonTestServer {

    public static final String DATABASE = "portal";
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "admin";
    /** The ERP party codes of the demo tenants (tenants/*.yaml), as Tryton's supplier parties. */
    public static final String ACME_PARTY = "SUP-1001";

    private static TrytonTestServer instance;

    private final Path home;
    private final int port;
    private Process process;

    private TrytonTestServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    public static synchronized TrytonTestServer get() {
        if (instance == null) {
            requireInstalled();
            try {
                Path home = Files.createTempDirectory("portal-tryton");
                instance = new TrytonTestServer(home, freePort());
                instance.prepareTemplate();
                instance.reset();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-tryton"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A client logged in as the admin, acting for the template's company. */
    public TrytonRpc rpc() {
        TrytonRpc rpc = new TrytonRpc(url(), DATABASE).login(ADMIN, PASSWORD);
        rpc.company(1);
        return rpc;
    }

    /** The SQLite file of the run's Tryton database: for tests that change Tryton's tables behind its back. */
    public Path databaseFile() {
        return home.resolve("db").resolve(DATABASE + ".sqlite");
    }

    /** A fresh copy of the template database, and trytond started on it. */
    public synchronized void reset() {
        stop();
        try {
            Files.copy(home.resolve("template.sqlite"), home.resolve("db").resolve(DATABASE + ".sqlite"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder("trytond", "-c", home.resolve("trytond.conf").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("trytond.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start trytond", e);
        }
        awaitAnswer();
    }

    /** Stops trytond at once, as a crash would: what it had not answered is lost. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
            process = null;
        }
    }

    public synchronized void stop() {
        kill();
    }

    private void prepareTemplate() throws IOException {
        Files.createDirectories(home.resolve("db"));
        Files.writeString(home.resolve("trytond.conf"), """
                [database]
                uri = sqlite://
                path = %s

                [web]
                listen = 127.0.0.1:%d

                [session]
                max_attempt = 1000
                """.formatted(home.resolve("db"), port));
        Files.writeString(home.resolve("admin.pass"), PASSWORD);
        Path database = home.resolve("db").resolve(DATABASE + ".sqlite");
        Files.createFile(database);
        ProcessBuilder init = new ProcessBuilder("trytond-admin", "-c", home.resolve("trytond.conf").toString(), "-d", DATABASE,
                "--all", "--activate-dependencies", "--email", "admin@example.com",
                "-u", "purchase", "purchase_amendment", "stock", "account_invoice")
                .redirectErrorStream(true).redirectOutput(home.resolve("init.log").toFile());
        init.environment().put("TRYTONPASSFILE", home.resolve("admin.pass").toString());
        Process admin = init.start();
        try {
            if (!admin.waitFor(5, TimeUnit.MINUTES) || admin.exitValue() != 0) {
                throw new IllegalStateException("trytond-admin failed, see " + home.resolve("init.log") + ":\n"
                        + Files.readString(home.resolve("init.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        start();
        masterData(new TrytonRpc(url(), DATABASE).login(ADMIN, PASSWORD));
        stop();
        Files.copy(database, home.resolve("template.sqlite"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** What a buyer's Tryton has before the first purchase: company, currency, suppliers, products. */
    private static void masterData(TrytonRpc rpc) {
        long euro = rpc.create("currency.currency", Map.of("name", "Euro", "code", "EUR", "symbol", "€",
                "rounding", TrytonRpc.decimal("0.01"), "digits", 2));
        long companyParty = rpc.create("party.party", Map.of("name", "Manufacturer GmbH"));
        long company = rpc.create("company.company", Map.of("party", companyParty, "currency", euro));
        rpc.write("res.user", List.of(1L), Map.of("companies", List.of(List.of("add", List.of(company))), "company", company));
        rpc.company(company);
        rpc.write("purchase.configuration", List.of(1L), Map.of("purchase_invoice_method", "manual"));
        accounts(rpc, company);
        supplier(rpc, "Acme Metals AB", ACME_PARTY);
        supplier(rpc, "Unknown Supplies Ltd", "SUP-9999");
        product(rpc, "BR-4711", "Mounting bracket", "1.85");
        product(rpc, "SH-2040", "Drive shaft 40 mm", "24.60");
        product(rpc, "ZZ-0001", "Spare part for the dead-letter test", "3.10");
    }

    /** The least chart of accounts a supplier invoice needs: a payable account for the supplier, an expense account. */
    private static void accounts(TrytonRpc rpc, long company) {
        long payableType = rpc.create("account.account.type", Map.of("name", "Payables", "company", company,
                "statement", "balance", "payable", true));
        long expenseType = rpc.create("account.account.type", Map.of("name", "Expenses", "company", company,
                "statement", "income", "expense", true));
        long payable = rpc.create("account.account", Map.of("name", "Suppliers", "code", "4400", "company", company,
                "type", payableType, "party_required", true));
        rpc.create("account.account", Map.of("name", "Purchases", "code", "5000", "company", company, "type", expenseType));
        rpc.write("account.configuration", List.of(1L), Map.of("default_account_payable", payable));
    }

    private static void supplier(TrytonRpc rpc, String name, String code) {
        rpc.create("party.party", Map.of("name", name, "code", code, "addresses",
                List.of(List.of("create", List.of(Map.of("street", "Industrivägen 1", "postal_code", "41101", "city", "Göteborg"))))));
    }

    private static void product(TrytonRpc rpc, String code, String name, String price) {
        rpc.create("product.template", Map.of("name", name, "code", code, "type", "goods", "default_uom", 1,
                "purchasable", true, "purchase_uom", 1, "list_price", TrytonRpc.decimal(price),
                "products", List.of(List.of("create", List.of(Map.of("suffix_code", ""))))));
    }

    private void awaitAnswer() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":1,\"method\":\"common.server.version\",\"params\":[]}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("trytond did not answer on " + url() + " within 30 s; see " + home.resolve("trytond.log"));
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void requireInstalled() {
        for (String command : List.of("/usr/bin/trytond", "/usr/bin/trytond-admin")) {
            if (!Files.isExecutable(Path.of(command))) {
                throw new IllegalStateException("The ERP tests need Tryton 6.0 from Debian: apt-get install tryton-server "
                        + "tryton-modules-purchase tryton-modules-stock tryton-modules-purchase-amendment "
                        + "tryton-modules-account-invoice (.ci/run installs them)");
            }
        }
    }

    /** Points the portal at the test Tryton: use with {@code @ContextConfiguration(initializers = ...)}. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TrytonTestServer tryton = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("trytonTestServer", Map.of(
                    "portal.erp.tryton.url", tryton.url(),
                    "portal.erp.tryton.database", DATABASE,
                    "portal.erp.tryton.username", ADMIN,
                    "portal.erp.tryton.password", PASSWORD,
                    "portal.erp.tryton.timeout", "PT5S",
                    "portal.erp.schedules-enabled", "false",
                    "portal.erp.outbound-sweep-interval", "PT0.5S",
                    "portal.erp.chunk-size", "5")));
        }
    }
}
