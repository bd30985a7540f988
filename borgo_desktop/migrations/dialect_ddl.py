"""Run the statements written for the connection's dialect (SQLite or PostgreSQL)."""


def run_for_dialect(bind, sqlite: list[str], postgres: list[str]) -> None:
    for statement in sqlite if bind.dialect.name == "sqlite" else postgres:
        bind.exec_driver_sql(statement)
