"""``manage.py backup``: the database and media in one dated archive (see lms.backups)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.backups.services import BackupError, backup, read_manifest


class Command(BaseCommand):
    help = "Back up the database and MEDIA_ROOT into backups/gga-backup-<date>-<time>.tar."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", default="backups", help="Folder for the archive (default: backups)."
        )

    def handle(self, *args, **options):
        try:
            path = backup(Path(options["output_dir"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = read_manifest(path)
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Wrote {path}: {len(manifest['tables'])} tables, {rows} rows, "
            f"{len(manifest['media'])} media files."
        )
