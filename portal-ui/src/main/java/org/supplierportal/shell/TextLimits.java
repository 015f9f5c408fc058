package org.supplierportal.shell;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The length a text field takes, the column's that keeps it: the browser stops typing there and the field shows
 * why. The services check the same limits again, since a browser's limit is no limit for a script.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static <T extends TextFieldBase<T, String>> T limit(T field, int maxLength) {
        switch (field) {
            case TextField text -> text.setMaxLength(maxLength);
            case TextArea area -> area.setMaxLength(maxLength);
            case EmailField email -> email.setMaxLength(maxLength);
            default -> field.getElement().setProperty("maxlength", maxLength);
        }
        return field;
    }
}
