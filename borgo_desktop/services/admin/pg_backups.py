"""Copies of a PostgreSQL database: the server's own tools, encrypted like the SQLite copies.

A multi-seat office keeps its data on a PostgreSQL server; a copy is made with ``pg_dump``
(custom format) of the client version that matches the server's major version, looked up on
PATH, in ``BORGO_PG_BIN`` and in the usual installation folders (/usr/lib/postgresql/N/bin
on Debian and Ubuntu, C:/Program Files/PostgreSQL/N/bin on Windows). A missing or mismatched
tool is named in Italian with what to install.

Encryption: pg_dump's output is streamed (never written to disk in clear) through AES-256-GCM
under a random 32-byte key made for that copy. The key is wrapped, like the SQLite data key
in its key file (services/accounts/keyfile.py), with the password of the administrator who
made the copy: ``<copy>.keys`` (0600) beside the copy, so the copy opens with that password of
that day, and with nothing else. The manifest beside it (``<copy>.manifest.json``, 0600) holds
the schema revision, the server and tool versions, the SHA-256 of the encrypted file and the
audit chain's head at the moment of the copy (services/admin/anchors.py reads it), all
authenticated with an HMAC under a key derived from the copy's key.

Verification: the manifest, the checksum, the GCM tag and ``pg_restore --list`` on the
decrypted stream. Restore: a copy from a newer schema is refused; the database is first copied
aside (``before-restore``), then every table, view, sequence and function of the schema is
dropped and the copy loaded by ``psql`` in one transaction (a failure leaves the database as
it was); the restore returns what it reverted (accounts, audit entries) in words.

File format: ``MAGIC``, a 12-byte nonce, the ciphertext, the 16-byte GCM tag.
"""

from __future__ import annotations

import base64
import contextlib
import glob
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select, text

from borgo_desktop.errors import StoreError, UserError
from borgo_desktop.models import Account
from borgo_desktop.services.accounts import keyfile
from borgo_desktop.services.admin import anchors, backups
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.store import current_revision

log = logging.getLogger(__name__)

SUFFIX = ".pgdump"
MAGIC = b"BORGO-PGDUMP-1\n"
NONCE_BYTES, TAG_BYTES, KEY_BYTES = 12, 16, 32
CHUNK = 1 << 20
MANIFEST_FORMAT = 1
_MAC_INFO = b"borgo-desktop pg backup manifest v1"
TOOLS = ("pg_dump", "pg_restore", "psql")
TOOL_FOLDERS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql@*/bin",
                "/Applications/Postgres.app/Contents/Versions/*/bin",
                "C:/Program Files/PostgreSQL/*/bin")
TOOLS_ENV = "BORGO_PG_BIN"
NOTE = ("Copia cifrata: si apre solo con la password che l'amministratore che l'ha fatta aveva "
        "in quel momento (il file .keys accanto alla copia va conservato con essa).")


# --- the server's tools -----------------------------------------------------------------------

@dataclass(frozen=True)
class Tools:
    major: int
    pg_dump: Path
    pg_restore: Path
    psql: Path


def server_major(store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar()) // 10000


def tool_major(tool: Path) -> int | None:
    """The major version a client tool reports (``pg_dump (PostgreSQL) 15.20``), or None."""
    try:
        out = subprocess.run([str(tool), "--version"], capture_output=True, text=True,
                             timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\)\s*(\d+)", out)
    return int(match[1]) if match else None


def _candidates(name: str, folders) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        for hit in sorted(glob.glob(folder)):
            for exe in (Path(hit) / name, Path(hit) / f"{name}.exe"):
                if exe.is_file() and exe not in found:
                    found.append(exe)
    on_path = shutil.which(name)
    if on_path and Path(on_path) not in found:
        found.append(Path(on_path))
    return found


def find_tools(major: int, folders=None) -> Tools:
    """pg_dump, pg_restore and psql of the server's ``major`` version, or a StoreError naming
    what was found and what is needed."""
    if folders is None:
        folders = [*filter(None, [os.environ.get(TOOLS_ENV)]), *TOOL_FOLDERS]
    chosen, seen = {}, []
    for name in TOOLS:
        for tool in _candidates(name, folders):
            version = tool_major(tool)
            if version == major:
                chosen[name] = tool
                break
            seen.append(f"{name} {version or '?'} ({tool})")
    missing = [name for name in TOOLS if name not in chosen]
    if missing:
        raise StoreError("Per le copie del database PostgreSQL (server versione {major}) servono "
                         "i programmi {missing} della stessa versione {major}; {found}. "
                         "Installare il pacchetto postgresql-client-{major} (Debian, Ubuntu) o "
                         "gli strumenti client di PostgreSQL {major}, oppure indicarne la "
                         "cartella nella variabile BORGO_PG_BIN.", major=major,
                         missing=", ".join(missing),
                         found=("trovati solo: " + "; ".join(seen)) if seen else
                         "non ne è stato trovato nessuno")
    return Tools(major, chosen["pg_dump"], chosen["pg_restore"], chosen["psql"])


