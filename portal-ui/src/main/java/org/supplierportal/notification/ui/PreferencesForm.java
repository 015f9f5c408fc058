package org.supplierportal.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.supplierportal.notification.Delivery;
import org.supplierportal.notification.NotificationPreferences;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.notification.PreferenceView;
import org.supplierportal.shell.Confirmations;

/** One choice per type of notification the person gets; each change is saved at once and confirmed. */
class PreferencesForm extends Div {

    PreferencesForm(NotificationPreferences preferences, NotificationTexts texts) {
        addClassName("notification-preferences");
        for (PreferenceView preference : preferences.mine()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(texts.typeName(preference.type()));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(texts::deliveryName);
            choice.setHelperText(texts.typeDescription(preference.type()));
            choice.setValue(preference.delivery());
            choice.setId("preference-" + preference.type().name());
            choice.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    PreferenceView saved = preferences.change(preference.type(), change.getValue());
                    Confirmations.done(texts.get("ui.account.saved", texts.typeName(saved.type()),
                            texts.deliveryName(saved.delivery())));
                }
            });
            add(choice);
        }
    }
}
