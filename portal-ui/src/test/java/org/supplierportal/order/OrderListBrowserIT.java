package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/** A supplier narrows the order list by part number and order dates together, and exports what it shows. */
class OrderListBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    @Test
    void aSupplierSearchesAPartWithinOrderDatesAndExportsTheMatchingOrders() {
        String part = "ZZ-LIST-" + TestOrders.newNumber();
        TestOrders.Builder march = TestOrders.order("SUP-1001").orderDate(LocalDate.of(2024, 3, 14)).line(10, part, "5", "2", REQUESTED);
        TestOrders.Builder june = TestOrders.order("SUP-1001").orderDate(LocalDate.of(2024, 6, 3)).line(10, part, "7", "2", REQUESTED);
        actors.asSystem(() -> inbound.receive(march.build()));
        actors.asSystem(() -> inbound.receive(june.build()));

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders");
        browser.fill("filter-search", part);
        browser.waitUntilText(By.id("order-count"), "2 orders");
        browser.fillDate("filter-from", LocalDate.of(2024, 3, 1)).fillDate("filter-to", LocalDate.of(2024, 3, 31));
        browser.waitUntilText(By.id("order-count"), "1 order");
        assertThat(browser.pageText()).contains(march.number()).doesNotContain(june.number());
        shot("1-part-within-dates");

        String csv = new String(browser.download(By.id("export-csv")).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains(march.number()).doesNotContain(june.number());
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "order-list-" + name + ".png"));
    }
}