def _connection(store) -> tuple[str, dict[str, str]]:
    """libpq's URI of the store (no password) and the environment carrying the password."""
    url = store.engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    uri = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return uri, env


def _schema(store) -> str:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT current_schema()")).scalar()


def _extensions(store) -> list[list[str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT e.extname, n.nspname FROM pg_extension e JOIN "
                                 "pg_namespace n ON n.oid = e.extnamespace "
                                 "WHERE e.extname <> 'plpgsql' ORDER BY 1")).all()
    return [[name, schema] for name, schema in rows]


def _fail(what: str, stderr: bytes | str) -> StoreError:
    detail = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    log.error("%s failed: %s", what, detail)
    # The first error line only: a later CONTEXT line may quote a row of data.
    lines = [line for line in detail.splitlines() if "error" in line.lower()
             or "errore" in line.lower()] or [line for line in detail.splitlines() if line.strip()]
    return StoreError("{what} non è riuscito: {detail}", what=what,
                      detail=lines[0][:300] if lines else "errore sconosciuto")


# --- encryption ---------------------------------------------------------------------------

def _mac_key(key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(key)


def _mac(key: bytes, manifest: dict) -> str:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(hmac.new(_mac_key(key), data, hashlib.sha256).digest()).decode()


def _encrypt_stream(source, target, key: bytes) -> str:
    """Encrypt everything read from ``source`` into ``target``; the SHA-256 of what was written."""
    nonce = os.urandom(NONCE_BYTES)
    enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(MAGIC)
    digest = hashlib.sha256()

    def put(data: bytes) -> None:
        digest.update(data)
        target.write(data)

    put(MAGIC + nonce)
    while chunk := source.read(CHUNK):
        put(enc.update(chunk))
    put(enc.finalize() + enc.tag)
    return digest.hexdigest()


def _decrypted(path: Path, key: bytes) -> Iterator[bytes]:
    """The clear chunks of an encrypted copy; the last one only once the tag has held (so a
    consumer never sees the end of a forged or damaged stream). InvalidTag otherwise."""
    size = path.stat().st_size
    body = size - len(MAGIC) - NONCE_BYTES - TAG_BYTES
    with open(path, "rb") as handle:
        if body < 0 or handle.read(len(MAGIC)) != MAGIC:
            raise InvalidTag()
        nonce = handle.read(NONCE_BYTES)
        handle.seek(size - TAG_BYTES)
        tag = handle.read(TAG_BYTES)
        handle.seek(len(MAGIC) + NONCE_BYTES)
        dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(MAGIC)
        held = b""
        while body > 0:
            chunk = handle.read(min(CHUNK, body))
            if not chunk:
                raise InvalidTag()
            body -= len(chunk)
            if held:
                yield held
            held = dec.update(chunk)
        held += dec.finalize()
        if held:
            yield held


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- create -------------------------------------------------------------------------------

def is_pg_copy(path: Path) -> bool:
    return Path(path).suffix == SUFFIX


def _free_name(backup_dir: Path, kind: str, when: datetime) -> Path:
    base = f"borgo-{kind}-{when.strftime(backups.STAMP)}"
    target, n = backup_dir / f"{base}{SUFFIX}", 1
    while target.exists() or target.with_suffix(".sqlite").exists():
        n += 1
        target = backup_dir / f"{base}-{n}{SUFFIX}"
    return target


def create_pg_backup(ctx: Context, backup_dir: Path, password: str, kind: str = "manual", *,
                     now: datetime | None = None, tools: Tools | None = None
                     ) -> backups.BackupInfo:
    """Dump the store's schema with pg_dump into an encrypted copy in ``backup_dir``, its key
    wrapped with ``password`` (the acting administrator's), its manifest beside it. The copy
    gets its real name only once complete, key file and manifest first."""
    require(ctx, Permission.BACKUP_MANAGE)
    if kind not in backups.KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    store = ctx.store
    tools = tools or find_tools(server_major(store))
    username = ctx.actor.username
    if _password_wrong(store, username, password):
        raise UserError("La password di {user} non è corretta: la copia non è stata fatta.",
                        user=username)
    backup_dir.mkdir(parents=True, exist_ok=True)
    when = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    target = _free_name(backup_dir, kind, when)
    key = os.urandom(KEY_BYTES)
    revision, schema, head = current_revision(store), _schema(store), anchors.chain_head(store)
    uri, env = _connection(store)
    fd, name = tempfile.mkstemp(prefix=backups.TEMP_PREFIX, suffix=".tmp", dir=backup_dir)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, tempfile.TemporaryFile() as errors:
            dump = subprocess.Popen([str(tools.pg_dump), "--format=custom", "--no-owner",
                                     "--no-privileges", f"--schema={schema}", f"--dbname={uri}"],
                                    stdout=subprocess.PIPE, stderr=errors, env=env)
            try:
                checksum = _encrypt_stream(dump.stdout, out, key)
            finally:
                dump.stdout.close()
                code = dump.wait()
            if code != 0:
                errors.seek(0)
                raise _fail("pg_dump", errors.read())
            out.flush()
            os.fsync(out.fileno())
        keys = keyfile.KeyFile.new(keyfile.path_for(target))
        keys.set_copy(username, key, password)
        keys.save()
        manifest = {"format": MANIFEST_FORMAT, "backup": target.name, "dialect": "postgresql",
                    "kind": kind, "created_at": when.isoformat(), "created_by": username,
                    "revision": revision, "schema": schema, "server_major": tools.major,
                    "extensions": _extensions(store), "sha256": checksum,
                    "size": temp.stat().st_size,
                    "head": {"seq": head[0], "hash": head[1]} if head else None,
                    # read by anchors.read_manifest: a server's chain has no signed anchors
                    "anchor_public_key": None, "anchors": []}
        manifest["mac"] = _mac(key, manifest)
        anchors.write_private_json(anchors.manifest_path(target), manifest)
        os.replace(temp, target)
        backups.sync_folder(backup_dir)
    finally:
        temp.unlink(missing_ok=True)
    audit.record_event(ctx, "backup.create", "backup", target.name,
                       detail=f"PostgreSQL, revisione {revision}")
    log.info("%s PostgreSQL backup written to %s", kind, target)
    return backups.BackupInfo(target, kind, when, target.stat().st_size, revision)


def _password_wrong(store, username: str, password: str) -> bool:
    """The copy's key is wrapped with this password: it must be the account's own."""
    from borgo_desktop.services.accounts.accounts import password_matches

    with store.read() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.username == username))
    return not stored or not password_matches(stored, password)


