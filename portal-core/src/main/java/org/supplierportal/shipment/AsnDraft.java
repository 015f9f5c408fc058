package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An ASN as the supplier enters it (screen, CSV or API); {@link AsnRules} checks it, field by field.
 *
 * @param lines    what ships: order lines and quantities, with lot and serial numbers
 * @param packages the handling units (pallets, cartons) and which lines and quantities each holds; may be empty
 */
public record AsnDraft(LocalDate shipDate, LocalDate expectedArrival, String carrier, String trackingNumber,
                       String billOfLading, List<Line> lines, List<Package> packages) {

    public AsnDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    /**
     * @param serials one per piece for serialised parts; empty otherwise
     */
    public record Line(UUID orderId, int lineNumber, BigDecimal quantity, String lot, List<String> serials) {

        public Line {
            serials = serials == null ? List.of() : serials.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            lot = lot == null || lot.isBlank() ? null : lot.strip();
        }
    }

    /**
     * @param type Pallet, Carton, ...
     * @param sscc the SSCC the supplier's own system already labelled the package with (an EDI ship notice), or null
     *             for the portal to give it the supplier's next one
     */
    public record Package(String type, BigDecimal grossWeightKg, List<Content> contents, String sscc) {

        public Package {
            contents = contents == null ? List.of() : List.copyOf(contents);
            sscc = sscc == null || sscc.isBlank() ? null : sscc.strip();
        }

        /** A package the portal labels (the screen, the API). */
        public Package(String type, BigDecimal grossWeightKg, List<Content> contents) {
            this(type, grossWeightKg, contents, null);
        }
    }

    /** @param line the 1-based position of the ASN line in {@link AsnDraft#lines()} */
    public record Content(int line, BigDecimal quantity) {
    }
}
