package org.supplierportal.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.supplierportal.apiclient.ApiScope;

/**
 * Every operation of the API declares the scope it needs, by a scope that exists, and has an operation id (the
 * OpenAPI examples are found by it): an operation added without them fails here, not in a customer's ERP.
 */
class ApiScopesDeclaredTest {

    private static final List<Class<?>> CONTROLLERS = List.of(OrdersApi.class, AsnsApi.class, QualityApi.class, InvoicesApi.class,
            InboxApi.class, SuppliersApi.class, WebhooksApi.class);
    private static final Pattern SCOPE = Pattern.compile("SCOPE_([a-z]+:[a-z]+)");

    @Test
    void everyOperationRequiresAKnownScope() {
        List<Method> operations = CONTROLLERS.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)).toList();

        assertThat(operations).hasSizeGreaterThanOrEqualTo(37);
        for (Method operation : operations) {
            PreAuthorize rule = operation.getAnnotation(PreAuthorize.class);
            assertThat(rule).as(operation + " declares its scope").isNotNull();
            List<String> scopes = SCOPE.matcher(rule.value()).results().map(match -> match.group(1)).toList();
            assertThat(scopes).as(operation + " names a scope").isNotEmpty()
                    .allSatisfy(scope -> assertThat(ApiScope.fromWireName(scope)).as(scope + " exists").isPresent());
            assertThat(operation.getAnnotation(Operation.class).operationId()).as(operation + " has an operation id").isNotBlank();
        }
    }
}
