package org.supplierportal.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.tenancy.TenantId;

/** The refusals of an answer a screen shows have keys: the reader reads them in their language, the API in English. */
class AnswerRefusalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aLineAnsweredTwiceOrNotOpenIsRefusedInTheReadersLanguage() {
        OrderForAnswer order = order(line(10, LineStatus.AWAITING_ANSWER), line(20, LineStatus.COMMITTED));
        List<FieldProblem> problems = AnswerValidator.validate(order,
                List.of(LineAnswer.accept(10), LineAnswer.accept(10), LineAnswer.accept(20)), TODAY, false).problems();

        assertThat(problems).extracting(FieldProblem::message).containsExactly("This line is answered twice.",
                "This line is confirmed; it cannot be answered now.");
        assertThat(problems).extracting(problem -> problem.translatable().in(Locale.GERMAN)).containsExactly(
                "Diese Position ist doppelt beantwortet.",
                "Diese Position ist bestätigt; sie kann jetzt nicht beantwortet werden.");
    }

    @Test
    void aPriceWithTooManyDecimalsOrAnUnknownCurrencyIsRefusedInTheReadersLanguage() {
        OrderForAnswer order = order(line(10, LineStatus.AWAITING_ANSWER), line(20, LineStatus.AWAITING_ANSWER));
        LineAnswer price = LineAnswer.propose(10, null, null, new BigDecimal("2.505"));
        LineAnswer currency = new LineAnswer(20, org.supplierportal.tolerance.SupplierAnswer.Decision.PROPOSE, null, null,
                null, List.of(), null, "XY1", null, null);
        List<FieldProblem> problems = AnswerValidator.validate(order, List.of(price, currency), TODAY, false).problems();

        assertThat(problems).extracting(FieldProblem::message).contains("EUR prices have at most 2 decimals; 2.505 has more.",
                "“XY1” is not a currency code.");
        assertThat(problems).extracting(problem -> problem.translatable().in(Locale.FRENCH)).contains(
                "Les prix en EUR ont au plus 2 décimales ; 2.505 en a davantage.",
                "« XY1 » n’est pas un code de devise.");
    }

    @Test
    void aNumberOrTextThatDoesNotFitIsRefusedInTheReadersLanguage() {
        OrderForAnswer order = order(line(10, LineStatus.AWAITING_ANSWER), line(20, LineStatus.AWAITING_ANSWER));
        LineAnswer tooPrecise = LineAnswer.propose(10, new BigDecimal("1.1234567"), null, null);
        LineAnswer tooLong = LineAnswer.reject(20, "x".repeat(AnswerValidator.REASON_MAX + 1));
        List<FieldProblem> problems = AnswerValidator.validate(order, List.of(tooPrecise, tooLong), TODAY, false).problems();

        assertThat(problems).extracting(FieldProblem::message)
                .containsExactly("At most 6 decimals.", "At most " + AnswerValidator.REASON_MAX + " characters.");
        assertThat(problems).extracting(problem -> problem.translatable().in(Locale.GERMAN))
                .containsExactly("Höchstens 6 Nachkommastellen.", "Höchstens 1.000 Zeichen.");
        assertThat(InputProblems.number(org.supplierportal.input.DecimalLimit.PRICE, new BigDecimal("1e20"), "q", 10)
                .translatable().in(Locale.of("es"))).isEqualTo("Demasiado grande: como máximo 12 cifras antes de la coma decimal.");
    }

    private static OrderForAnswer order(OrderLineView... lines) {
        return new OrderForAnswer(new OrderId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "4500001", 1, "EUR",
                OrderStatus.NEW, List.of(lines));
    }

    private static OrderLineView line(int number, LineStatus status) {
        return new OrderLineView(UUID.randomUUID(), number, "l" + number, "BR-1", null, "Bracket", new BigDecimal("100"),
                "pcs", new BigDecimal("1.85"), BigDecimal.ONE, TODAY.plusDays(30), List.of(), status, 1, null, null, null,
                null, null, BigDecimal.ZERO);
    }
}
