package org.supplierportal.api.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.supplierportal.apiclient.ApiScope;

/**
 * The OpenAPI document at /v3/api-docs, browsable at /swagger-ui.html: both ways to log in, each operation's scope
 * (read from its {@code @PreAuthorize}, so the document cannot drift from what is enforced), and an example for each
 * operation from {@code openapi/examples/<operationId>.json} (and {@code .request.json} for request bodies).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN = "clientCredentials";
    static final String BASIC = "basic";
    private static final Pattern SCOPE = Pattern.compile("SCOPE_([a-z]+:[a-z]+)");

    @Bean
    OpenAPI supplierPortalApi() {
        Scopes scopes = new Scopes();
        Arrays.stream(ApiScope.values()).forEach(scope -> scopes.addString(scope.wireName(), scope.description()));
        return new OpenAPI()
                .info(new Info().title("Supplier Portal API").version("v1")
                        .description("Your company's purchase orders and their acknowledgment line by line, ASNs, quality"
                                + " incidents and invoice status; for the buyer side the exception inbox, suppliers and"
                                + " their tolerances. Systems log in with an API client's token (OAuth2 client"
                                + " credentials, POST /oauth2/token); scripts may use a portal login (HTTP Basic, rate"
                                + " limited). Lists page by cursor, changes take If-Match, POSTs take an Idempotency-Key,"
                                + " errors are RFC 9457 problem details. See docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("An API client's token: 10 minutes, for one supplier or the buyer side")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes))))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A portal login, for scripts: every scope the role allows, a limited number of calls per minute")));
    }

    @Bean
    OperationCustomizer scopesAndExamples() {
        return (operation, handler) -> {
            PreAuthorize rule = handler.getMethodAnnotation(PreAuthorize.class);
            List<String> scopes = rule == null ? List.of()
                    : SCOPE.matcher(rule.value()).results().map(match -> match.group(1)).toList();
            operation.addSecurityItem(new SecurityRequirement().addList(TOKEN, scopes));
            operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
            example(operation.getOperationId() + ".json").ifPresent(example -> operation.getResponses().entrySet().stream()
                    .filter(response -> response.getKey().startsWith("2")).findFirst()
                    .map(java.util.Map.Entry::getValue).ifPresent(response -> addExample(response, example)));
            example(operation.getOperationId() + ".request.json").ifPresent(example -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(type -> type.addExamples("example", example));
                }
            });
            return operation;
        };
    }

    private static void addExample(ApiResponse response, Example example) {
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        if (response.getContent().isEmpty()) {
            response.getContent().addMediaType("application/json", new MediaType());
        }
        response.getContent().values().forEach(type -> type.addExamples("example", example));
    }

    private static java.util.Optional<Example> example(String file) {
        ClassPathResource resource = new ClassPathResource("openapi/examples/" + file);
        if (!resource.exists()) {
            return java.util.Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Optional.of(new Example().value(io.swagger.v3.core.util.Json.mapper().readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
