package de.auditbot.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when neither {@code spring.mongodb.uri} nor {@code spring.mongodb.host} is set, i.e. the
 * bot should bring its own store.
 */
class NoMongoUriConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))
                && !StringUtils.hasText(environment.getProperty("spring.mongodb.host"));
    }
}
