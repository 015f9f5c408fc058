package org.supplierportal.b2b;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(B2bProperties.class)
class B2bConfiguration {
}
