"""List, and with --delete remove, the partial course copies a failed admin copy left."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.services.page_copies import half_copied_pages, remove_half_copies


class Command(BaseCommand):
    help = (
        "List the pages left by a copy that failed halfway (a live partial copy whose tree "
        "counts were never updated); with --delete, remove each with everything under it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--delete", action="store_true", help="Remove the half copies (default: list them)."
        )

    def handle(self, *args, delete=False, **options):
        pages = half_copied_pages()
        if not pages:
            self.stdout.write(_("No half-copied pages."))
            return
        for page in pages:
            self.stdout.write(
                _("Half copy: “%(title)s” (id %(id)s, %(url)s)")
                % {"title": page.title, "id": page.pk, "url": page.url_path}
            )
        if delete:
            removed = remove_half_copies(pages)
            self.stdout.write(
                self.style.SUCCESS(
                    ngettext("Removed %(n)d page.", "Removed %(n)d pages.", removed)
                    % {"n": removed}
                )
            )
        else:
            self.stdout.write(_("Run again with --delete to remove them."))
