/**
 * The application's technical frame: web security (log-in page, logout, session, which URLs are public), and the
 * operational endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.supplierportal.platform;
