"""``/workspace/files/{id}/``: an evidence file, for those who may read it.

Always sent as a download (``Content-Disposition: attachment``) with the
type found when it was uploaded, never rendered inline in the site's origin.
Others get a 404: an outsider learns nothing, not even that the file exists.
Same rule and response as the API's ``/api/v1/attachments/{id}/file/``.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest

from commitments.api.views.attachments import file_response


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    return file_response(request.user, pk)
