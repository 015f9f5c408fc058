/**
 * Systems that call the REST API on their own: API clients with scopes, acting for one supplier or for the buyer side,
 * each with a secret shown once and kept only as a SHA-256 hash (32 random bytes need no slow hash), an expiry,
 * revocation that takes effect on the next call (every call checks the client by its key, not a cache), and the
 * time it was last used. Also what the API's token endpoint and POST requests keep: the keys tokens are signed with
 * (one set for every node) and the idempotency keys of requests already done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API clients")
package org.supplierportal.apiclient;
