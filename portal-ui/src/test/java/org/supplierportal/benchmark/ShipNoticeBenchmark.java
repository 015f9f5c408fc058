package org.supplierportal.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.shipment.Sscc;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * One X12 856 with 1,000 item lines (shipment > order > 50 packs with their SSCCs > 20 items each) taken in as a
 * file the SFTP server hands over: read and validated with StAEDI, logged, mapped, checked by the ASN rules, created
 * as an ASN with its ERP message, and answered with a 997. One warm-up, then timed rounds, each against its own
 * confirmed 1,000-line order. Run with the command in docs/benchmarks.md; not part of the test run.
 */
@PortalIntegrationTest
class ShipNoticeBenchmark {

    static final int LINES = Integer.getInteger("benchmark.asn.lines", 1_000);
    static final int PER_PACK = 20;
    static final int ROUNDS = Integer.getInteger("benchmark.asn.rounds", 5);

    @Autowired
    Actors actors;
    @Autowired
    TenantChannels channels;
    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboundDocuments documents;

    @Test
    void anAsnOfAThousandLines() throws Exception {
        String key = "asn-bench-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "ASN Benchmark", List.of("BENCH-" + key), null,
                null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), new ChannelSettings(B2bChannel.X12, "004010", "ZZ",
                "BENCH856", "BENCH856", B2bTransport.SFTP, Set.of(B2bDocument.SHIP_NOTICES), null, "benchmark-password", false)));
        SftpLogin partner = actors.asSystem(() -> channels.sftpLogin(key)).orElseThrow();
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            String number = confirmedOrder(supplier);
            byte[] edi = shipNotice(number, round + 1).getBytes(StandardCharsets.US_ASCII);
            long start = System.nanoTime();
            InboundDocuments.InboundOutcome outcome = documents.receive(partner, "856-" + round + ".edi", edi);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (!outcome.applied()) {
                throw new IllegalStateException("the 856 was refused: " + outcome.summary());
            }
            if (round > 0) {
                millis.add(took);
            }
            System.out.printf("round %d: %,d bytes, %d ms (%s)%n", round, edi.length, took, round == 0 ? "warm-up" : "timed");
        }
        Collections.sort(millis);
        long median = millis.get(millis.size() / 2);
        String report = "| 856 with %,d item lines in %d packs (%,d KB) | %d ms | %d ms | %d ms | %,.0f lines/s |%n".formatted(
                LINES, LINES / PER_PACK, shipNotice("PO", 1).length() / 1024, millis.getFirst(), median, millis.getLast(),
                LINES * 1000.0 / median) + "rounds (ms): " + millis;
        System.out.println("\n" + report);
        Path file = Path.of("target/benchmarks/ship-notice.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** A new order of LINES lines for the supplier, every line accepted (so it may ship). */
    private String confirmedOrder(TenantSummary supplier) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0));
        List<LineAnswer> accepts = new ArrayList<>();
        for (int line = 1; line <= LINES; line++) {
            document.line(line, "P" + line, "10", "1.5", LocalDate.now().plusDays(20));
            accepts.add(LineAnswer.accept(line));
        }
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, accepts)));
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).summary().number();
    }

    /** The 856: the node-x12 sample's shipment level, one order, packs of PER_PACK items shipping 10 of each line. */
    static String shipNotice(String orderNumber, int control) {
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        List<String> segments = new ArrayList<>(List.of("ST*856*0001", "BSN*00*BENCH" + control + "*" + today + "*1200*0001",
                "HL*1**S", "TD5**2*XXXX**XXXX", "REF*CN*5787970539", "DTM*011*" + today, "HL*2*1*O", "PRF*" + orderNumber));
        int hl = 2;
        for (int line = 1; line <= LINES; line++) {
            if ((line - 1) % PER_PACK == 0) {
                segments.add("HL*" + (++hl) + "*2*P");
                segments.add("MAN*GM*" + Sscc.nth("0614141", (long) control * LINES + line));
            }
            int pack = hl - (line - 1) % PER_PACK;
            segments.add("HL*" + (++hl) + "*" + pack + "*I");
            segments.add("LIN*" + line + "*VP*S-P" + line);
            segments.add("SN1*" + line + "*10*EA");
        }
        segments.add("CTT*" + LINES);
        segments.add("SE*" + (segments.size() + 1) + "*0001");
        String isaControl = String.format("%09d", control);
        return "ISA*00*          *00*          *ZZ*BENCH856       *ZZ*SUPPLIERPORTAL *261201*1200*U*00401*" + isaControl
                + "*0*P*>~GS*SH*BENCH856*SUPPLIERPORTAL*" + today + "*1200*" + control + "*X*004010~"
                + String.join("~", segments) + "~GE*1*" + control + "~IEA*1*" + isaControl + "~";
    }
}
