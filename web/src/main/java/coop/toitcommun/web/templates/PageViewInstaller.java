package coop.toitcommun.web.templates;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Has Spring Boot's Thymeleaf view resolver make {@link PageView}s. */
@Component
class PageViewInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setViewClass(PageView.class);
        }
        return bean;
    }
}
