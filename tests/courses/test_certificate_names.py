"""Certificates for every name: names in any script print with a real glyph for every
character on the share image (Pillow) and the PDF (WeasyPrint), in the order the learner
confirmed, long names fit without losing a word or crowding the footer, hours read the same
on both files, and printed links use the configured site address."""

from __future__ import annotations

import io
import logging
from decimal import Decimal

import pytest
import zxingcpp
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageDraw, features
from pypdf import PdfReader

from courses.certificates import fonts, pdf, share_image
from courses.certificates.typesetting import Style, draw_line, fit, pil_font, text_width
from courses.certificates.wording import hours_of_study
from courses.models import Certificate, CertificateTemplate
from lms.accounts.forms import ProfileForm
from lms.accounts.models import PRINTED_NAME_MAX_LENGTH
from tests.courses.builders import make_course
from tests.courses.certificates.conftest import complete_course

NAMES = {
    "Latin": "Amina Uwase",
    "Chinese": "王秀英",
    "Japanese": "さくら 山田",
    "Korean": "김민준",
    "Arabic": "فاطمة الزهراء بنت محمد",
    "Devanagari": "प्रियंका श्रीवास्तव",
}
LONG_98 = (
    "Maria de los Ángeles Guadalupe Fernández-Castellanos y Rodríguez de la Santísima "
    "Trinidad Peñaloza"
)
# A name wider than any real one: 150 full-width characters, and 260 Latin ones of which
# the first 35 have no space to break at.
CJK_150 = ("王秀英张伟李娜刘洋陈静杨帆赵磊黄敏周杰吴芳" * 8)[:PRINTED_NAME_MAX_LENGTH]
LATIN_260 = ("Wolfeschlegelsteinhausenbergerdorff " * 8)[:260]
UNASSIGNED = "\U0010fffd"  # a code point no font draws: its glyph is the .notdef box


def design() -> CertificateTemplate:
    return CertificateTemplate(
        name="Test design",
        title_wording="Certificate of completion",
        statement="has successfully completed the course",
        signatory_name="Sara Haddad",
        signatory_title="Head of learning",
        accent_colour="#0b5d7a",
    )


def certificate_for(name: str, hours: str | None = "3.0") -> Certificate:
    """An issued certificate's snapshot, unsaved: the renderers need nothing else."""
    certificate = Certificate(
        holder_name=name,
        course_title="Finding your first export market",
        hours=Decimal(hours) if hours else None,
        score=92,
        completed_at=timezone.now(),
        issuer_name="Go Global Academy",
        issuer_url=settings.SITE_URL + "/",
        code="CN3A-76FH-R1PM-CBB7",
    )
    certificate.template = design()
    return certificate


# --- What the PDF holds ----------------------------------------------------------------------


def pdf_chunks(data: bytes) -> list[dict]:
    """Every piece of text on the page: its text, font (PostScript name without the subset
    prefix), size and baseline height from the bottom of the page, in points."""
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    chunks = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            chunks.append(
                {
                    "text": text.strip(),
                    "font": str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1],
                    "size": size * abs(cm[3]),
                    "y": tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                }
            )

    reader.pages[0].extract_text(visitor_text=visit)
    return chunks


def installed_by_pdf_name() -> dict[str, fonts.FontFile]:
    """Our chain's font files by the name WeasyPrint gives them in a PDF."""
    found = {}
    for faces in (fonts.SANS, fonts.SERIF):
        for face in faces:
            for cjk in ("SC", "JP", "KR"):
                for bold in (False, True):
                    file = fonts.font_file(face, bold, cjk)
                    if file is not None:
                        name = face.name(cjk).replace(" ", "-") + ("-Bold" if bold else "")
                        found[name] = file
    return found


def assert_printed_with_real_glyphs(data: bytes, name: str) -> list[dict]:
    """``name`` reads back whole from the PDF (a .notdef glyph has no text to give back),
    and every character on the page comes from a font of our chain that has a glyph for it."""
    chunks = pdf_chunks(data)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert " ".join(name.split()) in " ".join(text.split()), "the name does not read back whole"
    files = installed_by_pdf_name()
    for chunk in chunks:
        file = files.get(chunk["font"])
        if file is None:
            continue  # the verification code's monospace font, not a certificate text font
        covered = fonts.coverage(file)
        missing = [c for c in chunk["text"] if not c.isspace() and ord(c) not in covered]
        assert not missing, f"{chunk['font']} has no glyph for {missing} in {chunk['text']!r}"
    return chunks


