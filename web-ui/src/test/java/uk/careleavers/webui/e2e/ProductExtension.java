package uk.careleavers.webui.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link Product} once per run: it is kept in the root context's store, which JUnit
 * closes (stopping the product) when the whole run is over.
 */
final class ProductExtension implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ProductExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Product.class, key -> Product.start(), Product.class);
  }
}
