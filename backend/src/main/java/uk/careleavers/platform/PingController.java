package uk.careleavers.platform;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import uk.careleavers.api.PlatformApi;
import uk.careleavers.api.model.Pong;
import uk.careleavers.api.model.PongStatus;

/** The cheapest answer of the API: the baseline the load figures are compared with. */
@Controller
class PingController implements PlatformApi {
  private static final Pong OK = new Pong(PongStatus.OK);

  @Override
  public HttpResponse<Pong> ping() {
    return HttpResponse.ok(OK);
  }
}
