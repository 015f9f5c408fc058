/**
 * The HTTPS endpoint suppliers' systems post cXML to ({@code POST /b2b/cxml}): no login, no session and no CSRF
 * token, since a cXML document authenticates itself with its Sender credential and shared secret.
 */
package org.supplierportal.b2b.web;
