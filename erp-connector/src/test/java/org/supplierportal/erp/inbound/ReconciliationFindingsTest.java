package org.supplierportal.erp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReconciliationFindingsTest {

    @Test
    void saysHowManyOrdersDifferedAndWereBroughtUpToDate() {
        assertThat(new ReconciliationFindings(1204, 3, 3, 0).sentence())
                .isEqualTo("3 orders differed from the ERP and were brought up to date (1,204 open orders compared).");
        assertThat(new ReconciliationFindings(1, 1, 1, 0).sentence())
                .isEqualTo("1 order differed from the ERP and was brought up to date (1 open order compared).");
    }

    @Test
    void saysWhatCouldNotBeTakenInAndWhatTheErpNoLongerHas() {
        assertThat(new ReconciliationFindings(50, 3, 2, 2).sentence()).isEqualTo("3 orders differed from the ERP: 2 brought up"
                + " to date, 1 could not be taken in, see dead letters and parked orders (50 open orders compared)."
                + " 2 open orders are no longer in the ERP.");
    }

    @Test
    void saysWhenAllMatched() {
        assertThat(new ReconciliationFindings(40, 0, 0, 0).sentence()).isEqualTo("40 open orders compared: all matched the ERP.");
        assertThat(ReconciliationFindings.NONE.sentence()).isEqualTo("No open orders to compare.");
    }

    @Test
    void chunksAddUp() {
        assertThat(new ReconciliationFindings(200, 1, 1, 0).plus(new ReconciliationFindings(50, 2, 1, 1)))
                .isEqualTo(new ReconciliationFindings(250, 3, 2, 1));
    }
}
