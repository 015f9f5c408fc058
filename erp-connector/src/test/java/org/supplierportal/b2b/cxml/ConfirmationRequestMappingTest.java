package org.supplierportal.b2b.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.tolerance.SupplierAnswer;

class ConfirmationRequestMappingTest {

    private final OrderForAnswer order = CxmlDocuments.do1234();

    @Test
    void theTestDocumentIsValidAgainstTheCorpusFulfillDtd() throws Exception {
        assertThat(CxmlDocuments.dtdErrors(CxmlDocuments.text("ConfirmationRequest.xml"))).isEmpty();
    }

    @Test
    void acceptsALineReducesOneByItsRejectedPortionAndProposesANewPriceAndDate() throws Exception {
        ConfirmationRequestMapping.Result result = map(CxmlDocuments.text("ConfirmationRequest.xml"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.request().orderId()).isEqualTo(order.id());
        assertThat(result.request().revision()).isEqualTo(1);
        assertThat(result.request().comment()).isEqualTo("From cXML: Looks great, but for the price.");
        List<LineAnswer> lines = result.request().lines();
        assertThat(lines).extracting(LineAnswer::lineNumber).containsExactly(1, 2, 3);
        assertThat(lines.get(0)).isEqualTo(LineAnswer.accept(1));
        assertThat(lines.get(1).decision()).isEqualTo(SupplierAnswer.Decision.PROPOSE);
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("15");
        assertThat(lines.get(1).date()).isNull();
        assertThat(lines.get(1).comment()).isEqualTo("Only 15 in stock; Discontinued");
        assertThat(lines.get(2).quantity()).isNull();
        assertThat(lines.get(2).date()).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(lines.get(2).unitPrice()).isEqualTo(new BigDecimal("3.40"));
    }

    @Test
    void readsThePoNumberFromOrderReference() throws Exception {
        assertThat(ConfirmationRequestMapping.orderNumber(request(CxmlDocuments.text("ConfirmationRequest.xml")).request()))
                .isEqualTo("DO1234");
    }

    @Test
    void aRejectedOrderRejectsEveryLineWithTheHeaderComment() throws Exception {
        String reject = CxmlDocuments.text("ConfirmationRequest.xml").replace("type=\"detail\" noticeDate", "type=\"reject\" noticeDate")
                .replaceAll("(?s)<ConfirmationItem .*</ConfirmationItem>", "");

        ConfirmationRequestMapping.Result result = map(reject);

        assertThat(result.problems()).isEmpty();
        assertThat(result.request().lines()).extracting(LineAnswer::decision).containsOnly(SupplierAnswer.Decision.REJECT);
        assertThat(result.request().lines()).extracting(LineAnswer::rejectReason).containsOnly("Looks great, but for the price.");
    }

    @Test
    void anAcceptedOrderAcceptsEveryLine() throws Exception {
        String accept = CxmlDocuments.text("ConfirmationRequest.xml").replace("type=\"detail\" noticeDate", "type=\"accept\" noticeDate")
                .replaceAll("(?s)<ConfirmationItem .*</ConfirmationItem>", "");

        assertThat(map(accept).request().lines()).containsExactly(LineAnswer.accept(1), LineAnswer.accept(2), LineAnswer.accept(3));
    }

    @Test
    void portionsOnDifferentDatesSplitTheLine() throws Exception {
        String split = CxmlDocuments.text("ConfirmationRequest.xml").replace(
                "<ConfirmationStatus quantity=\"5\" type=\"reject\">",
                "<ConfirmationStatus quantity=\"5\" type=\"accept\" deliveryDate=\"2020-03-13\">");

        LineAnswer line2 = map(split).request().lines().get(1);

        assertThat(line2.deliveries()).containsExactly(new LineAnswer.Delivery(new BigDecimal("15"), CxmlDocuments.REQUESTED),
                new LineAnswer.Delivery(new BigDecimal("5"), LocalDate.of(2020, 3, 13)));
    }

    @Test
    void refusesALineTheOrderDoesNotHaveAndQuantitiesThatDoNotAddUp() throws Exception {
        String wrong = CxmlDocuments.text("ConfirmationRequest.xml")
                .replace("<ConfirmationItem lineNumber=\"3\"", "<ConfirmationItem lineNumber=\"7\"")
                .replace("<ConfirmationStatus quantity=\"15\"", "<ConfirmationStatus quantity=\"14\"");

        ConfirmationRequestMapping.Result result = map(wrong);

        assertThat(result.mapped()).isFalse();
        assertThat(result.problems()).containsExactly(
                "ConfirmationItem lineNumber=\"2\": its ConfirmationStatus quantities add up to 19, not the item's quantity \"20\"",
                "ConfirmationItem lineNumber=\"7\": PO DO1234 revision 1 has no line 7");
    }

    @Test
    void refusesAPriceInAnotherCurrency() throws Exception {
        String dollars = CxmlDocuments.text("ConfirmationRequest.xml").replace("<Money currency=\"EUR\">3.40", "<Money currency=\"USD\">3.40");

        assertThat(map(dollars).problems()).containsExactly("ConfirmationItem lineNumber=\"3\": UnitPrice is in USD, the order in EUR");
    }

    @Test
    void refusesATypeThePortalDoesNotTake() throws Exception {
        String backordered = CxmlDocuments.text("ConfirmationRequest.xml").replace("type=\"detail\" noticeDate", "type=\"backordered\" noticeDate");

        assertThat(map(backordered).problems()).singleElement().asString().startsWith("ConfirmationHeader type=\"backordered\"");
    }

    private ConfirmationRequestMapping.Result map(String document) throws Exception {
        return ConfirmationRequestMapping.toRequest(request(document).request(), order, "key", "From cXML");
    }

    private static CxmlDocument request(String document) throws Exception {
        return CxmlReader.read(document.getBytes(StandardCharsets.UTF_8));
    }
}
