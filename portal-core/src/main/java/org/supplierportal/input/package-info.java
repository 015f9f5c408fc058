/**
 * Limits on what comes from outside (screens, CSV files, the API): numbers must fit the database column that keeps
 * them, texts have a length and hold no control characters. Pure rules, checked before any calculation, formatting
 * or echo, so that an absurd number (1e10000000) or a megabyte of text is refused in the user's words instead of
 * costing a core or ending as a database error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Input limits")
package org.supplierportal.input;
