package org.supplierportal.api;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON from outside is read within limits that fit what the portal keeps, so an oversized request is refused while
 * it is parsed: no number of more than {@value #MAX_NUMBER_LENGTH} characters (the widest column holds 18 digits), no
 * text of more than a megabyte (the longest column holds 8,000 characters), no document of more than 10 MB. Jackson
 * has no limit on a number's exponent ({@code 1e10000000} is ten characters): {@link org.supplierportal.input.DecimalLimit}
 * refuses those as the request is validated, before any calculation.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

    static final int MAX_NUMBER_LENGTH = 100;

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(1_000_000)
            .maxDocumentLength(10_000_000)
            .maxNestingDepth(100)
            .build();

    /** Spring Boot's builder, the same customizers applied, on a parser factory with the limits above. */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
