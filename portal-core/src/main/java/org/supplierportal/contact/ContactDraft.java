package org.supplierportal.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as a supplier admin enters it; validated on the server, the form shows the same messages per field. */
public record ContactDraft(
        @NotBlank(message = "{validation.contact.name.required}") @Size(max = 200, message = "{validation.max200}") String name,
        @NotNull(message = "{validation.contact.function.required}") ContactFunction function,
        @NotBlank(message = "{validation.email.required}") @Email(message = "{validation.email.format}")
        @Size(max = 254, message = "{validation.max254}") String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,50}$", message = "{validation.phone}")
        String phone,
        @Size(max = 500, message = "{validation.max500}") String notes) {
}
