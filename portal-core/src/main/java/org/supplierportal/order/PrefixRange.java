package org.supplierportal.order;

/** The smallest string after every string that starts with a prefix, in code point (byte) order. Pure. */
final class PrefixRange {

    private PrefixRange() {
    }

    static String upperBound(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            if (codePoints[i] < Character.MAX_CODE_POINT) {
                codePoints[i]++;
                if (codePoints[i] >= Character.MIN_SURROGATE && codePoints[i] <= Character.MAX_SURROGATE) {
                    codePoints[i] = Character.MAX_SURROGATE + 1;
                }
                return new String(codePoints, 0, i + 1);
            }
        }
        // Only the highest code points: nothing sorts after them; an impossible bound keeps the range empty-safe.
        return prefix + Character.toString(Character.MAX_CODE_POINT);
    }
}
