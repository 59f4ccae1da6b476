package io.escalationdesk.engine.config;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys {@code processes/} and {@code forms/} as the process application described in
 * {@code META-INF/processes.xml}; here rather than on the application class, so that slice
 * tests of the web layer or the repositories start without the engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("escalation-desk")
class ProcessApplicationConfiguration {}
