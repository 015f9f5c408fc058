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

    /**
     * @param message      the problem in English (tenant files, the API, logs)
     * @param translatable the same as a key of the rules bundle with its values, for a screen; null where only the
     *                     English text exists
     */
    public record Problem(String field, String message, RuleText translatable) {

        public Problem(String field, String message) {
            this(field, message, null);
        }

        static Problem of(String field, String key, String... arguments) {
            RuleText text = RuleText.of(key, arguments);
            return new Problem(field, text.english(), text);
        }
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
            problems.add(Problem.of("transport", "channelRule.transport." + settings.transport().name()));
        } else if (settings.sftpPublicKey() == null && settings.sftpPassword() == null && !settings.sftpPasswordSet()) {
            problems.add(Problem.of("sftpPublicKey", "channelRule.sftpAccess"));
        }
        if (settings.sftpPassword() != null && settings.sftpPassword().length() < 12) {
            problems.add(Problem.of("sftpPassword", "channelRule.sftpPassword"));
        }
        if (settings.sftpPublicKey() != null && !settings.sftpPublicKey().matches("(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?")) {
            problems.add(Problem.of("sftpPublicKey", "channelRule.sftpPublicKey"));
        }
        if (settings.documents().isEmpty()) {
            problems.add(Problem.of("documents", "channelRule.documents"));
        }
        return problems;
    }

    private static void checkX12(ChannelSettings settings, List<Problem> problems) {
        if (settings.version() == null || !ChannelSettings.X12_VERSIONS.contains(settings.version())) {
            problems.add(Problem.of("version", "channelRule.x12Version", settings.version()));
        }
        if (settings.isaQualifier() == null || !ChannelSettings.ISA_QUALIFIER.matcher(settings.isaQualifier()).matches()) {
            problems.add(Problem.of("isaQualifier", "channelRule.isaQualifier"));
        }
        if (settings.isaId() == null || !ChannelSettings.ISA_ID.matcher(settings.isaId()).matches()) {
            problems.add(Problem.of("isaId", "channelRule.isaId"));
        }
        if (settings.gsCode() == null || !ChannelSettings.GS_CODE.matcher(settings.gsCode()).matches()) {
            problems.add(Problem.of("gsCode", "channelRule.gsCode"));
        }
    }

    /** EDIFACT: the directory and the partner's UNB sender identification, kept in the ISA fields (no GS code). */
    private static void checkEdifact(ChannelSettings settings, List<Problem> problems) {
        if (settings.version() == null || !ChannelSettings.EDIFACT_VERSIONS.contains(settings.version())) {
            problems.add(Problem.of("version", "channelRule.edifactVersion", settings.version()));
        }
        if (settings.isaQualifier() == null || !ChannelSettings.UNB_QUALIFIER.matcher(settings.isaQualifier()).matches()) {
            problems.add(Problem.of("isaQualifier", "channelRule.unbQualifier"));
        }
        if (settings.isaId() == null || !ChannelSettings.UNB_ID.matcher(settings.isaId()).matches()) {
            problems.add(Problem.of("isaId", "channelRule.unbId"));
        }
    }
}
