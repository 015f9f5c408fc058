package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.TenantId;

class AsnCsvTest {

    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void goodRowsBecomeAsnLinesWithLotsAndSerials() {
        AsnCsv.Result result = AsnCsv.read("""
                \uFEFFpo_number,line,quantity,lot,serial_numbers
                4500017001,10,2,LOT-1,S-1;S-2
                "4500017001",20,12.5,,
                """, AsnCsvTest::lookUp);

        assertThat(result.problems()).isEmpty();
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0).serials()).containsExactly("S-1", "S-2");
        assertThat(result.lines().get(0).lot()).isEqualTo("LOT-1");
        assertThat(result.lines().get(1).quantity()).isEqualByComparingTo("12.5");
        assertThat(result.lines().get(1).lot()).isNull();
    }

    @Test
    void everyBadRowIsReportedAndNothingIsTaken() {
        AsnCsv.Result result = AsnCsv.read("""
                po_number,line,quantity,lot,serial_numbers
                4500017001,10,2,LOT-1,
                4500017001,ten,2,,
                4500017001,10,"1,5",,
                4599999999,10,1,,
                4500017001,10
                """, AsnCsvTest::lookUp);

        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).extracting(AsnCsv.RowProblem::toString).containsExactly(
                "Row 3: line 'ten' is not a line number",
                "Row 4: quantity '1,5' is not a quantity above 0 (use a point for decimals)",
                "Row 5: PO 4599999999 line 10 is not a line of one of your orders",
                "Row 6: has 2 columns instead of 5");
    }

    @Test
    void aQuantityTooLargeForTheColumnIsRefusedWithoutRepeatingIt() {
        AsnCsv.Result result = AsnCsv.read("""
                po_number,line,quantity,lot,serial_numbers
                4500017001,10,1e10000000,,
                4500017001,10,%s,,
                """.formatted("9".repeat(5000)), AsnCsvTest::lookUp);

        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).extracting(AsnCsv.RowProblem::toString).containsExactly(
                "Row 2: quantity: Too large: at most 14 digits before the decimal point",
                "Row 3: quantity: Too large: at most 14 digits before the decimal point");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsRefused() {
        AsnCsv.Result result = AsnCsv.read("""
                po_number,line,quantity,lot,serial_numbers
                4500017001,10,2,"=HYPERLINK(""http://x.example"",""open"")",
                4500017001,10,2,LOT-1,S-1;@SUM(A1)
                4500017001,10,2,LOT-2,S-2
                """, AsnCsvTest::lookUp);

        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).extracting(AsnCsv.RowProblem::toString).containsExactly(
                "Row 2: lot starts like a spreadsheet formula (=, +, -, @); remove that sign",
                "Row 3: serial_numbers starts like a spreadsheet formula (=, +, -, @); remove that sign");
    }

    @Test
    void wrongColumnsAreReportedOnce() {
        assertThat(AsnCsv.read("order,qty\n4500017001,2\n", AsnCsvTest::lookUp).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.toString()).isEqualTo(
                        "Row 1: The columns must be po_number,line,quantity,lot,serial_numbers in this order, not order,qty"));
        assertThat(AsnCsv.read("", AsnCsvTest::lookUp).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("The file is empty"));
    }

    @Test
    void theTemplateReadsBackAsOneLine() {
        assertThat(AsnCsv.read(AsnCsv.TEMPLATE, AsnCsvTest::lookUp).lines()).hasSize(1);
    }

    private static Optional<ShippableLine> lookUp(String number, Integer line) {
        if (!number.equals("4500017001")) {
            return Optional.empty();
        }
        return Optional.of(new ShippableLine(new OrderId(ORDER), new TenantId(UUID.randomUUID()), number, "Plant 1", "TEST",
                "1", line, String.valueOf(line), "BR-4711", null, "Bracket", new BigDecimal("500"), null, "pcs",
                LineStatus.COMMITTED, LocalDate.now(), BigDecimal.ZERO));
    }

    @Test
    void eachRowsProblemReadsInTheReadersLanguage() {
        AsnCsv.Result result = AsnCsv.read("""
                po_number,line,quantity,lot,serial_numbers
                4500017001,ten,2,,
                4500017001,10,1e10000000,,
                4599999999,10,1,,
                4500017001,10,2,=SUM(A1),
                """, AsnCsvTest::lookUp);

        assertThat(result.problems()).extracting(problem -> problem.withRow().in(Locale.GERMAN)).containsExactly(
                "Zeile 2: line „ten“ ist keine Positionsnummer",
                "Zeile 3: quantity: Zu groß: höchstens 14 Stellen vor dem Komma",
                "Zeile 4: Bestellung 4599999999 Pos. 10 gehört zu keiner Ihrer Bestellungen",
                "Zeile 5: lot beginnt wie eine Tabellenformel (=, +, -, @); entfernen Sie dieses Zeichen");
        assertThat(result.problems().getFirst().withRow().in(Locale.FRENCH)).isEqualTo("Ligne 2 : line « ten » n’est pas un numéro de ligne");
        assertThat(result.problems()).extracting(problem -> problem.withRow().english())
                .containsExactlyElementsOf(result.problems().stream().map(AsnCsv.RowProblem::toString).toList());
        assertThat(AsnCsv.read("", AsnCsvTest::lookUp).problems().getFirst().withRow().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("文件为空。请从模板开始：po_number,line,quantity,lot,serial_numbers");
        assertThat(AsnCsv.read("po_number,line,quantity,lot,serial_numbers\n4500017001,10\n", AsnCsvTest::lookUp).problems()
                .getFirst().withRow().in(Locale.of("es"))).isEqualTo("Fila 2: tiene 2 columnas en lugar de 5");
    }
}
