"""Disclosure control: the rules on their own, then an attacker who holds every view the
filters allow and tries to recover a hidden count by differencing and from margins."""

import datetime as dt
import itertools

import pytest

from lms.reports import disclosure
from lms.reports.filters import ReportFilters
from lms.reports.scope import ReportScope
from lms.reports.services import build_report

from .oracle import Oracle
from .population import NOW, Rows

ERR = 2  # rounding to the nearest 5 moves a count by at most 2 either way


def test_rounding_and_threshold():
    assert [disclosure.round_count(n) for n in (10, 12, 13, 17, 18, 1002)] == [
        10, 10, 15, 15, 20, 1000,
    ]  # fmt: skip
    assert disclosure.count_cell(9).display == "fewer than 10"
    assert disclosure.count_cell(0).suppressed
    assert disclosure.count_cell(12).value == 10
    # A count of many events by few learners describes those few learners: hidden.
    assert disclosure.count_cell(40, learners=3).suppressed


def test_percentages_hide_with_their_counts():
    base, part = disclosure.count_cell(40), disclosure.count_cell(12)
    assert disclosure.percent_cell(part, base).value == 25.0  # 10 of 40, the published counts
    assert disclosure.percent_cell(disclosure.count_cell(8), base).suppressed
    assert disclosure.percent_cell(part, disclosure.count_cell(9)).suppressed


def test_complementary_suppression_hides_a_second_cell():
    assert disclosure.column_hidden([50, 3, 20, 30], has_total=True) == [False, True, True, False]
    assert disclosure.column_hidden([50, 3, 2, 30], has_total=True) == [False, True, True, False]
    assert disclosure.column_hidden([50, 3, 20], has_total=False) == [False, True, False]
    cell = disclosure.count_cell(20, hide=True)
    assert cell.suppressed and cell.display == "hidden"


def test_settings_change_the_rule(settings):
    settings.REPORT_MIN_CELL, settings.REPORT_ROUND_TO = 20, 10
    assert disclosure.count_cell(19).display == "fewer than 20"
    assert disclosure.count_cell(26).value == 30
    assert "fewer than 20" in disclosure.rule_text() and "nearest 10" in disclosure.rule_text()


# --- The attacker --------------------------------------------------------------------------

# Eight months keep the run short: every range over them (open or closed at either end) in
# every country is some 180 views and 32,000 ordered pairs.
MONTHS = [dt.date(2026, m, 1) for m in range(1, 9)]
SCOPE = frozenset({"KE", "UG", "TZ"})


def every_view():
    """Every month range (open or closed at either end) in every country of the scope."""
    bounds = [None, *MONTHS]
    for start, end in itertools.product(bounds, bounds):
        if start and end and start > end:
            continue
        for country in ("", *sorted(SCOPE)):
            yield ReportFilters(month_from=start, month_to=end, country=country)


def underlying(rows, filters):
    """What each headline figure counts, as sets of ids (learners or events)."""
    oracle = Oracle(rows, set(SCOPE), start=filters.period_start, end=filters.period_end,
                    country=filters.country, now=NOW)  # fmt: skip
    enr = oracle.enrollments
    return {
        "registered": frozenset(u for u, r in oracle.users.items()
                                if oracle.in_period(r["date_joined"])),
        "enrolled": frozenset(e["user_id"] for e in enr if oracle.in_period(e["enrolled_at"])),
        "completions": frozenset(e["id"] for e in enr if oracle.in_period(e["completed_at"])),
        "certificates": frozenset(c["id"] for c in oracle.certificates
                                  if oracle.in_period(c["issued_at"])),
    }  # fmt: skip


def nested(inner: ReportFilters, outer: ReportFilters) -> bool:
    """Whether ``inner`` can only count a subset of what ``outer`` counts."""
    if outer.country and inner.country != outer.country:
        return False
    starts_later = outer.month_from is None or (
        inner.month_from is not None and inner.month_from >= outer.month_from
    )
    ends_sooner = outer.month_to is None or (
        inner.month_to is not None and inner.month_to <= outer.month_to
    )
    return starts_later and ends_sooner


