/**
 * Tolerance rules: whether a supplier's answer to an order line can be committed at once or needs a buyer. Each rule
 * is a small pure function with an explicit result that names the rule, the values and the limit in words a person
 * understands. Limits come in layers: global default, then the supplier's own, then per part number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tolerances")
package org.supplierportal.tolerance;
