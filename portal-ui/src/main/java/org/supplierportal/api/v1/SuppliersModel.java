package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.ToleranceOverrides;
import org.supplierportal.tolerance.LimitOverrides;
import org.supplierportal.tolerance.PartToleranceView;
import org.supplierportal.tolerance.ToleranceLimits;

/** The suppliers' data types in API version 1 (one supplier itself is the tenant-file model, docs/tenant-files.md). */
final class SuppliersModel {

    private static final String PERCENT = "must be a percentage between 0 and 100 with at most 2 decimals";
    private static final String DAYS = "must be a number of days between 0 and 365";

    private SuppliersModel() {
    }

    @Schema(description = "A supplier in a list. managedBy: FILE (a tenants/ file, which wins at every start), SCREEN or"
            + " API (onboarded by a system; the screen manages it afterwards)")
    record SupplierSummary(String key, String name, boolean active, List<String> erpPartyCodes, String managedBy) {

        static SupplierSummary of(TenantSummary tenant) {
            return new SupplierSummary(tenant.key(), tenant.name(), tenant.active(), tenant.erpPartyCodes(), tenant.source());
        }
    }

    @Schema(description = "Tolerance limits: percentages of the ordered value, calendar days. In a supplier's own limits"
            + " null means the global default")
    record Limits(@DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT)
                  @Digits(integer = 3, fraction = 2, message = PERCENT) BigDecimal quantityUnderPercent,
                  @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT)
                  @Digits(integer = 3, fraction = 2, message = PERCENT) BigDecimal quantityOverPercent,
                  @Min(value = 0, message = DAYS) @Max(value = 365, message = DAYS) Integer dateEarlyDays,
                  @Min(value = 0, message = DAYS) @Max(value = 365, message = DAYS) Integer dateLateDays,
                  @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT)
                  @Digits(integer = 3, fraction = 2, message = PERCENT) BigDecimal priceUnderPercent,
                  @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100", message = PERCENT)
                  @Digits(integer = 3, fraction = 2, message = PERCENT) BigDecimal priceOverPercent) {

        static Limits of(ToleranceLimits limits) {
            return new Limits(limits.quantityUnderPercent(), limits.quantityOverPercent(), limits.dateEarlyDays(),
                    limits.dateLateDays(), limits.priceUnderPercent(), limits.priceOverPercent());
        }

        static Limits of(LimitOverrides limits) {
            return new Limits(limits.quantityUnderPercent(), limits.quantityOverPercent(), limits.dateEarlyDays(),
                    limits.dateLateDays(), limits.priceUnderPercent(), limits.priceOverPercent());
        }

        ToleranceOverrides overrides() {
            return new ToleranceOverrides(quantityUnderPercent, quantityOverPercent, dateEarlyDays, dateLateDays,
                    priceUnderPercent, priceOverPercent);
        }
    }

    @Schema(description = "A supplier's tolerances: its own limits (what PUT changes; null: the global default), the"
            + " global defaults, and limits per part number (read only here; set on the supplier's page)")
    record SupplierTolerances(String supplier, Limits own, Limits globalDefaults, List<PartLimits> parts) {
    }

    record PartLimits(String partNumber, Limits limits) {

        static PartLimits of(PartToleranceView part) {
            return new PartLimits(part.partNumber(), Limits.of(part.limits()));
        }
    }
}