# --- verify -------------------------------------------------------------------------------

@dataclass
class Opened:
    """A copy whose manifest, checksum and key held."""
    path: Path
    manifest: dict
    key: bytes
    toc: list[str] = field(default_factory=list)  # pg_restore --list, once checked


def read_pg_manifest(path: Path) -> dict:
    try:
        data = json.loads(anchors.manifest_path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("dialect") != "postgresql":
            raise ValueError("not a PostgreSQL manifest")
        return data
    except FileNotFoundError:
        raise StoreError("Manca il manifesto della copia {name} ({manifest}): senza di esso la "
                         "copia non si può controllare.", name=path.name,
                         manifest=anchors.manifest_path(path).name) from None
    except (OSError, ValueError) as exc:
        raise StoreError("Il manifesto della copia {name} è illeggibile: non si può usare per "
                         "controllare il registro.", name=anchors.manifest_path(path).name) from exc


def open_copy(path: Path, username: str, password: str) -> Opened:
    """Manifest, checksum, key (unwrapped with ``username``'s password) and manifest MAC."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("Il file {path} non esiste.", path=str(path))
    manifest = read_pg_manifest(path)
    if _sha256(path) != manifest.get("sha256"):
        raise StoreError("La copia {name} è danneggiata o è stata modificata: la sua impronta "
                         "non coincide con quella del manifesto.", name=path.name)
    keys = keyfile.KeyFile.load(keyfile.path_for(path))
    if not keys.has_copy(username):
        raise StoreError("La copia {name} è stata fatta da {creator}: si apre solo con la "
                         "password che aveva quel giorno (accedere come {creator}).",
                         name=path.name, creator=", ".join(keys.usernames()) or "?")
    key = keys.unwrap(username, password)
    if key is None:
        raise StoreError("La password di {user} non apre la copia {name}: serve la password "
                         "che {user} aveva il giorno della copia.", user=username, name=path.name)
    if not hmac.compare_digest(str(manifest.get("mac", "")), _mac(key, manifest)):
        raise StoreError("Il manifesto della copia {name} è stato modificato: la copia non è "
                         "affidabile.", name=path.name)
    return Opened(path, manifest, key)


def _feed(process: subprocess.Popen, opened: Opened) -> None:
    """Write the clear stream into ``process``; StoreError when the tag does not hold."""
    try:
        for chunk in _decrypted(opened.path, opened.key):
            process.stdin.write(chunk)
    except InvalidTag:
        raise StoreError("La copia {name} è danneggiata o è stata modificata (la cifratura "
                         "non torna).", name=opened.path.name) from None
    except BrokenPipeError:
        pass  # the tool stopped reading: its exit code and message say why
    finally:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()


def check_contents(opened: Opened, tools: Tools) -> list[str]:
    """``pg_restore --list`` over the decrypted stream: the copy's table of contents."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        restore = subprocess.Popen([str(tools.pg_restore), "--list"], stdin=subprocess.PIPE,
                                   stdout=out, stderr=errors)
        try:
            _feed(restore, opened)
        finally:
            code = restore.wait()
        if code != 0:
            errors.seek(0)
            raise _fail("pg_restore --list", errors.read())
        out.seek(0)
        opened.toc = out.read().decode("utf-8", "replace").splitlines()
    if not any(" TABLE DATA " in line and " alembic_version " in line for line in opened.toc):
        raise StoreError("Il file {name} non contiene un database di Borgo Desktop.",
                         name=opened.path.name)
    return opened.toc


