package org.supplierportal.platform;

import jakarta.servlet.MultipartConfigElement;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's bound on uploads. Vaadin registers its servlet with an unlimited multipart configuration;
 * this gives it the application's ({@code spring.servlet.multipart.*}), so no multipart request larger than that is
 * even parsed. Each upload on a screen has its own, smaller limit on top ({@code shell.LimitedUpload}).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(ObjectProvider<MultipartConfigElement> multipartLimits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    multipartLimits.ifAvailable(registration::setMultipartConfig);
                }
                return bean;
            }
        };
    }
}
