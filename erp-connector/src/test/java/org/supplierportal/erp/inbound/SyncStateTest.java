package org.supplierportal.erp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.Watermark;

class SyncStateTest {

    @Test
    void aFeedsStoredPositionNeverMovesBack() {
        SyncState state = new SyncState("importOrders.schedules", Instant.EPOCH);
        Watermark reached = new Watermark(Instant.ofEpochSecond(100), 7);

        state.advance(reached, Instant.EPOCH);
        state.advance(new Watermark(Instant.ofEpochSecond(95), 9), Instant.EPOCH);

        assertThat(state.view().watermark()).isEqualTo(reached);
    }
}
