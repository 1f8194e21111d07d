package co.rumbo.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Validates a command record from a page form (bean validation annotations) and refuses it with the
 * first message in Spanish. API controllers use {@code @Valid} instead.
 */
@Component
public class CommandValidator {

    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T validated(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            String message = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(ConstraintViolation::getMessage)
                    .findFirst()
                    .orElseThrow();
            throw new BusinessRuleException(message);
        }
        return command;
    }
}
