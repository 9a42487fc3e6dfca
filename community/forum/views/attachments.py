"""Attachments are served here, to members only, never from MEDIA_URL: stored under
random names, sent with the type found when they were checked, as downloads (raster
images, which were re-encoded, may show inline), in a sandbox the browser will not
run anything in."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from community.access import member_required
from community.forum.attachments import attachments_visible_to
from community.forum.models import Attachment

# Even if a browser were talked into rendering a file, it gets no scripts, no
# plug-ins, no same-origin access and no framing.
ATTACHMENT_CSP = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'none'"


@member_required
def download(request, pk: int):
    attachment = get_object_or_404(attachments_visible_to(request.user), pk=pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=attachment.content_type,
        as_attachment=attachment.kind != Attachment.Kind.IMAGE,
        filename=attachment.filename,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = ATTACHMENT_CSP
    response["Cache-Control"] = "private, max-age=3600"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