def verify_pg_backup(ctx: Context, path: Path, password: str, *,
                     tools: Tools | None = None) -> tuple[bool, str]:
    """Everything a restore relies on, without touching the database. Italian message."""
    require(ctx, Permission.BACKUP_MANAGE)
    path = Path(path)
    try:
        opened = open_copy(path, ctx.actor.username, password)
        toc = check_contents(opened, tools or find_tools(server_major(ctx.store)))
    except StoreError as exc:
        return False, exc.text
    tables = sum(1 for line in toc if " TABLE DATA " in line)
    return True, (f"La copia {path.name} è integra (PostgreSQL, revisione dello schema "
                  f"{opened.manifest.get('revision')}, {tables} tabelle).")


# --- restore ------------------------------------------------------------------------------

def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from borgo_desktop.store import MIGRATIONS_DIR

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def clear_schema_sql(schema: str, extensions: list[list[str]]) -> str:
    """Drop every table, view, sequence, function and type of ``schema`` that no extension
    owns (the extensions stay; the copy's own are created when missing)."""
    lit = _literal(schema)
    made = "".join(f"CREATE EXTENSION IF NOT EXISTS {_ident(name)} SCHEMA {_ident(where)};\n"
                   for name, where in extensions)
    return f"""CREATE SCHEMA IF NOT EXISTS {_ident(schema)};
{made}DO $borgo$
DECLARE r record;
BEGIN
  FOR r IN SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
                  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                       WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                  n.nspname, c.relname) AS stmt
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = {lit} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relkind DESC
  LOOP EXECUTE r.stmt; END LOOP;
  FOR r IN SELECT format('DROP ROUTINE IF EXISTS %I.%I(%s) CASCADE', n.nspname, p.proname,
                         pg_get_function_identity_arguments(p.oid)) AS stmt
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = {lit} AND p.prokind IN ('f', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')
  LOOP EXECUTE r.stmt; END LOOP;
  FOR r IN SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
                         CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                         n.nspname, t.typname) AS stmt
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = {lit} AND t.typtype IN ('e', 'd', 'r')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                        AND d.objid = t.oid AND d.deptype = 'e')
  LOOP EXECUTE r.stmt; END LOOP;
END
$borgo$;"""


def _other_sessions(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                 "current_database() AND pid <> pg_backend_pid() "
                                 "AND backend_type = 'client backend'")).scalar()


@dataclass(frozen=True)
class Snapshot:
    """What a restore may revert: accounts (name -> (active, role, password hash)) and the
    audit chain's head."""
    accounts: dict[str, tuple[bool, str, str]]
    head: tuple[int, str] | None
    revision: str | None


def snapshot(store) -> Snapshot:
    if current_revision(store) is None:
        return Snapshot({}, None, None)
    with store.read() as session:
        rows = session.execute(select(Account.username, Account.active, Account.role,
                                      Account.password_hash)).all()
    return Snapshot({r[0]: (bool(r[1]), r[2], r[3]) for r in rows}, anchors.chain_head(store),
                    current_revision(store))


