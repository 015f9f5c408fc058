package org.supplierportal.contact;

/** Someone else saved the contact since it was opened; the user must reload before saving over their change. */
public class ContactChangedMeanwhileException extends RuntimeException {

    public ContactChangedMeanwhileException(String name) {
        super("The contact " + name + " was changed by someone else since you opened it. Reload it and make your change again.");
    }
}
