package org.supplierportal.identity;

/** The username belongs to an account of another supplier (or of a buyer or admin); accounts never move silently. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("the username '" + username + "' already belongs to another company's account");
    }
}
