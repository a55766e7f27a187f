// Served from the swagger-ui webjar (@swagger-ui.version@) inside the backend: no CDN.
window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.yaml", dom_id: "#swagger-ui" });