def name_chunks(chunks: list[dict], name: str) -> list[dict]:
    return [c for c in chunks if c["text"] in name and len(c["text"]) > 1 or c["text"] == name]


@pytest.fixture
def no_notdef(caplog):
    """WeasyPrint logs each .notdef glyph it draws; a test using this fails on any."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    drawn = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    assert not drawn, drawn


def glyph_bitmap(face, char: str) -> bytes:
    image = Image.new("L", (120, 120), 0)
    ImageDraw.Draw(image).text((20, 20), char, font=face, fill=255)
    return image.tobytes()


# --- No missing glyph ------------------------------------------------------------------------


def test_the_fonts_are_installed_and_pillow_shapes_with_raqm():
    from courses.certificates.fonts import check_fonts

    assert check_fonts(None) == []
    assert features.check("raqm")


@pytest.mark.parametrize("script", NAMES)
def test_every_character_of_a_name_has_a_glyph_in_the_font_chosen_for_it(script):
    name = NAMES[script]
    for faces in (fonts.SANS, fonts.SERIF):
        files = fonts.chain(faces, bold=True, text=name)
        assert fonts.missing_glyphs(name, files) == []
    # The check itself catches a missing glyph.
    assert fonts.missing_glyphs(name + UNASSIGNED, files) == [UNASSIGNED]


@pytest.mark.parametrize("script", NAMES)
def test_the_share_image_draws_real_glyphs_for_every_character(script):
    """Each character, drawn with the font the share image picks for it, differs from that
    font's .notdef box (what DejaVu alone drew for Chinese, Japanese and Korean)."""
    name = NAMES[script]
    files = fonts.chain(fonts.SANS, bold=True, text=name)
    for run, file in fonts.font_runs(name, files):
        face = pil_font(file, 40)
        notdef = glyph_bitmap(face, UNASSIGNED)
        for char in run.replace(" ", ""):
            assert glyph_bitmap(face, char) != notdef, (char, fonts.font_path_label(file))
    png = share_image.render_share_image(certificate_for(name))
    assert Image.open(io.BytesIO(png)).size == (1200, 627)


def test_dejavu_alone_has_no_glyph_for_a_chinese_name():
    """Why the chain exists: the font the share image used to load draws boxes."""
    dejavu = fonts.chain((fonts.SANS[-1],), bold=True)
    assert fonts.missing_glyphs("王秀英", dejavu) == list("王秀英")
    # And the bitmap comparison above sees the boxes it drew.
    face = pil_font(dejavu[0], 40)
    assert all(glyph_bitmap(face, c) == glyph_bitmap(face, UNASSIGNED) for c in "王秀英")


@pytest.mark.parametrize(
    ("script", "font"),
    [
        ("Latin", "Noto-Serif-Bold"),
        ("Chinese", "Noto-Serif-CJK-SC-Bold"),
        ("Japanese", "Noto-Serif-CJK-JP-Bold"),
        ("Korean", "Noto-Serif-CJK-KR-Bold"),
        ("Arabic", "Noto-Naskh-Arabic-Bold"),
        ("Devanagari", "Noto-Serif-Devanagari-Bold"),
    ],
)
def test_the_pdf_prints_the_name_with_a_font_that_has_every_glyph(script, font, no_notdef):
    name = NAMES[script]
    chunks = assert_printed_with_real_glyphs(pdf.render_pdf(certificate_for(name)), name)
    printed = name_chunks(chunks, name)
    assert printed and {c["font"] for c in printed if not c["text"].isascii()} <= {
        font,
        "Noto-Serif-Bold",
    }
    assert any(c["font"] == font for c in printed)


def test_the_pdf_check_catches_a_character_no_font_has(caplog):
    name = "Amina " + UNASSIGNED + " Uwase"
    data = pdf.render_pdf(certificate_for(name))
    assert any(".notdef" in r.getMessage() for r in caplog.records)
    with pytest.raises(AssertionError, match="does not read back whole"):
        assert_printed_with_real_glyphs(data, name)


