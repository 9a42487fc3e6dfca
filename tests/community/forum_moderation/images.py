"""Files for attachment tests, made in memory."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def png_bytes(size=(40, 30), color=(200, 30, 30)) -> bytes:
    output = BytesIO()
    Image.new("RGB", size, color).save(output, format="PNG")
    return output.getvalue()


def jpeg_with_exif(size=(3000, 2000)) -> bytes:
    """A photo as a phone takes it: GPS position and camera in its EXIF data."""
    image = Image.new("RGB", size, (20, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Aparat Testowy"  # Make
    exif[0x0131] = "Edytor 1.0"  # Software
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (54.0, 21.0, 0.0)  # latitude: Gdańsk
    output = BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_upload(name: str = "wykres.png") -> SimpleUploadedFile:
    return upload(name, png_bytes(), "image/png")


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdf_upload(name: str = "sprawozdanie.pdf") -> SimpleUploadedFile:
    return upload(name, PDF, "application/pdf")


def zip_bytes(members: dict[str, bytes]) -> bytes:
    import zipfile

    output = BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return output.getvalue()


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="x"></Types>'


def docx_bytes(*, macros: bool = False) -> bytes:
    members = {
        "[Content_Types].xml": CONTENT_TYPES,
        "word/document.xml": b"<w:document/>",
    }
    if macros:
        members["word/vbaProject.bin"] = b"\x00macro"
    return zip_bytes(members)


def odt_bytes() -> bytes:
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content/>",
        }
    )
