package org.supplierportal.b2b.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * The transaction set schemas the portal validates against, by type and version (ST01 and GS08). StAEDI ships only
 * the envelope schemas; these are ours, in {@code b2b/x12/}.
 */
final class X12Schemas {

    private static final Schema SHIP_NOTICE = load("856-004010.xml");
    private static final Schema ACKNOWLEDGMENT = load("855-004010.xml");
    private static final Schema PURCHASE_ORDER = load("850-004010.xml");
    private static final Schema PURCHASE_ORDER_CHANGE = load("860-004010.xml");
    // The segments and elements an 850, 855, 856 or 860 carries for the portal did not change in 005010 (a few lengths
    // grew; the schemas allow the larger one), so 005010 is validated against the same tables.
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "855:004010", ACKNOWLEDGMENT,
            "855:005010", ACKNOWLEDGMENT,
            "850:004010", PURCHASE_ORDER,
            "850:005010", PURCHASE_ORDER,
            "860:004010", PURCHASE_ORDER_CHANGE,
            "860:005010", PURCHASE_ORDER_CHANGE,
            "856:004010", SHIP_NOTICE,
            "856:005010", SHIP_NOTICE,
            "999:005010", load("999-005010.xml"));

    private X12Schemas() {
    }

    /** The schema for a transaction set, by ST01 and the version in GS08 (only its first 6 characters count). */
    static Optional<Schema> find(String type, String version) {
        String base = version == null ? "" : version.length() > 6 ? version.substring(0, 6) : version;
        return Optional.ofNullable(SCHEMAS.get(type + ":" + base));
    }

    private static Schema load(String name) {
        try (InputStream in = X12Schemas.class.getResourceAsStream("/b2b/x12/" + name)) {
            if (in == null) {
                throw new IllegalStateException("X12 schema b2b/x12/" + name + " is missing from the classpath");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("X12 schema " + name + " is not valid: " + e.getMessage(), e);
        }
    }
}
