package org.supplierportal.apiclient;

/** Why a field of a new API client is not acceptable, in the administrator's words. */
public record ApiClientProblem(String field, String message) {
}
