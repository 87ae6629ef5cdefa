"""``python bench/brandplan_pdf.py``: what a 4000 × 4000 JPEG logo costs a brand plan.

One run on this machine: a fresh PostgreSQL database (``gga_bench_brandplan``, dropped first
and at the end) migrated with the test settings, one learner and the demo brand plan; then

1. a photo-like 4000 × 4000 JPEG of about 1.8 MB goes through ``logos.clean_logo`` (what an
   upload does): its bytes in, the stored bytes and pixel size out, and the time taken;
2. in a child process (so its memory is its own), the plan's PDF is produced twice the way
   the download views produce it (``pdf.plan_pdf`` where it exists, else
   ``pdf.render_plan_pdf``): the time of each, and how far resident memory rose above its
   level before the first (sampled every 5 ms).

It prints a markdown table; the figures go into docs/toolkit-brand-plan.md by hand. Run it
from a checkout of an older commit to measure "before". PostgreSQL is reached at
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import postgres_admin  # noqa: E402 - the bench package needs the project path

DB_NAME = "gga_bench_brandplan" + os.environ.get("BENCH_DB_SUFFIX", "")
SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")


def photo_jpeg() -> bytes:
    """A deterministic photo-like 4000 × 4000 JPEG of about 1.8 MB (shapes, gradient, grain)."""
    from PIL import Image, ImageDraw

    rnd = random.Random(1)  # noqa: S311 - test data, not security
    image = Image.linear_gradient("L").resize((4000, 4000)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(300):
        x, y, r = rnd.randrange(4000), rnd.randrange(4000), rnd.randrange(20, 400)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    grain = Image.effect_noise((4000, 4000), 40).convert("RGB")
    out = io.BytesIO()
    Image.blend(image, grain, 0.3).save(out, format="JPEG", quality=45)
    return out.getvalue()


def setup_django() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = f"{SERVER}/{DB_NAME}"
    os.environ.setdefault("MEDIA_ROOT", "/tmp/gga-bench-brandplan-media")  # noqa: S108
    import django

    django.setup()
    from django.conf import settings

    settings.MEDIA_ROOT = os.environ["MEDIA_ROOT"]


def prepare() -> dict:
    """Migrate, create the plan with the big logo; return the upload figures."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from content.brandplan import logos, services
    from lms.demo.brandplan import data, load_brand_plan
    from tests.factories import UserFactory

    jpeg = photo_jpeg()
    started = time.perf_counter()
    cleaned = logos.clean_logo(SimpleUploadedFile("photo.jpg", jpeg, "image/jpeg"))
    upload_seconds = time.perf_counter() - started
    from PIL import Image

    with Image.open(io.BytesIO(cleaned.read())) as stored:
        stored_size = stored.size
    cleaned.seek(0)
    UserFactory(email=data.OWNER)
    plan = load_brand_plan()
    services.set_logo(plan, cleaned)
    plan.save()
    return {
        "plan_id": plan.pk,
        "jpeg_bytes": len(jpeg),
        "stored_bytes": plan.logo.size,
        "stored_size": stored_size,
        "upload_seconds": upload_seconds,
    }


def resident_kb() -> int:
    """This process's resident memory now (Linux), in KB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def measure(plan_id: int) -> dict:
    """In this (child) process: produce the PDF twice as the views do, sampling resident
    memory every 5 ms during the first."""
    import threading

    from content.brandplan import pdf
    from content.brandplan.models import BrandPlan

    plan = BrandPlan.objects.get(pk=plan_id)
    produce = getattr(pdf, "plan_pdf", pdf.render_plan_pdf)
    start_kb, peak_kb, done = resident_kb(), [0], threading.Event()

    def sample():
        while not done.is_set():
            peak_kb[0] = max(peak_kb[0], resident_kb())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    timings, size = [], 0
    for _ in range(2):
        started = time.perf_counter()
        size = len(produce(plan))
        timings.append(time.perf_counter() - started)
        done.set()
    sampler.join()
    return {"pdf_seconds": timings, "pdf_bytes": size, "peak_growth_kb": peak_kb[0] - start_kb}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        setup_django()
        print(json.dumps(measure(int(sys.argv[2]))))  # noqa: T201
        return
    admin = [f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)']
    from bench.database import recreate_database

    recreate_database(SERVER, DB_NAME)
    try:
        setup_django()
        upload = prepare()
        from django.db import connections

        connections.close_all()
        child = subprocess.run(  # noqa: S603 - this very script, with a plan id
            [sys.executable, __file__, "--measure", str(upload["plan_id"])],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ},
        )
        pdf_figures = json.loads(child.stdout.strip().splitlines()[-1])
    finally:
        postgres_admin(SERVER, admin)
    mb = 1024 * 1024
    first, second = pdf_figures["pdf_seconds"]
    rows = [
        ("JPEG uploaded", f"{upload['jpeg_bytes'] / mb:.2f} MB, 4000 × 4000"),
        (
            "Logo stored",
            f"{upload['stored_bytes'] / mb:.2f} MB, {upload['stored_size'][0]} × "
            f"{upload['stored_size'][1]} PNG, cleaned in {upload['upload_seconds']:.2f} s",
        ),
        ("PDF, first download after a change", f"{first:.2f} s"),
        ("PDF, next download", f"{second:.3f} s"),
        ("Peak memory growth while rendering", f"{pdf_figures['peak_growth_kb'] / 1024:.0f} MB"),
        ("PDF size", f"{pdf_figures['pdf_bytes'] / 1024:.0f} KB"),
    ]
    print("| measure | figure |\n| --- | --- |")  # noqa: T201
    for name, figure in rows:
        print(f"| {name} | {figure} |")  # noqa: T201


if __name__ == "__main__":
    main()
