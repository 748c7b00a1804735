"""Integrity, foreign-key and identity checks of a database file, for ``dla-desktop check``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from dla_desktop.db.database import Database
from dla_desktop.db.engine import APPLICATION_ID
from dla_desktop.db.migrate import SCHEMA_HEAD, current_revision
from dla_desktop.db.models import (
    CURRENT_OFFICE_KEY,
    Association,
    Base,
    Company,
    LocalSetting,
    Office,
    SharedRow,
)


@dataclass
class CheckReport:
    """What was checked and what was found; ``problems`` empty means the file is sound."""

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(database: Database) -> CheckReport:
    """Run every check; reads only (open the file with ``upgrade=False``)."""
    report = CheckReport()
    with database.engine.connect() as connection:
        _check_sqlite(connection, report)
        revision = current_revision(connection)
    report.checked.append(f"Version du schéma : {revision}")
    if revision != SCHEMA_HEAD:
        report.warnings.append(
            f"Schéma {revision} : la base sera mise à jour ({SCHEMA_HEAD}) à sa prochaine "
            "ouverture, après une sauvegarde. Les autres vérifications attendent cette mise à jour."
        )
        return report
    with database.reading() as session:
        _check_identity(session, report)
        _check_duplicates(session, report)
    return report


def _check_sqlite(connection: Connection, report: CheckReport) -> None:
    integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
    report.checked.append("Intégrité du fichier (PRAGMA integrity_check)")
    if integrity != ["ok"]:
        report.problems.extend(f"Intégrité : {line}" for line in integrity[:20])
    broken = connection.execute(text("PRAGMA foreign_key_check")).all()
    report.checked.append("Références entre tables (PRAGMA foreign_key_check)")
    for table, rowid, parent, _fk in broken[:20]:
        report.problems.append(f"Référence cassée : {table} (ligne {rowid}) vers {parent}.")
    app_id = connection.execute(text("PRAGMA application_id")).scalar()
    if app_id != APPLICATION_ID:
        report.problems.append(
            "L'identifiant d'application du fichier n'est pas celui de DLA Desktop."
        )


def _check_identity(session: Session, report: CheckReport) -> None:
    """Every shared row has a UUID and names a known office as its last editor."""
    offices = set(session.scalars(select(Office.id)))
    current = session.get(LocalSetting, CURRENT_OFFICE_KEY)
    report.checked.append("Bureau qui travaille dans ce fichier")
    if current is None:
        report.warnings.append("Aucun bureau n'est défini pour ce fichier.")
    elif current.value not in offices:
        report.problems.append("Le bureau de ce fichier n'existe pas dans la base.")
    report.checked.append("Identifiants (UUID) et bureaux auteurs des modifications")
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, SharedRow):
            continue
        for row_id, office_id in session.execute(select(model.id, model.changed_by_office_id)):
            if not _is_uuid(row_id):
                report.problems.append(
                    f"{model.__tablename__} : identifiant invalide « {row_id} »."
                )
            if office_id is not None and office_id not in offices:
                report.problems.append(
                    f"{model.__tablename__} {row_id} : modifié par un bureau inconnu."
                )


def _check_duplicates(session: Session, report: CheckReport) -> None:
    """Two live records for the same SIRET are probably one structure typed twice."""
    report.checked.append("Doublons de SIRET")
    for model, label in ((Association, "associations"), (Company, "entreprises")):
        duplicates = session.execute(
            select(model.siret, func.count())
            .where(model.siret != "", model.deleted_at.is_(None))
            .group_by(model.siret)
            .having(func.count() > 1)
        ).all()
        for siret, count in duplicates:
            report.warnings.append(f"{count} {label} partagent le SIRET {siret}.")


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False