def test_an_arabic_name_is_shaped_and_right_to_left_on_the_share_image():
    """Joined letters are narrower than the same letters drawn apart, and the first letter
    of the name is at the right."""
    name = NAMES["Arabic"]
    style = Style(fonts.SANS, bold=True)
    joined = text_width(name, style, 40)
    apart = sum(text_width(char, style, 40) for char in name)
    assert joined < apart * 0.97
    first = Image.new("L", (900, 80), 255)
    draw_line(ImageDraw.Draw(first), (10, 5), name, style, 40, 0)
    alone = Image.new("L", (900, 80), 255)
    draw_line(ImageDraw.Draw(alone), (10, 5), name.split()[0], style, 40, 0)
    # The first word alone sits at the left; in the whole name it is drawn at the right end.
    whole_right = Image.eval(first, lambda v: 255 - v).getbbox()[2]
    word_width = Image.eval(alone, lambda v: 255 - v).getbbox()[2] - 10
    right_part = first.crop((whole_right - word_width, 0, whole_right, 80))
    left_part = alone.crop((10, 0, 10 + word_width, 80))
    same = sum(a == b for a, b in zip(right_part.tobytes(), left_part.tobytes(), strict=True))
    assert same / len(left_part.tobytes()) > 0.97


# --- Long names ------------------------------------------------------------------------------


def test_a_98_character_name_keeps_every_word_on_the_share_image():
    assert len(LONG_98) == 98
    column = share_image.WIDTH - 2 * share_image.MARGIN - share_image.QR_SIZE - 40
    fitted = fit(
        LONG_98,
        share_image.SANS_BOLD,
        column,
        share_image.NAME_HEIGHT,
        share_image.NAME_SIZES,
        1.22,
    )
    assert fitted.complete and " ".join(fitted.lines) == LONG_98
    assert fitted.lines[-1].endswith("Peñaloza")
    # Nothing is drawn in the gutter between the text column and the QR code.
    image = Image.open(io.BytesIO(share_image.render_share_image(certificate_for(LONG_98))))
    left = share_image.MARGIN + 10 + column + 4
    right = share_image.WIDTH - share_image.MARGIN - share_image.QR_SIZE - 4
    gutter = image.convert("L").crop((left, 0, right, share_image.HEIGHT - 12))
    assert gutter.getextrema() == (255, 255)


@pytest.mark.parametrize("name", [CJK_150, "W" * PRINTED_NAME_MAX_LENGTH, LATIN_260])
def test_the_longest_names_fit_whole_on_both_files(name):
    column = share_image.WIDTH - 2 * share_image.MARGIN - share_image.QR_SIZE - 40
    fitted = fit(
        name, share_image.SANS_BOLD, column, share_image.NAME_HEIGHT, share_image.NAME_SIZES, 1.22
    )
    assert fitted.complete and "".join(fitted.lines).replace(" ", "") == name.replace(" ", "")
    assert fitted.size >= 18
    layout = pdf.holder_layout(name)
    assert layout["size"] >= 12


def test_a_260_character_name_leaves_the_pdf_footer_clear(no_notdef):
    chunks = assert_printed_with_real_glyphs(pdf.render_pdf(certificate_for(LATIN_260)), LATIN_260)
    footer = [c for c in chunks if c["text"].startswith(("Verify this certificate", "Sara Haddad"))]
    body = [c for c in chunks if c["text"] in LATIN_260 or c["text"].startswith("Completed on")]
    assert footer and body
    # The footer's highest element is the 28 mm QR code, 18 mm above the bottom: 130 pt.
    lowest_body = min(c["y"] - 0.3 * c["size"] for c in body)
    assert lowest_body > 136, lowest_body
    assert max(c["y"] for c in footer) < 130


# --- One wording for hours -------------------------------------------------------------------


def test_hours_read_the_same_on_both_files():
    assert hours_of_study(Decimal("3.0")) == "3 hours of study"
    assert hours_of_study(Decimal("2.5")) == "2.5 hours of study"
    assert hours_of_study(Decimal("1.0")) == "1 hour of study"
    assert hours_of_study(None) == ""
    text = PdfReader(io.BytesIO(pdf.render_pdf(certificate_for("Amina Uwase"))))
    page = text.pages[0].extract_text()
    assert "3 hours of study" in page and "3.0" not in page


