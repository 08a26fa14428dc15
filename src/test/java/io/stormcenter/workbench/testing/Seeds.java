package io.stormcenter.workbench.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Gives a {@code @ParameterizedTest} one {@code long} seed per try. The seeds are the same on every
 * run (they follow from the test's name), so a failure comes back; {@code -Dksc.seed=N} runs just
 * the seed a failure named.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(SeedsProvider.class)
public @interface Seeds {

    /** How many seeds (tries) the property gets. */
    int value();
}
