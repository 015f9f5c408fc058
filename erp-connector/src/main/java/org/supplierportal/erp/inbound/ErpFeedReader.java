package org.supplierportal.erp.inbound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;

/**
 * Reads one ERP feed page by page, from the stored watermark (a little before it, for changes the ERP committed
 * late), keeping its position in the step's execution context so a restarted run continues where the failed one
 * stopped. Not thread-safe: one per step execution.
 */
class ErpFeedReader<T> implements ItemStreamReader<PulledRecord<T>> {

    private static final String POSITION = "position";

    private final Watermark start;
    private final int pageSize;
    private final BiFunction<Watermark, Integer, List<PulledRecord<T>>> pull;
    private final Deque<PulledRecord<T>> page = new ArrayDeque<>();
    private Watermark position;
    private boolean exhausted;

    ErpFeedReader(Watermark start, int pageSize, BiFunction<Watermark, Integer, List<PulledRecord<T>>> pull) {
        this.start = start;
        this.pageSize = pageSize;
        this.pull = pull;
    }

    @Override
    public void open(ExecutionContext context) {
        position = context.containsKey(POSITION) ? Watermark.parse(context.getString(POSITION)) : start;
    }

    @Override
    public PulledRecord<T> read() {
        if (page.isEmpty() && !exhausted) {
            List<PulledRecord<T>> next = pull.apply(position, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        PulledRecord<T> record = page.poll();
        if (record != null) {
            position = record.position();
        }
        return record;
    }

    @Override
    public void update(ExecutionContext context) {
        // Called before each chunk commits: on restart, reading resumes after the last committed record.
        context.putString(POSITION, position.format());
    }
}
