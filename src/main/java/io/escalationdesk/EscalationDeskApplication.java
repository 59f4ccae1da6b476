package io.escalationdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EscalationDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscalationDeskApplication.class, args);
    }
}
