package org.supplierportal.b2b.edifact;

import java.util.List;

/**
 * One segment of a message as read.
 *
 * @param position the segment's position within its message, UNH being 1 (what a CONTRL's UCS names)
 * @param elements the elements in order, each as its components (a simple element has one)
 */
record EdifactSegment(String tag, int position, List<List<String>> elements) {

    EdifactSegment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The first component of element {@code number} (1-based), or an empty text when there is none. */
    String element(int number) {
        return component(number, 1);
    }

    /** Component {@code component} of element {@code number}, both 1-based; empty when the segment has none. */
    String component(int number, int component) {
        if (number > elements.size()) {
            return "";
        }
        List<String> components = elements.get(number - 1);
        return component <= components.size() ? components.get(component - 1) : "";
    }
}
