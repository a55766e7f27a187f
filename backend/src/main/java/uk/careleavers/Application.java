package uk.careleavers;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import uk.careleavers.platform.StartupFailure;

/** Starts the API. A failure to start ends with one line saying why, not a stack trace. */
public final class Application extends Micronaut {

  public static void main(String[] args) {
    new Application().mainClass(Application.class).args(args).start();
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    if (environment.getActiveNames().contains(Environment.TEST)) {
      super.handleStartupException(environment, exception);
      return;
    }
    System.err.println("The backend could not start: " + StartupFailure.describe(exception));
    System.exit(1);
  }
}
