/**
 * The HTTP endpoints suppliers' systems post to: cXML ({@code POST /b2b/cxml}) and AS2 ({@code POST /b2b/as2}). No
 * login, no session and no CSRF token: a cXML document authenticates itself with its Sender credential and shared
 * secret, an AS2 message with its AS2-From and a signature made with the partner's key.
 */
package org.supplierportal.b2b.web;
