#!/bin/sh
# Stands in for Selenium Manager in the browser tests (web-ui's failsafe sets SE_MANAGER_PATH to
# this file). Selenium Manager downloads browsers and drivers; the tests must only use Debian's
# chromium and chromedriver, so if Selenium ever asks for it, the test fails here, loudly.
echo "Selenium Manager was called with: $*. The browser tests must give Selenium the chromedriver and chromium paths explicitly (web-ui/src/test/java/uk/careleavers/webui/e2e/Browser.java); nothing may be downloaded." >&2
exit 1
