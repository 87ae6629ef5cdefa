"""``manage.py restore FILE``: put a backup back into an empty database and media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.backups.services import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup archive (manage.py backup) into the configured database and "
        "MEDIA_ROOT, which must both be empty; checks every row count and file checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar file written by manage.py backup.")

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        if not archive.is_file():
            raise CommandError(f"No such backup file: {archive}")
        try:
            report = restore(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {archive}: {report.tables} tables, {report.rows} rows and "
            f"{report.files} media files, each checked against the manifest."
        )
