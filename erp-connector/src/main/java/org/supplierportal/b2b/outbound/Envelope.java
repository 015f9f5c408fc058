package org.supplierportal.b2b.outbound;

/**
 * The control numbers one outbound interchange was given, taken before it is written so that a document that cannot
 * be written is still logged under them.
 *
 * @param interchange        the interchange number as the mapping writes it (ISA13, UNB 0020)
 * @param group              the functional group number (GS06); standards without groups repeat the interchange
 * @param interchangeControl the interchange number as the message log and file name show it (ISA13's nine digits)
 * @param groupControl       the group number as the message log shows it: what the partner's 997 or CONTRL answers
 */
public record Envelope(long interchange, long group, String interchangeControl, String groupControl) {
}