def reverted(before: Snapshot, after: Snapshot) -> list[str]:
    """In words, what the restore took back (the lines the administrator must read)."""
    lines = []
    gone = sorted(set(before.accounts) - set(after.accounts))
    if gone:
        lines.append(f"Utenti creati dopo la copia, ora assenti: {', '.join(gone)}.")
    back = sorted(name for name in set(before.accounts) & set(after.accounts)
                  if before.accounts[name] != after.accounts[name])
    if back:
        lines.append("Utenti tornati come erano alla data della copia (password, ruolo o "
                     f"stato): {', '.join(back)}.")
    if before.head and (after.head or (0, ""))[0] < before.head[0]:
        lines.append(f"Voci del registro successive alla copia, non più nel database: "
                     f"{before.head[0] - (after.head or (0, ''))[0]}.")
    return lines


@dataclass(frozen=True)
class PgRestoreResult:
    kept: Path | None  # the copy of the database as it was (before-restore)
    reverted: list[str]


def restore_pg_backup(ctx: Context, path: Path, backup_dir: Path, password: str, *,
                      now: datetime | None = None, tools: Tools | None = None
                      ) -> PgRestoreResult:
    """Replace the content of the store's schema with the copy ``path``.

    Refused (the database untouched) when the copy does not verify, comes from a newer
    schema, or another seat is connected. The database is first copied aside
    (``before-restore``, same password); the copy is loaded by psql in one transaction.
    The caller closes ``ctx.store`` afterwards (its pool holds the old schema's plans)."""
    require(ctx, Permission.BACKUP_MANAGE)
    store = ctx.store
    tools = tools or find_tools(server_major(store))
    opened = open_copy(Path(path), ctx.actor.username, password)
    manifest = opened.manifest
    revision = manifest.get("revision")
    if revision not in _known_revisions():
        raise StoreError("Ripristino rifiutato: la copia {name} viene da una versione più recente "
                         "del programma (revisione {revision}): aggiornare Borgo Desktop prima "
                         "di ripristinarla. Il database attuale non è stato modificato.",
                         name=opened.path.name, revision=revision)
    schema = _schema(store)
    if manifest.get("schema") != schema:
        raise StoreError("Ripristino rifiutato: la copia {name} è dello schema {theirs}, il "
                         "database aperto usa lo schema {ours}. Il database attuale non è stato "
                         "modificato.", name=opened.path.name, theirs=manifest.get("schema"),
                         ours=schema)
    check_contents(opened, tools)
    store.engine.dispose()  # this program's own idle connections are no other seat
    others = _other_sessions(store)
    if others:
        raise StoreError("Ripristino rifiutato: il database è in uso da altre connessioni "
                         "({count}: altre postazioni o programmi). Chiudere Borgo Desktop "
                         "ovunque e ripetere il ripristino.", count=others)
    before = snapshot(store)
    kept = None
    if before.revision is not None:
        kept = create_pg_backup(ctx, backup_dir, password, "before-restore", now=now,
                                tools=tools).path
    _load(store, opened, tools)
    store.engine.dispose()  # cached plans name the dropped tables
    after = snapshot(store)
    lines = reverted(before, after)
    audit.record_event(ctx, "backup.restore", "backup", opened.path.name,
                       detail="; ".join(lines)[:500])
    log.info("PostgreSQL database restored from %s; previous content kept in %s", path, kept)
    return PgRestoreResult(kept, lines)


def _load(store, opened: Opened, tools: Tools) -> None:
    schema_entries = re.compile(r"^\d+; \d+ \d+ (SCHEMA|COMMENT) - (SCHEMA )?\S+ ")
    uri, env = _connection(store)
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryFile() as errors:
        listing = Path(folder) / "toc.list"
        listing.write_text("\n".join(line for line in opened.toc
                                     if not schema_entries.match(line)) + "\n", encoding="utf-8")
        restore = subprocess.Popen([str(tools.pg_restore), "--no-owner", "--no-privileges",
                                    f"--use-list={listing}", "--file=-"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        psql = subprocess.Popen([str(tools.psql), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                 "--single-transaction", "-c",
                                 clear_schema_sql(opened.manifest["schema"],
                                                  opened.manifest.get("extensions", [])),
                                 "-f", "-", f"--dbname={uri}"],
                                stdin=restore.stdout, stdout=subprocess.DEVNULL, stderr=errors,
                                env=env)
        restore.stdout.close()
        try:
            _feed(restore, opened)
        except BaseException:
            psql.kill()  # first: its transaction must end without a COMMIT
            restore.kill()
            psql.wait()
            restore.wait()
            raise
        codes = restore.wait(), psql.wait()
        if codes != (0, 0):
            errors.seek(0)
            raise _fail("Il ripristino (psql)", errors.read())


__all__ = ["create_pg_backup", "verify_pg_backup", "restore_pg_backup", "find_tools",
           "is_pg_copy", "Tools", "PgRestoreResult", "NOTE"]
