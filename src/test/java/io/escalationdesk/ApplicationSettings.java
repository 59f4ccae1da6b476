package io.escalationdesk;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.feedback.SurveyProperties;
import io.escalationdesk.goodwill.GoodwillProperties;
import io.escalationdesk.insight.InsightProperties;
import io.escalationdesk.sla.SlaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The settings from application.yaml that repository slices need: slices leave out the
 * application's own scan for settings.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    SlaProperties.class,
    InsightProperties.class,
    GoodwillProperties.class,
    SurveyProperties.class,
    Partners.class
})
public class ApplicationSettings {}
