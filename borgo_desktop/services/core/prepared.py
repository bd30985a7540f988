"""A hot read as one prepared statement on the driver's cursor.

A check the window makes at every change of a form (a booking's conflicts) is a single
SELECT. Through SQLAlchemy's Connection each call pays for the transaction events, the
result machinery and the row objects, several times the query itself. ``Prepared`` compiles a
Core statement once per dialect (so the SQL still comes from the models, on SQLite and on
PostgreSQL alike), keeps the bind and result processors of its types, and runs it on a
pooled DBAPI connection: one SELECT needs no transaction around it. A unit of work that
reads before it writes (a case opened with its audit entry) runs them on its own connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select


@dataclass(frozen=True)
class _Compiled:
    compiled: Any  # SQLAlchemy's SQLCompiler: its parameters, with the statement's constants
    sql: str
    names: tuple[str, ...] | None  # parameter order for positional drivers (SQLite's "?")
    binds: dict[str, Callable[[Any], Any]]
    results: tuple[Callable[[Any], Any] | None, ...]


class Prepared:
    """``statement`` may hold named ``bindparam``s and constants, not expanding IN lists
    (write ``or_(col == a, col == b)``): its SQL is fixed once compiled."""

    def __init__(self, statement: Select) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def _for(self, dialect) -> _Compiled:
        done = self._compiled.get(dialect.name)
        if done is None:
            compiled = self.statement.compile(dialect=dialect)
            sql = str(compiled)
            if "POSTCOMPILE" in sql:
                raise ValueError("Prepared statements take no expanding IN lists")
            binds = {}
            for bind, name in compiled.bind_names.items():
                processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if processor is not None:
                    binds[name] = processor
            results = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                            for column in self.statement.selected_columns)
            names = tuple(compiled.positiontup) if dialect.positional else None
            done = _Compiled(compiled, sql, names, binds, results)
            self._compiled[dialect.name] = done
        return done

    def rows(self, engine: Engine, params: dict[str, Any]) -> list[tuple]:
        """The rows, each a tuple of values as the ORM would give them (UUIDs, enums, aware
        instants through the types' processors), on a pooled driver connection."""
        connection = engine.raw_connection()
        try:
            return self._run(engine.dialect, connection, params)
        finally:
            connection.close()  # back to the pool (which ends any transaction the driver began)

    def rows_in(self, session: Session, params: dict[str, Any]) -> list[tuple]:
        """The same inside ``session``'s transaction (a unit of work that also writes)."""
        connection = session.connection()
        return self._run(connection.dialect, connection.connection.driver_connection, params)

    def _run(self, dialect, dbapi_connection, params: dict[str, Any]) -> list[tuple]:
        compiled = self._for(dialect)
        values = compiled.compiled.construct_params(params)
        for name, process in compiled.binds.items():
            if values.get(name) is not None:
                values[name] = process(values[name])
        args = tuple(values[name] for name in compiled.names) if compiled.names is not None \
            else values
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(compiled.sql, args)
            fetched = cursor.fetchall()
        finally:
            cursor.close()
        processors = [(index, process) for index, process in enumerate(compiled.results)
                      if process is not None]
        if not processors:
            return fetched
        rows = []
        for row in fetched:
            row = list(row)
            for index, process in processors:
                if row[index] is not None:
                    row[index] = process(row[index])
            rows.append(tuple(row))
        return rows
