package co.rumbo.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spanish first: every page is in Spanish (Colombia) whatever language the browser asks for, and English
 * is there for whoever chooses it ({@code ?lang=en}, the link at the foot of each page), remembered in a
 * cookie. Following the browser's Accept-Language gave people with an English browser a page half in
 * English (the menu, the states) and half in Spanish (everything written in the templates).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale SPANISH_COLOMBIA = Locale.forLanguageTag("es-CO");

    /** The name Spring's DispatcherServlet looks the resolver up by. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rumbo-idioma");
        resolver.setDefaultLocale(SPANISH_COLOMBIA);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
