package org.supplierportal.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as a supplier admin enters it; validated on the server, the form shows the same messages per field. */
public record ContactDraft(
        @NotBlank(message = "Enter the contact's name") @Size(max = 200, message = "At most 200 characters") String name,
        @NotNull(message = "Choose what this contact is responsible for") ContactFunction function,
        @NotBlank(message = "Enter an e-mail address") @Email(message = "Enter an e-mail address like name@company.com")
        @Size(max = 254, message = "At most 254 characters") String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,50}$", message = "Enter a phone number with digits, spaces and an optional leading +")
        String phone,
        @Size(max = 500, message = "At most 500 characters") String notes) {
}
