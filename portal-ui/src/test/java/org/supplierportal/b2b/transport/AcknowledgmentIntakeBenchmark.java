package org.supplierportal.b2b.transport;

import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * Inbound 855s through the SFTP drop, end to end (issue 14): a supplier's system logs in to the portal's SFTP server
 * with a real SSH client and drops one 855 of 10 lines per order, one file after another; each is read and validated
 * by StAEDI, logged, applied as the supplier's acknowledgment through the acknowledgment service (tolerances, buyer
 * inbox), and answered with a 997 in the out folder. Timed from the first upload until every document has its final
 * state in the message log. Goal: at least 1,000 documents per minute. Not part of the test run; the command is in
 * docs/benchmarks.md. Writes portal-ui/target/benchmarks/ack-intake.md.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.b2b.sftp.enabled=true", "portal.b2b.sftp.host=127.0.0.1",
        "portal.b2b.sftp.port=0", "portal.b2b.sftp.root=target/b2b-bench/sftp", "portal.b2b.sftp.host-key=target/b2b-bench/host-key.ser"})
class AcknowledgmentIntakeBenchmark {

    static final int DOCUMENTS = Integer.getInteger("benchmark.b2b.acks", 500);
    static final int WARM_UP = 50;
    static final int LINES = 10;
    private static final String PASSWORD = "benchmark-sftp-password";

    @Autowired
    Actors actors;
    @Autowired
    TenantChannels channels;
    @Autowired
    OrderInbound inbound;
    @Autowired
    SftpServer server;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void tenLineAcknowledgmentsThroughTheSftpDrop() throws Exception {
        String key = "ack-bench-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "855 Benchmark", List.of("BENCH-" + key), null,
                null, 2, null, null));
        // Acknowledgments only: its new orders do not go out as 850s meanwhile.
        actors.as(actors.admin(), () -> channels.update(supplier.id(), new ChannelSettings(B2bChannel.X12, "004010", "ZZ",
                "1556150", "1556150", B2bTransport.SFTP, Set.of(B2bDocument.ORDER_ACKNOWLEDGMENTS), null, PASSWORD, false)));
        List<String> orders = new ArrayList<>();
        for (int n = 0; n < WARM_UP + DOCUMENTS; n++) {
            TestOrders.Builder order = TestOrders.order(supplier.erpPartyCodes().getFirst());
            for (int line = 1; line <= LINES; line++) {
                order.line(line, "P" + line, "10", "4.5", LocalDate.now().plusDays(30));
            }
            actors.asSystem(() -> inbound.receive(order.build()));
            orders.add(order.number());
        }
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession session = client.connect(key, "127.0.0.1", server.port()).verify(Duration.ofSeconds(30)).getSession()) {
            session.addPasswordIdentity(PASSWORD);
            session.auth().verify(Duration.ofSeconds(30));
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                drop(sftp, orders.subList(0, WARM_UP), 1);
                awaitFinal(supplier, WARM_UP);
                long start = System.nanoTime();
                drop(sftp, orders.subList(WARM_UP, orders.size()), WARM_UP + 1);
                Map<String, Integer> states = awaitFinal(supplier, WARM_UP + DOCUMENTS);
                long millis = (System.nanoTime() - start) / 1_000_000;
                report(millis, states);
            }
        } finally {
            client.stop();
        }
    }

    /** Each 855 written as .part and renamed, as a careful partner does (the server takes only whole files). */
    private static void drop(SftpClient sftp, List<String> orderNumbers, int firstControl) throws Exception {
        int control = firstControl;
        for (String number : orderNumbers) {
            String name = "855-" + control + ".edi";
            try (OutputStream out = sftp.write("/in/" + name + ".part")) {
                out.write(the855(number, control).getBytes(StandardCharsets.US_ASCII));
            }
            sftp.rename("/in/" + name + ".part", "/in/" + name);
            control++;
        }
    }

    /** Waits until that many 855s are no longer being taken in; returns how many ended in each state. */
    private Map<String, Integer> awaitFinal(TenantSummary supplier, int expected) {
        return await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> states(supplier.id().value()),
                states -> states.entrySet().stream().filter(state -> !Set.of("RECEIVED", "VALID").contains(state.getKey()))
                        .mapToInt(Map.Entry::getValue).sum() >= expected);
    }

    private Map<String, Integer> states(UUID tenant) {
        return actors.asSystem(() -> new TransactionTemplate(transactions).execute(status -> jdbc.queryForList("""
                        select state, count(*) as documents from b2b_message
                        where tenant_id = ? and direction = 'IN' and document_type = '855' group by state""", tenant)
                .stream().collect(Collectors.toMap(row -> (String) row.get("state"), row -> ((Number) row.get("documents")).intValue()))));
    }

    private static void report(long millis, Map<String, Integer> states) throws Exception {
        double perMinute = DOCUMENTS * 60_000.0 / millis;
        String report = """
                | run | documents | lines each | total | documents per minute | per document | final states (warm-up included) |
                |---|---|---|---|---|---|---|
                | 855 through the SFTP drop, one session | %,d | %d | %,d ms | %,.0f | %.1f ms | %s |
                """.formatted(DOCUMENTS, LINES, millis, perMinute, millis / (double) DOCUMENTS, states);
        System.out.println("\n" + report);
        Path file = Path.of("target/benchmarks/ack-intake.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** An 004010 855 from the supplier (ISA sender 1556150), accepting each of the order's 10 lines as ordered. */
    static String the855(String orderNumber, int control) {
        String isaControl = String.format("%09d", control);
        List<String> segments = new ArrayList<>(List.of("ST*855*0001", "BAK*00*AC*" + orderNumber + "*20261201"));
        for (int line = 1; line <= LINES; line++) {
            segments.add("PO1*" + line + "*10*UN*4.5*PE*VP*S-P" + line);
            segments.add("ACK*IA*10*UN");
        }
        segments.add("CTT*" + LINES);
        segments.add("SE*" + (segments.size() + 1) + "*0001");
        return "ISA*00*          *00*          *ZZ*1556150        *ZZ*SUPPLIERPORTAL *"
                + "261201*1200*U*00401*" + isaControl
                + "*0*P*>~GS*PR*1556150*SUPPLIERPORTAL*20261201*1200*" + control + "*X*004010~" + String.join("~", segments)
                + "~GE*1*" + control + "~IEA*1*" + isaControl + "~";
    }
}
