package org.supplierportal.b2b;

import java.util.List;
import java.util.Map;

import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnProblem;

/**
 * A ship notice (856, ShipNoticeRequest, ...) mapped to the ASN a supplier enters on the screen, with where each part
 * came from in the document, so that whatever the ASN rules refuse is told back in the document's own terms.
 *
 * @param draft        the ASN, or null when the document could not be mapped
 * @param problems     why it could not be mapped, each with its location in the document
 * @param notes        what the mapping assumed, for the message log
 * @param fieldWhere   per draft field ({@code shipDate}, {@code carrier}, {@code lines}, ...), where it is in the document
 * @param lineWhere    per draft line, where it is in the document
 * @param packageWhere per draft package, where it is in the document
 */
public record MappedAsn(AsnDraft draft, List<String> problems, List<String> notes, Map<String, String> fieldWhere,
                        List<String> lineWhere, List<String> packageWhere) {

    public MappedAsn {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        lineWhere = List.copyOf(lineWhere);
        packageWhere = List.copyOf(packageWhere);
    }

    public boolean mapped() {
        return problems.isEmpty();
    }

    /** A problem the ASN rules found, said in the document's terms: "SN1 (segment 24) of HL 3: PO 4711 line 1: ...". */
    public String locate(AsnProblem problem) {
        String field = problem.field();
        int open = field.indexOf('[');
        String base = open < 0 ? field : field.substring(0, open);
        String where;
        if (open >= 0 && base.equals("lines")) {
            where = lineWhere.get(index(field, open));
        } else if (open >= 0 && base.equals("packages")) {
            where = packageWhere.get(index(field, open));
        } else {
            where = fieldWhere.getOrDefault(base, field);
        }
        return where + ": " + problem.message();
    }

    private static int index(String field, int open) {
        return Integer.parseInt(field.substring(open + 1, field.indexOf(']', open)));
    }
}
