package org.supplierportal.shipment;

/**
 * GS1 Serial Shipping Container Codes: 18 digits, the extension digit, the company prefix, a serial reference and
 * the mod-10 check digit (GS1 General Specifications 7.9). Pure.
 */
public final class Sscc {

    private Sscc() {
    }

    /**
     * The n-th SSCC of a company prefix: the serial reference counts up, and the extension digit (0 to 9) takes over
     * when the serial references of one extension are used up, so a prefix yields ten times as many codes.
     *
     * @param companyPrefix 6 to 12 digits
     * @param n             0 for the first code
     */
    public static String nth(String companyPrefix, long n) {
        if (companyPrefix == null || !companyPrefix.matches("[0-9]{6,12}")) {
            throw new IllegalArgumentException("a GS1 company prefix has 6 to 12 digits, not " + companyPrefix);
        }
        int serialDigits = 16 - companyPrefix.length();
        long perExtension = (long) Math.pow(10, serialDigits);
        if (n < 0 || n >= perExtension * 10) {
            throw new IllegalArgumentException("the SSCCs of prefix " + companyPrefix + " are used up");
        }
        String withoutCheck = (n / perExtension) + companyPrefix + String.format("%0" + serialDigits + "d", n % perExtension);
        return withoutCheck + checkDigit(withoutCheck);
    }

    /** The GS1 check digit of the given digits: weights 3 and 1 alternating from the right, to the next ten. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not digits: " + digits);
            }
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the text is an SSCC with a correct check digit. */
    public static boolean isValid(String sscc) {
        return sscc != null && sscc.matches("[0-9]{18}")
                && checkDigit(sscc.substring(0, 17)) == sscc.charAt(17) - '0';
    }
}
