package io.escalationdesk.goodwill;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param currency the accounts' currency, in which limits and amounts are given */
@Validated
@ConfigurationProperties("escalation.goodwill")
public record GoodwillProperties(@NotBlank String currency) {}
