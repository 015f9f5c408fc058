package org.supplierportal.tenant;

import java.util.ArrayList;
import java.util.List;

/**
 * What a B2B channel needs before it can run, as problems by field in the user's words. Pure: used by the tenant
 * files, the supplier page and the service alike.
 */
public final class ChannelRules {

    private ChannelRules() {
    }

    public record Problem(String field, String message) {
    }

    public static List<Problem> check(ChannelSettings settings) {
        List<Problem> problems = new ArrayList<>();
        if (settings.channel() == B2bChannel.PORTAL_ONLY) {
            return problems;
        }
        if (settings.isCxml()) {
            return CxmlRules.check(settings);
        }
        if (settings.isEdifact()) {
            checkEdifact(settings, problems);
        } else {
            checkX12(settings, problems);
        }
        if (settings.transport() == B2bTransport.AS2) {
            problems.addAll(As2Rules.check(settings.as2()));
        } else if (settings.transport() != B2bTransport.SFTP) {
            problems.add(new Problem("transport", settings.transport().label() + " is not available for X12; use SFTP or AS2"));
        } else if (settings.sftpPublicKey() == null && settings.sftpPassword() == null && !settings.sftpPasswordSet()) {
            problems.add(new Problem("sftpPublicKey", "SFTP needs the partner's public key or a password"));
        }
        if (settings.sftpPassword() != null && settings.sftpPassword().length() < 12) {
            problems.add(new Problem("sftpPassword", "an SFTP password needs at least 12 characters"));
        }
        if (settings.sftpPublicKey() != null && !settings.sftpPublicKey().matches("(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?")) {
            problems.add(new Problem("sftpPublicKey", "is not an OpenSSH public key line (ssh-ed25519 AAAA..., ssh-rsa AAAA... or ecdsa-sha2-...)"));
        }
        if (settings.documents().isEmpty()) {
            problems.add(new Problem("documents", "choose at least one document the partner exchanges"));
        }
        return problems;
    }

    private static void checkX12(ChannelSettings settings, List<Problem> problems) {
        if (settings.version() == null || !ChannelSettings.X12_VERSIONS.contains(settings.version())) {
            problems.add(new Problem("version", "'" + settings.version() + "' is not an X12 version the portal takes; use 004010 or 005010"));
        }
        if (settings.isaQualifier() == null || !ChannelSettings.ISA_QUALIFIER.matcher(settings.isaQualifier()).matches()) {
            problems.add(new Problem("isaQualifier", "give the partner's ISA qualifier: two letters or digits, e.g. ZZ or 01"));
        }
        if (settings.isaId() == null || !ChannelSettings.ISA_ID.matcher(settings.isaId()).matches()) {
            problems.add(new Problem("isaId", "give the partner's ISA sender ID: up to 15 letters, digits, spaces or dashes"));
        }
        if (settings.gsCode() == null || !ChannelSettings.GS_CODE.matcher(settings.gsCode()).matches()) {
            problems.add(new Problem("gsCode", "give the partner's GS application code: 2 to 15 letters, digits, spaces or dashes"));
        }
    }

    /** EDIFACT: the directory and the partner's UNB sender identification, kept in the ISA fields (no GS code). */
    private static void checkEdifact(ChannelSettings settings, List<Problem> problems) {
        if (settings.version() == null || !ChannelSettings.EDIFACT_VERSIONS.contains(settings.version())) {
            problems.add(new Problem("version", "'" + settings.version() + "' is not an EDIFACT directory the portal takes;"
                    + " use D96A or D01B"));
        }
        if (settings.isaQualifier() == null || !ChannelSettings.UNB_QUALIFIER.matcher(settings.isaQualifier()).matches()) {
            problems.add(new Problem("isaQualifier", "give the partner's UNB code qualifier: up to 4 letters or digits,"
                    + " e.g. 14 (GLN) or ZZZ"));
        }
        if (settings.isaId() == null || !ChannelSettings.UNB_ID.matcher(settings.isaId()).matches()) {
            problems.add(new Problem("isaId", "give the partner's UNB sender identification: up to 35 letters, digits,"
                    + " spaces, dots, dashes or slashes, e.g. its GLN"));
        }
    }
}
