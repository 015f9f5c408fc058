package org.supplierportal.inbox.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;

/** The inbox's enums in the reader's language (the enums' labels stay the API's English). */
final class InboxTexts {

    private InboxTexts() {
    }

    static String type(ExceptionType type) {
        return I18NProvider.translate("inbox.type." + type.name());
    }

    static String status(ExceptionStatus status) {
        return I18NProvider.translate("inbox.status." + status.name());
    }
}
