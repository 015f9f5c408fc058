package org.supplierportal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How a mail names the time zone of the times it shows. The short name where it names one offset only ("CET",
 * "MEZ"); where other zones share it with another offset (China's and the US Central "CST", India's, Israel's and
 * Ireland's "IST") the offset itself ("UTC+8"), which a reader far from the sender cannot misread. Pure: the same zone,
 * instant and language give the same label (the zones sharing a name are worked out once per language and day).
 */
final class ZoneLabel {

    private static final int KEPT_DAYS_AND_LANGUAGES = 32;
    private static final Map<Key, Map<String, Set<ZoneOffset>>> OFFSETS_BY_NAME = new ConcurrentHashMap<>();

    private record Key(Locale language, long epochDay) {
    }

    private ZoneLabel() {
    }

    static String of(ZoneId zone, Instant at, Locale language) {
        String name = shortName(zone, at, language);
        Set<ZoneOffset> offsets = offsetsByName(at, language).getOrDefault(name, Set.of());
        return offsets.size() > 1 ? offset(zone.getRules().getOffset(at)) : name;
    }

    /** "UTC", "UTC+8", "UTC+5:30", "UTC-3:30". */
    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }

    private static String shortName(ZoneId zone, Instant at, Locale language) {
        return DateTimeFormatter.ofPattern("zzz", language).format(at.atZone(zone));
    }

    /** Which offsets each short name stands for that day (a scan of every zone: about 0.1 s, so kept a while). */
    private static Map<String, Set<ZoneOffset>> offsetsByName(Instant at, Locale language) {
        if (OFFSETS_BY_NAME.size() > KEPT_DAYS_AND_LANGUAGES) {
            OFFSETS_BY_NAME.clear(); // mails are sent about today: the days before are not asked for again
        }
        return OFFSETS_BY_NAME.computeIfAbsent(new Key(language, Math.floorDiv(at.getEpochSecond(), 86_400)), key ->
                ZoneId.getAvailableZoneIds().stream().map(ZoneId::of).collect(Collectors.groupingBy(
                        zone -> shortName(zone, at, language),
                        Collectors.mapping(zone -> zone.getRules().getOffset(at), Collectors.toSet()))));
    }
}