def differencing_attack(rows) -> tuple[list, int]:
    """Every pair of views where one counts a subset of the other: the attacker subtracts
    the published counts, and intersects what every pair and every direct view says about
    the same group. Returns the groups of 1 to 9 learners pinned to one value, and how many
    such groups were attacked."""
    err = disclosure.round_to() // 2
    learners_of = {e["id"]: e["user_id"] for e in rows.enrollments}
    learners_of_cert = {c["id"]: c["user_id"] for c in rows.certificates}
    views = []
    for filters in every_view():
        report = build_report(ReportScope(SCOPE), filters, public=True, now=NOW)
        published = {f.key: f.cell.value for f in report.figures}
        views.append((filters, underlying(rows, filters), published))

    knowledge: dict[tuple, tuple[float, float]] = {}

    def learn(key, low, high):
        old_low, old_high = knowledge.get(key, (0, float("inf")))
        knowledge[key] = (max(old_low, low), min(old_high, high))

    figures = ("registered", "enrolled", "completions", "certificates")
    for _filters, sets, published in views:  # what a view says directly about its group
        for name in figures:
            if published[name] is not None:
                learn((name, sets[name]), published[name] - err, published[name] + err)
            elif name in ("registered", "enrolled"):
                learn((name, sets[name]), 0, disclosure.min_cell() - 1)
    for (f_big, big, p_big), (f_small, small, p_small) in itertools.permutations(views, 2):
        if not nested(f_small, f_big):
            continue
        for name in figures:
            if p_big[name] is None or p_small[name] is None:
                continue
            if not (small[name] < big[name]):
                continue
            diff = p_big[name] - p_small[name]
            learn((name, big[name] - small[name]), diff - 2 * err, diff + 2 * err)

    recovered, attacked = [], 0
    for (name, group), (low, high) in knowledge.items():
        if name == "completions":
            learners = {learners_of[i] for i in group}
        elif name == "certificates":
            learners = {learners_of_cert[i] for i in group}
        else:
            learners = group
        if not 1 <= len(learners) < disclosure.min_cell():
            continue
        candidates = list(range(int(max(low, 0)), int(min(high, 10_000)) + 1))
        assert len(group) in candidates, (name, len(group), low, high)
        attacked += 1
        if len(candidates) < 2:
            recovered.append((name, len(group)))
    return recovered, attacked


def test_no_hidden_count_is_recovered_by_differencing_views(population, db):
    recovered, attacked = differencing_attack(Rows.load())
    assert attacked > 50  # the attack really found small groups to go after
    assert recovered == []


def test_without_rounding_the_same_attack_succeeds(population, db, settings):
    """Suppression alone does not stop differencing: rounding is what does (docs)."""
    settings.REPORT_ROUND_TO = 1
    recovered, _attacked = differencing_attack(Rows.load())
    assert recovered


def margin_candidates(column, total, index, hidden_kinds):
    """Values the hidden cell ``index`` can take, given the column's published cells and total."""
    low = total - ERR
    high = total + ERR
    lows, highs = 0, 0
    for i, cell in enumerate(column):
        if i == index:
            continue
        if cell.value is not None:
            lows += cell.value - ERR
            highs += cell.value + ERR
        elif hidden_kinds[i] == "small":
            highs += disclosure.min_cell() - 1
        else:  # "hidden": the attacker knows it is at least the threshold
            lows += disclosure.min_cell()
            highs = float("inf")
    top = min(disclosure.min_cell() - 1, high - lows)
    bottom = max(0, low - highs)
    return list(range(int(bottom), int(top) + 1))


@pytest.mark.parametrize("country", ["", "KE", "UG", "TZ"])
def test_no_hidden_cell_is_recovered_from_its_column_total(population, db, country):
    rows = Rows.load()
    for start, end in ((None, None), (MONTHS[2], MONTHS[7]), (MONTHS[5], MONTHS[5])):
        filters = ReportFilters(month_from=start, month_to=end, country=country)
        report = build_report(ReportScope(SCOPE), filters, now=NOW)
        oracle = Oracle(rows, set(SCOPE), start=filters.period_start, end=filters.period_end,
                        country=country, now=NOW)  # fmt: skip
        sets = oracle.learner_sets()
        for table in report.tables.values():
            if table.total is None or table.key == "monthly":
                continue
            for c, column in enumerate(table.columns):
                cells = [row.cells[c] for row in table.rows]
                total = table.total.cells[c]
                if total.value is None:
                    continue
                kinds = ["small" if x.display.startswith("fewer") else "hidden" for x in cells]
                hidden = [i for i, x in enumerate(cells) if x.value is None]
                assert len(hidden) != 1, (table.key, column.key)
                for i in hidden:
                    if kinds[i] != "small":
                        continue
                    candidates = margin_candidates(cells, total.value, i, kinds)
                    true = _true_count(oracle, sets, table.key, table.rows[i].key, column.key)
                    assert true in candidates
                    if true >= 1:
                        assert len(candidates) >= 2, (table.key, table.rows[i].key, column.key)


FIELDS = {
    "country": "country",
    "region": "region",
    "sector": "sector",
    "size": "enterprise_size",
    "gender": "owner_gender",
    "export_stage": "export_stage",
}


def _true_count(oracle, sets, table, row_key, measure):
    field = FIELDS[table]
    count = 0
    for pk, user in oracle.users.items():
        if pk not in sets[measure]:
            continue
        if table != "country" and not user["consent_statistics"]:
            key = "_not_shared"
        elif not user[field]:
            key = "_not_stated"
        elif field == "region":
            key = f"{user['country'] or '—'}|{user['region'].strip()}"
        else:
            key = user[field]
        count += key == row_key
    return count
