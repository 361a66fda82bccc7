"""Routes of the public promise meter, mounted at the site root."""

from django.urls import path

from reports.public import views

urlpatterns = [
    path("public/plans/<id:plan_id>/", views.plan_page, name="public-plan"),
    path("public/plans/<id:plan_id>.json", views.plan_feed, name="public-plan-feed"),
    path("public/plans/<id:plan_id>/embed/", views.plan_embed, name="public-plan-embed"),
    path("public/files/<id:attachment_id>/", views.public_file, name="public-file"),
]
