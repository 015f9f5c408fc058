package org.supplierportal.onboarding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.supplierportal.tenant.As2Settings;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelRules;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.CxmlCredential;
import org.supplierportal.tenant.CxmlSettings;

/** The {@code b2b} section of a tenant file: its words checked and turned into channel settings. Pure. */
final class TenantFileChannel {

    private TenantFileChannel() {
    }

    static List<ChannelRules.Problem> check(TenantFile.B2b b2b) {
        if (b2b == null) {
            return List.of();
        }
        List<ChannelRules.Problem> problems = new ArrayList<>();
        B2bChannel channel = parse(B2bChannel.class, b2b.channel(), "b2b.channel", problems);
        B2bTransport transport = parse(B2bTransport.class, b2b.transport(), "b2b.transport", problems);
        Set<B2bDocument> documents = EnumSet.noneOf(B2bDocument.class);
        List<String> names = b2b.documents() == null ? List.of() : b2b.documents();
        for (int i = 0; i < names.size(); i++) {
            B2bDocument document = parse(B2bDocument.class, names.get(i), "b2b.documents[" + i + "]", problems);
            if (document != null) {
                documents.add(document);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        ChannelRules.check(settings(channel, transport, documents, b2b)).forEach(problem -> problems.add(
                new ChannelRules.Problem("b2b." + fileField(problem.field(), channel), problem.message())));
        return problems;
    }

    /**
     * The rules' name of a field as the file spells it: cxmlSharedSecret is cxml.sharedSecret, as2Url is as2.url,
     * and on EDIFACT the partner's interchange qualifier and ID are unbQualifier and unbId.
     */
    private static String fileField(String field, B2bChannel channel) {
        if (channel == B2bChannel.EDIFACT && "isaQualifier".equals(field)) {
            return "unbQualifier";
        }
        if (channel == B2bChannel.EDIFACT && "isaId".equals(field)) {
            return "unbId";
        }
        for (String section : new String[] {"cxml", "as2"}) {
            if (field != null && field.startsWith(section) && field.length() > section.length()) {
                return section + "." + Character.toLowerCase(field.charAt(section.length())) + field.substring(section.length() + 1);
            }
        }
        return field;
    }

    /** The settings of a checked section; portal only when the file has none. */
    static ChannelSettings settings(TenantFile.B2b b2b) {
        if (b2b == null) {
            return ChannelSettings.PORTAL_ONLY;
        }
        Set<B2bDocument> documents = EnumSet.noneOf(B2bDocument.class);
        if (b2b.documents() != null) {
            b2b.documents().forEach(name -> documents.add(B2bDocument.valueOf(name.strip().toUpperCase(Locale.ROOT))));
        }
        return settings(B2bChannel.valueOf(b2b.channel().strip().toUpperCase(Locale.ROOT)),
                b2b.transport() == null ? B2bTransport.NONE : B2bTransport.valueOf(b2b.transport().strip().toUpperCase(Locale.ROOT)),
                documents, b2b);
    }

    private static ChannelSettings settings(B2bChannel channel, B2bTransport transport, Set<B2bDocument> documents,
                                            TenantFile.B2b b2b) {
        boolean edifact = channel == B2bChannel.EDIFACT;
        return new ChannelSettings(channel, b2b.version(), edifact ? b2b.unbQualifier() : b2b.isaQualifier(),
                edifact ? b2b.unbId() : b2b.isaId(), b2b.gsCode(), transport, documents, b2b.sftpPublicKey(),
                b2b.sftpPassword(), false, cxml(b2b.cxml()), as2(b2b.as2()));
    }

    private static CxmlSettings cxml(TenantFile.Cxml cxml) {
        if (cxml == null) {
            return CxmlSettings.NONE;
        }
        return new CxmlSettings(credential(cxml.from()), credential(cxml.to()), credential(cxml.sender()),
                cxml.sharedSecret(), false, cxml.orderUrl());
    }

    private static As2Settings as2(TenantFile.As2 as2) {
        return as2 == null ? As2Settings.NONE : new As2Settings(as2.partnerId(), as2.url(), as2.certificate(),
                as2.signedMdn() == null || as2.signedMdn(), as2.asyncMdn() != null && as2.asyncMdn());
    }

    private static CxmlCredential credential(TenantFile.Credential credential) {
        return credential == null ? new CxmlCredential(null, null) : new CxmlCredential(credential.domain(), credential.identity());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<ChannelRules.Problem> problems) {
        if (value == null || value.isBlank()) {
            if (!field.equals("b2b.transport")) {
                problems.add(new ChannelRules.Problem(field, "missing; one of " + EnumSet.allOf(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ChannelRules.Problem(field, "'" + value + "' is not one of " + EnumSet.allOf(type)));
            return null;
        }
    }
}
