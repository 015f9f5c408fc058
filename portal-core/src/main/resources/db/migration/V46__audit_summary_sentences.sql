-- The summary of an audit entry as sentences of the rules bundle (issue 15): the order's History tab words them in the
-- reader's language. The English summary stays the trail's record; entries written before have no sentences and are
-- shown as they were written.
alter table audit_entry add column summary_sentences text;
