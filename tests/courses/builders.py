"""Build course trees for tests: published pages made the way the admin makes them."""

from courses.models import CoursePage, LessonPage, ModulePage, TrackPage


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_course(
    lessons_per_module=(2, 2),
    *,
    track_slug="export-skills",
    slug="test-course",
    sequential=False,
    preview_first=True,
    **fields,
) -> tuple[CoursePage, list[LessonPage]]:
    """A live course under a demo track with the given number of lessons per module."""
    track = TrackPage.objects.get(slug=track_slug)
    course = publish_child(
        track,
        CoursePage(
            title=fields.pop("title", f"Course {slug}"),
            slug=slug,
            summary="A course made for a test.",
            sequential=sequential,
            estimated_hours=2,
            **fields,
        ),
    )
    lessons = []
    for m, count in enumerate(lessons_per_module, start=1):
        module = publish_child(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, count + 1):
            lessons.append(
                publish_child(
                    module,
                    LessonPage(
                        title=f"Lesson {m}.{n}",
                        slug=f"lesson-{m}-{n}",
                        body=[("paragraph", f"<p>Teaching text of lesson {m}.{n}.</p>")],
                        is_preview=preview_first and not lessons,
                    ),
                )
            )
    return course, lessons
