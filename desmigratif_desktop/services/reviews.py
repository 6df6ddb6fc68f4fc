"""The district office's check of a household (verifikasi): verified, or a correction the village should make.

Only a district office writes reviews. Each review is a new `household_review` row, written through the
change log, so it travels to the village with the district's next bundle; the household's latest review
(the highest clock version) is the one that counts, the earlier ones stay as history.

**Verified, then changed.** A verification covers the household as the district saw it. When the
household row, one of its members or one of their placements is changed after the review (its clock
version is later than the review's), the review still shows, but as "changed since": a verified mark
reads "verified before the last change" and the district sees the household as due for another check;
a correction request reads "changed since the correction was asked for" (probably corrected, to be
checked). The hybrid clock makes "after" mean the same on both sides: the district's clock moves past
every version it imports before it writes a review, and the village's clock moves past the review when
it arrives, so every later edit of the officer orders after it. A change made at the village before the
review was written but imported by the district only after it orders before the review and counts as
seen: the clock cannot tell what the reviewer had on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import ReviewStatus
from desmigratif_desktop.data.register import Household, HouseholdReview, Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import NotFoundError
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.validation import Checks, clean_text
from desmigratif_desktop.services.villages import require_district

MAX_NOTE_LENGTH = 1000
_HOUSEHOLD = table_of(Household)
_PERSON = table_of(Person)
_PLACEMENT = table_of(Placement)
_REVIEW = table_of(HouseholdReview)


@dataclass(frozen=True)
class Review:
    id: str
    household_id: str
    status: str  # ReviewStatus
    note: str | None  # the correction asked for
    reviewer_name: str
    reviewed_on: date
    changed_since: bool  # the household, a member or a placement changed after this review

    @property
    def verified(self) -> bool:
        """Verified, and nothing changed since: the district need not look again."""
        return self.status == ReviewStatus.VERIFIED and not self.changed_since


# -- writing ---------------------------------------------------------------------------------------


def correction_checks(note: str | None) -> tuple[Checks, str | None]:
    """A correction request must say what to correct; pure, so the form can check as the officer types."""
    checks = Checks()
    cleaned = clean_text(note)
    if cleaned is None:
        checks.error("note", "required", "Tulis apa yang perlu diperbaiki oleh desa.")
    elif len(cleaned) > MAX_NOTE_LENGTH:
        checks.error("note", "too_long", f"Catatan perbaikan paling banyak {MAX_NOTE_LENGTH} huruf.")
    return checks, cleaned


def verify_household(db: Database, household_id: str, today: date | None = None) -> Review:
    """Mark the household verified as it stands now."""
    return _record(db, household_id, ReviewStatus.VERIFIED, None, today)


def request_correction(db: Database, household_id: str, note: str, today: date | None = None) -> Review:
    """Ask the village to correct the household; `note` says what (required)."""
    checks, cleaned = correction_checks(note)
    checks.raise_if_errors()
    return _record(db, household_id, ReviewStatus.NEEDS_CORRECTION, cleaned, today)


def _record(
    db: Database, household_id: str, status: ReviewStatus, note: str | None, today: date | None
) -> Review:
    require_district(
        db,
        "Verifikasi rumah tangga dilakukan oleh Dinas, bukan di instalasi desa.",
        "Hasil verifikasi Dinas sampai ke desa melalui sinkronisasi dan tampil pada data rumah tangga.",
    )
    reviewer = db.require_installation().officer_name
    with db.write() as recorder:
        household = _live_household(recorder, household_id)
        row = recorder.insert(
            HouseholdReview,
            {
                "village_code": household["village_code"],
                "household_id": household_id,
                "status": status.value,
                "note": note,
                "reviewer_name": reviewer,
                "reviewed_on": today or date.today(),
            },
        )
    return Review(row["id"], household_id, status.value, note, reviewer, row["reviewed_on"], False)


def _live_household(recorder: ChangeRecorder, household_id: str) -> dict[str, object]:
    try:
        return recorder.current(Household, household_id)
    except NotFoundError:
        raise NotFoundError(
            "Rumah tangga ini tidak ada lagi (mungkin sudah dihapus oleh desa); tidak ada yang dicatat.",
            "Tutup jendela ini dan cari rumah tangganya lagi di daftar.",
        ) from None


# -- reading ---------------------------------------------------------------------------------------


def latest_review(db: Database, household_id: str) -> Review | None:
    """The review that counts (the latest), or None when the district has not reviewed the household."""
    with db.read() as connection:
        found = (
            connection.execute(
                select(_REVIEW)
                .where(_REVIEW.c.household_id == household_id, alive(_REVIEW))
                .order_by(_REVIEW.c.version.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        if found is None:
            return None
        changed = (last_change_version(connection, household_id) or "") > found["version"]
    return Review(
        found["id"],
        household_id,
        found["status"],
        found["note"],
        found["reviewer_name"],
        found["reviewed_on"],
        changed,
    )


def last_change_version(connection: Connection, household_id: str) -> str | None:
    """The clock version of the latest write to the household, its members or their placements.

    Deleted rows count too: removing a member changes the household.
    """
    members = select(_PERSON.c.id).where(_PERSON.c.household_id == household_id)
    versions = [
        select(func.max(_HOUSEHOLD.c.version)).where(_HOUSEHOLD.c.id == household_id),
        select(func.max(_PERSON.c.version)).where(_PERSON.c.household_id == household_id),
        select(func.max(_PLACEMENT.c.version)).where(_PLACEMENT.c.person_id.in_(members)),
    ]
    found = [connection.execute(query).scalar() for query in versions]
    return max((version for version in found if version is not None), default=None)
