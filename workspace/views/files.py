"""``/workspace/files/{id}/``: an evidence file, for those who may read it.

Always sent as a download (``Content-Disposition: attachment``) with the
type found when it was uploaded, never rendered inline in the site's origin.
Others get a 404: an outsider learns nothing, not even that the file exists.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest

from commitments import access
from commitments.models import Attachment


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = Attachment.objects.select_related("commitment").filter(pk=pk).first()
    if attachment is None or not access.can_read_evidence(request.user, attachment.commitment):
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
