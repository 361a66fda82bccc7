"""A one-view URLconf, so the middleware tests do not depend on the API's routes."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("ping/", lambda request: HttpResponse("pong"), name="ping")]
