package org.supplierportal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * The note under an order line (why it is in its state, what to do next) as sentences, each a key of the rules bundle
 * with its values, so that a screen words it in the reader's language; the API and the audit log keep
 * {@link #english()}. The line keeps it as {@link #stored()}: each sentence as {@link ExplanationText} keeps it.
 */
public record LineNote(List<Explanation> sentences) {

    /** Separates the sentences: a character no key or value of the rules has (ExplanationText uses U+001E). */
    private static final String SEPARATOR = "\u001D";

    public LineNote {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a note has at least one sentence");
        }
        sentences = List.copyOf(sentences);
    }

    public static LineNote of(Explanation... sentences) {
        return new LineNote(Arrays.asList(sentences));
    }

    static LineNote adopted(int revision) {
        return of(Explanation.of("order.note.adopted", revision));
    }

    static LineNote changed(int revision) {
        return of(Explanation.of("order.note.changed", revision));
    }

    static LineNote removed(int revision) {
        return of(Explanation.of("order.note.removed", revision));
    }

    static LineNote committed(CommitmentSource source) {
        return of(Explanation.of("order.note.committed." + source.name()));
    }

    /** The buyer agreed to the supplier's rejection of the line, with the buyer's note if any. */
    public static LineNote rejectionAgreed(String buyerNote) {
        return withNote(Explanation.of("order.note.rejectionAgreed"), buyerNote);
    }

    /** The buyer rejected the supplier's answer for a reason: the supplier answers again. */
    public static LineNote answerRejected(String reason) {
        return of(Explanation.of("order.note.answerRejected", reason.strip()));
    }

    /** The buyer proposes other values ({@code null} where unchanged); the supplier accepts or rejects them. */
    public static LineNote counterProposed(CounterProposal counter, OrderLineView line, String currency, String buyerNote) {
        List<Explanation> sentences = new ArrayList<>();
        sentences.add(Explanation.of("order.note.counter"));
        if (counter.quantity() != null) {
            sentences.add(Explanation.of("order.note.counter.quantity", counter.quantity(), line.unit()));
        }
        if (counter.date() != null) {
            sentences.add(Explanation.of("order.note.counter.date", counter.date()));
        }
        if (counter.unitPrice() != null) {
            sentences.add(line.priceUnit().compareTo(BigDecimal.ONE) == 0
                    ? Explanation.of("order.note.counter.price", counter.unitPrice(), currency)
                    : Explanation.of("order.note.counter.pricePer", counter.unitPrice(), currency, line.priceUnit(), line.unit()));
        }
        if (buyerNote != null && !buyerNote.isBlank()) {
            sentences.add(Explanation.of("order.note.buyerNote", buyerNote.strip()));
        }
        sentences.add(Explanation.of("order.note.counter.answer"));
        return new LineNote(sentences);
    }

    /** The supplier rejected the buyer's counter-proposal for a reason: the line waits for the buyer again. */
    public static LineNote counterRejected(String reason) {
        return of(Explanation.of("order.note.counterRejected", reason.strip()));
    }

    /** The answer went to a buyer for the reasons of the tolerance rules (or their English words, kept from before). */
    public static LineNote waitingForBuyer(List<Explanation> reasons) {
        List<Explanation> sentences = new ArrayList<>();
        sentences.add(Explanation.of("order.note.waitingForBuyer"));
        sentences.addAll(reasons);
        return new LineNote(sentences);
    }

    private static LineNote withNote(Explanation sentence, String buyerNote) {
        return buyerNote == null || buyerNote.isBlank() ? of(sentence)
                : of(sentence, Explanation.of("order.note.buyerNote", buyerNote.strip()));
    }

    /** The note in English, as the API and the audit log keep it. */
    @JsonValue
    public String english() {
        return worded(Explanation::english);
    }

    /** The note in words: each sentence as {@code wording} puts it (a screen: in the reader's language), one after the other. */
    public String worded(Function<Explanation, String> wording) {
        return sentences.stream().map(wording).collect(Collectors.joining(" "));
    }

    /** The note as the line keeps it. */
    String stored() {
        return ExplanationText.sentences(sentences);
    }

    /**
     * The note a line keeps. A text that is no note's (English words stored before notes had keys, that V44 did not
     * recognise) is kept as one sentence of its own, shown as it is.
     */
    static LineNote read(String stored) {
        if (stored == null) {
            return null;
        }
        if (isKeyed(stored)) {
            try {
                LineNote note = new LineNote(ExplanationText.readSentences(stored));
                note.sentences().forEach(sentence -> ResourceBundle.getBundle(Explanation.BUNDLE, Locale.ENGLISH)
                        .getString(sentence.key()));
                return note;
            } catch (IllegalArgumentException | java.time.DateTimeException | MissingResourceException notANote) {
                // shown as it is, below: a note that cannot be read must not take the order page down
            }
        }
        return of(Explanation.of("order.note.text", stored));
    }

    /** Every sentence starts with a key of the rules bundle: no blank in it, unlike any English sentence. */
    private static boolean isKeyed(String stored) {
        return Arrays.stream(stored.split(SEPARATOR, -1))
                .map(sentence -> sentence.split("\u001E", 2)[0])
                .allMatch(key -> key.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+"));
    }
}
