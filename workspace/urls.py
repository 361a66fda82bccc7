"""``/workspace/`` (SPEC §4a)."""

from django.urls import path

from workspace.views import commitment, files, lists, queue

app_name = "workspace"

urlpatterns = [
    path("", lists.my_commitments, name="list"),
    path("commitments/<id:pk>/", commitment.commitment_page, name="commitment"),
    path("queue/", queue.supervisor_queue, name="queue"),
    path("files/<id:pk>/", files.download, name="attachment"),
]
