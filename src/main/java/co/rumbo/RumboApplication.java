package co.rumbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Rumbo: planning and follow-up of a Colombian territorial entity's Plan de Desarrollo. */
@SpringBootApplication
@EnableScheduling
public class RumboApplication {

    public static void main(String[] args) {
        SpringApplication.run(RumboApplication.class, args);
    }
}
