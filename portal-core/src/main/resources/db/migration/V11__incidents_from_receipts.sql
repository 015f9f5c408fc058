-- An incident the ERP opened (a receipt with a rejected quantity) names the receipt it came from, once.
alter table quality_incident add column source_reference varchar(200);
create unique index quality_incident_source_reference_unique on quality_incident (source_reference)
    where source_reference is not null;
