"""A one-view URLconf, so the middleware tests do not depend on the API's routes. The
error handlers are the product's: a request refused before any of the site's pages exist
here (a load balancer asking by IP) still gets a plain page with its status, not a 500."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("ping/", lambda request: HttpResponse("pong"), name="ping")]

handler400 = "tracker.errors.bad_request"
handler403 = "tracker.errors.permission_denied"
handler404 = "tracker.errors.page_not_found"
handler500 = "tracker.errors.server_error"