# --- The name as printed ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_learner_confirms_the_name_as_printed_and_certificates_use_it(
    client, learner, demo_site, django_capture_on_commit_callbacks
):
    learner.first_name, learner.last_name = "秀英", "王"
    learner.save(update_fields=["first_name", "last_name"])
    client.force_login(learner)
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Your certificates will print your name as “秀英 王”" in dashboard
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert 'value="秀英 王"' in profile  # proposed, given name first

    data = ProfileForm(instance=learner).initial | {"printed_name": "王秀英"}
    data = {k: v for k, v in data.items() if v is not None and k in ProfileForm.Meta.fields}
    data["country"] = str(learner.country)
    response = client.post(reverse("accounts:profile"), data)
    assert response.status_code == 302, response.content.decode()
    learner.refresh_from_db()
    assert learner.printed_name == "王秀英"
    assert (
        "will print your name as" not in client.get(reverse("courses:dashboard")).content.decode()
    )

    course, lessons = make_course((1,), slug="names-course", title="Names course")
    complete_course(learner, course, lessons, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.holder_name == "王秀英"
    with certificate.pdf.open("rb") as handle:
        printed = PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()
    assert "王秀英" in printed and "秀英 王" not in printed
    assert len(mail.outbox) == 1


def profile_data(learner, **changes) -> dict:
    data = {
        "first_name": learner.first_name,
        "last_name": learner.last_name,
        "printed_name": "",
        "country": "KE",
        "region": "Nairobi",
        "sector": "C",
        "enterprise_size": "micro",
        "owner_gender": "woman",
        "export_stage": "exploring",
    }
    return data | changes


@pytest.mark.django_db
def test_a_name_no_certificate_can_hold_is_refused_naming_the_field(learner):
    form = ProfileForm(
        profile_data(learner, printed_name="N" * (PRINTED_NAME_MAX_LENGTH + 1)), instance=learner
    )
    assert not form.is_valid()
    assert form.errors["printed_name"][0].startswith(
        "Name as printed on certificates: at most 150 characters (it has 151)"
    )
    # Left empty, given + family name is what would print: 260 characters are refused too.
    form = ProfileForm(
        profile_data(learner, first_name="A" * 130, last_name="B" * 129), instance=learner
    )
    assert not form.is_valid()
    assert "given and family names together have 260 characters" in form.errors["printed_name"][0]
    # A name as printed that fits is accepted beside the long given and family names.
    form = ProfileForm(
        profile_data(learner, first_name="A" * 130, last_name="B" * 129, printed_name="A. B."),
        instance=learner,
    )
    assert form.is_valid(), form.errors
    # Left empty and short enough, it becomes given + family name, confirmed.
    form = ProfileForm(
        profile_data(learner, first_name="Amina", last_name="Uwase"), instance=learner
    )
    assert form.is_valid(), form.errors
    assert form.save().printed_name == "Amina Uwase"


# --- Links and the demo Site -----------------------------------------------------------------


def test_printed_links_and_the_qr_code_use_the_configured_site_address(settings):
    settings.SITE_URL = "https://academy.example.org"
    certificate = certificate_for("Amina Uwase")
    expected = "https://academy.example.org/certificates/verify/CN3A-76FH-R1PM-CBB7/"
    text = PdfReader(io.BytesIO(pdf.render_pdf(certificate))).pages[0].extract_text()
    assert expected in text
    image = Image.open(io.BytesIO(share_image.render_share_image(certificate)))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [expected]


@pytest.mark.django_db
def test_the_demo_site_is_served_where_site_url_says(settings):
    from wagtail.models import Site

    from lms.demo import site

    home = site.load_home_page()
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("127.0.0.1", 8000)
    assert home.full_url == "http://127.0.0.1:8000/"
    settings.SITE_URL = "https://academy.example.org"
    site.load_home_page()
    default.refresh_from_db()
    assert (default.hostname, default.port) == ("academy.example.org", 443)


@pytest.mark.django_db
def test_the_moderation_email_links_to_the_page_where_the_site_is_served(
    demo_site, trainer, moderator, django_capture_on_commit_callbacks
):
    """The approval notice's "view the page" link uses the demo Site, now at SITE_URL."""
    course, _lessons = make_course((1,), slug="moderated-course", title="Moderated course")
    workflow = course.get_workflow()
    assert workflow is not None
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision(user=trainer)
        state = workflow.start(course, trainer)
        mail.outbox.clear()
        state.current_task_state.approve(user=moderator)
    bodies = [message.body for message in mail.outbox if trainer.email in message.to]
    assert bodies, [m.subject for m in mail.outbox]
    assert f"You can view the page here: {settings.SITE_URL}/" in bodies[0]
    assert course.full_url.startswith("http://127.0.0.1:8000/")
