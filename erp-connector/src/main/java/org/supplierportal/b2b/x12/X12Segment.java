package org.supplierportal.b2b.x12;

import java.util.List;

/**
 * One segment of a transaction set as read.
 *
 * @param position the segment's position within its transaction set, ST being 1 (what a 997's AK3-02 names)
 * @param elements the elements in order, element 1 first; composite elements joined by their component separator
 */
record X12Segment(String tag, int position, List<String> elements) {

    X12Segment {
        elements = List.copyOf(elements);
    }

    /** Element {@code number} (1-based), or an empty text when the segment has fewer. */
    String element(int number) {
        return number <= elements.size() ? elements.get(number - 1) : "";
    }
}
