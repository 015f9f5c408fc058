package org.supplierportal.shipment;

import org.supplierportal.tolerance.Explanation;

/**
 * What is wrong with one field of an ASN, in the supplier's words.
 *
 * @param field        as in the draft: {@code shipDate}, {@code lines[2].quantity}, {@code packages[0].contents[1].quantity}
 * @param message      the problem in English (the API's and the CSV import's words)
 * @param translatable the same as a message key of the rules bundle with its values, for a screen in the reader's
 *                     language; null where only the English text exists
 */
public record AsnProblem(String field, String message, Explanation translatable) {

    public AsnProblem(String field, String message) {
        this(field, message, null);
    }

    /** A problem worded by the bundle's key; line numbers go in as text, so no reader sees "1.000" for line 1000. */
    static AsnProblem of(String field, String key, Object... arguments) {
        Explanation explanation = Explanation.of(key, arguments);
        return new AsnProblem(field, explanation.english(), explanation);
    }
}
