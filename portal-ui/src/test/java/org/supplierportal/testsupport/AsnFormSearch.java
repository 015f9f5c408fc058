package org.supplierportal.testsupport;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The new-ASN form's search of open order lines, as a test drives it. */
public final class AsnFormSearch {

    private AsnFormSearch() {
    }

    /**
     * Types a PO number into the search and waits until the list shows only that order's lines. The search reacts as
     * one types, after a pause, and renders the list again: a click on a line's Add button before that lands on a
     * button the new list replaces, and is lost. The list may also be rendered again while it is read: a button
     * gone stale is read again on the next look.
     */
    public static void search(Browser browser, String orderNumber) {
        browser.fill("line-search", orderNumber);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<String> shown = browser.findAll(By.cssSelector("#available-lines vaadin-button[id^='add-']"))
                            .stream().filter(WebElement::isDisplayed).map(button -> button.getAttribute("id")).toList();
                    return !shown.isEmpty() && shown.stream().allMatch(id -> id.startsWith("add-" + orderNumber + "-"));
                });
    }
}
