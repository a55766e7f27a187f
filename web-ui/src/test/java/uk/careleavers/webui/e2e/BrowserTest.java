package uk.careleavers.webui.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a browser test class (named {@code *E2E}): the real product is started before the first
 * such class of the run and stopped after the last one. Open a browser with {@link
 * Browser#open(Screen)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ProductExtension.class)
public @interface BrowserTest {}
