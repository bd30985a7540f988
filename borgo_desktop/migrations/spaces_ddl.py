"""The database's guard against overlapping bookings of one space (second line after the service).

PostgreSQL: an exclusion constraint over (space, [start, end)) for every booking that is not
cancelled; it needs btree_gist for the equality on the space id. Two seats inserting at the
same moment: the second waits for the first to commit, then fails.

SQLite: triggers that abort an insert or update overlapping a live booking. Writers are
already serialised (units of work begin IMMEDIATE, store.py), so the trigger sees every
committed booking; it guards against any code path that skipped the service's check.
Instants are stored as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC text, which compares in time order.
"""

from borgo_desktop.migrations.dialect_ddl import run_for_dialect

# The longest booking the service accepts (services/spaces/bookings.py MAX_DURATION): it bounds the
# trigger's look-back, so the check is a short range of the (space_id, starts_at) index.
MAX_HOURS = 16
_OVERLAP = ("SELECT 1 FROM bookings b WHERE b.space_id = NEW.space_id"
            f" AND b.starts_at >= datetime(NEW.starts_at, '-{MAX_HOURS} hours')"
            " AND b.starts_at < NEW.ends_at AND b.ends_at > NEW.starts_at"
            " AND b.status <> 'cancelled' AND b.id <> NEW.id")

SQLITE_CREATE = [
    f"CREATE TRIGGER trg_bookings_no_overlap_ins BEFORE INSERT ON bookings"
    f" WHEN NEW.status <> 'cancelled' AND EXISTS ({_OVERLAP})"
    f" BEGIN SELECT RAISE(ABORT, 'booking overlap'); END",
    f"CREATE TRIGGER trg_bookings_no_overlap_upd BEFORE UPDATE OF starts_at, ends_at, status,"
    f" space_id ON bookings WHEN NEW.status <> 'cancelled' AND EXISTS ({_OVERLAP})"
    f" BEGIN SELECT RAISE(ABORT, 'booking overlap'); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS trg_bookings_no_overlap_upd",
               "DROP TRIGGER IF EXISTS trg_bookings_no_overlap_ins"]
POSTGRES_CREATE = [
    # In public, not in the current schema: dropping a schema must never take it away.
    "CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public",
    "ALTER TABLE bookings ADD CONSTRAINT ex_bookings_no_overlap EXCLUDE USING gist"
    " (space_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)"
    " WHERE (status <> 'cancelled')",
]
POSTGRES_DROP = ["ALTER TABLE bookings DROP CONSTRAINT IF EXISTS ex_bookings_no_overlap"]
# Names the drift check must ignore (they are not in the models).
OBJECT_NAMES = ("ex_bookings_no_overlap", "trg_bookings_no_overlap")


def create(bind) -> None:
    run_for_dialect(bind, SQLITE_CREATE, POSTGRES_CREATE)


def drop(bind) -> None:
    run_for_dialect(bind, SQLITE_DROP, POSTGRES_DROP)
