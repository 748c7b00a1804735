"""The command line: every command calls services, prints French, and never shows a traceback.

Scripts outside the project rely on these commands and their exit codes:
0 success, 1 user error (one French line on stderr), 2 usage error.
Qt is imported only when the window is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from dla_desktop import __version__
from dla_desktop.domain.errors import DatabaseFileError, DlaError

if TYPE_CHECKING:
    from email.headerregistry import Address

    from sqlalchemy.orm import Session

    from dla_desktop.db.database import Database
    from dla_desktop.documents.email_drafts import StagedWave
    from dla_desktop.domain.imports import ImportTarget
    from dla_desktop.domain.merging import MergePlan, MergeSummary
    from dla_desktop.domain.questionnaire_forms import WaveMail
    from dla_desktop.domain.spreadsheets import SheetData
    from dla_desktop.services.imports import ImportPlan, ImportSummary

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
LISTABLE = ("programmes", "associations", "companies", "meetings", "sessions", "funders")
EXPORTS = ("evaluation", "dossiers", "attendance-sheet", "funder-summary", "workbook", "followup")
FOLLOWUP = "followup"
IMPORTS = ("associations", "companies", "contacts", "participants")
MATCH_CHOICES = ("merge", "skip", "create")
MERGE_PREFERENCES = ("mine", "theirs", "newest")

_ARGPARSE_MESSAGES = {
    "the following arguments are required": "arguments obligatoires manquants",
    "invalid choice": "choix invalide",
    "unrecognized arguments": "arguments non reconnus",
    "expected one argument": "une valeur est attendue",
    "(choose from": "(choix :",
}


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Argparse's help, with a French usage prefix."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "Utilisation : " if prefix is None else prefix)


class FrenchArgumentParser(argparse.ArgumentParser):
    """Usage errors in French, exit code 2."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        for english, french in _ARGPARSE_MESSAGES.items():
            message = message.replace(english, french)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog} : erreur d'utilisation : {message}\n")


def build_parser() -> FrenchArgumentParser:
    parser = FrenchArgumentParser(
        prog="dla-desktop",
        description="DLA Desktop : accompagnements collectifs, partenariats, évaluations.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"DLA Desktop {__version__}",
        help="afficher la version et quitter",
    )
    commands = parser.add_subparsers(
        dest="command", title="commandes", metavar="COMMANDE", parser_class=FrenchArgumentParser
    )
    demo = commands.add_parser("demo", help="écrire la base de démonstration (sans écraser)")
    demo.add_argument("db", metavar="BASE", type=Path)
    check = commands.add_parser("check", help="vérifier l'intégrité d'une base")
    check.add_argument("db", metavar="BASE", type=Path)
    listing = commands.add_parser("list", help="lister les fiches : identifiant, tabulation, nom")
    listing.add_argument(
        "kind",
        choices=LISTABLE,
        metavar="TYPE",
        help="programmes, associations, companies, meetings, sessions ou funders",
    )
    listing.add_argument("db", metavar="BASE", type=Path)
    _add_export_parser(commands)
    _add_import_parser(commands)
    indicators = commands.add_parser("indicators", help="indicateurs d'un programme")
    indicators.add_argument("db", metavar="BASE", type=Path)
    indicators.add_argument("programme", metavar="PROGRAMME", help="identifiant ou intitulé exact")
    indicators.add_argument("--json", action="store_true", help="sortie JSON")
    _add_schedule_parser(commands)
    _add_sharing_parsers(commands)
    _add_questionnaire_parsers(commands)
    return parser


def _add_questionnaire_parsers(commands: argparse._SubParsersAction) -> None:
    """``questionnaires`` writes a wave's forms and drafts; ``import-answers`` reads them back."""
    send = commands.add_parser(
        "questionnaires",
        help="écrire les questionnaires de suivi à envoyer (PDF à remplir et brouillons e-mail)",
        description=(
            "Pour chaque association du programme qui ne l'a pas encore reçue, écrit le "
            "questionnaire PDF à remplir et un brouillon d'e-mail (.eml) qui le joint, puis "
            "note la vague comme envoyée aujourd'hui. Sans --wave : toutes les vagues dont "
            "la date est arrivée."
        ),
    )
    send.add_argument("db", metavar="BASE", type=Path)
    send.add_argument("programme", metavar="PROGRAMME", help="identifiant ou intitulé exact")
    send.add_argument("out", metavar="DOSSIER", type=Path, help="dossier où écrire les fichiers")
    send.add_argument(
        "--wave", type=_months, metavar="MOIS", help="la vague à N mois après la fin seulement"
    )
    send.add_argument(
        "--resend",
        action="store_true",
        help="récrire aussi les questionnaires déjà envoyés restés sans réponse",
    )
    send.add_argument("--today", type=_issue_date, help=argparse.SUPPRESS)
    answers = commands.add_parser(
        "import-answers",
        help="importer les questionnaires PDF remplis renvoyés par les associations",
        description=(
            "Lit chaque questionnaire rempli, le rattache à l'association et à la vague "
            "grâce à son identifiant, et enregistre la réponse. Un fichier déjà importé ou un "
            "questionnaire qui a déjà sa réponse est ignoré ; un fichier étranger ou modifié "
            "est refusé (code de sortie 1) ; les autres sont enregistrés."
        ),
    )
    answers.add_argument("db", metavar="BASE", type=Path)
    answers.add_argument(
        "files", metavar="FICHIER", type=Path, nargs="+", help="questionnaires PDF remplis"
    )
    answers.add_argument(
        "--dry-run", action="store_true", help="afficher le rapport sans rien écrire"
    )
    answers.add_argument(
        "--create-partnerships",
        action="store_true",
        help="partenariat obtenu : le créer (ou le mettre à jour) dans les partenariats",
    )
    answers.add_argument("--today", type=_issue_date, help=argparse.SUPPRESS)


def _months(value: str) -> int:
    """--wave: a number of months, 1 to 120."""
    if not value.isdigit() or not 1 <= int(value) <= 120:
        raise argparse.ArgumentTypeError(f"« {value} » n'est pas un nombre de mois (1 à 120)")
    return int(value)


def _add_sharing_parsers(commands: argparse._SubParsersAction) -> None:
    """``send BASE SORTIE`` and ``backups [BASE]``: copies for another office, backups."""
    send = commands.add_parser(
        "send",
        help="écrire une copie cohérente de la base pour un autre bureau",
        description=(
            "Écrit une copie vérifiée de la base, même pendant qu'elle est ouverte. "
            "Si SORTIE est un dossier, le nom dit quel bureau envoie et quand "
            "(« DLA Desktop - CBE de Lille - 2026-11-23 17h10.dla »)."
        ),
    )
    send.add_argument("db", metavar="BASE", type=Path)
    send.add_argument("out", metavar="SORTIE", type=Path, help="fichier .dla ou dossier")
    send.add_argument("--force", action="store_true", help="remplacer un fichier existant")
    backups = commands.add_parser(
        "backups",
        help="lister les sauvegardes automatiques",
        description=(
            "Liste les sauvegardes du dossier de sauvegarde, les plus récentes d'abord : "
            "date, motif, taille, chemin (séparés par des tabulations)."
        ),
    )
    backups.add_argument(
        "db", metavar="BASE", type=Path, nargs="?", help="seulement les sauvegardes de cette base"
    )
    _add_merge_parser(commands)


def _add_merge_parser(commands: argparse._SubParsersAction) -> None:
    """``merge BASE REÇU``: bring another office's copy into the base, conflicts shown."""
    merge = commands.add_parser(
        "merge",
        help="fusionner un fichier reçu d'un autre bureau",
        description=(
            "Affiche ce que le fichier reçu apporte (créations, modifications, suppressions), "
            "les conflits champ par champ et les doublons, puis fusionne dans la base après "
            "une sauvegarde. Le fichier reçu n'est jamais modifié. Tant qu'un conflit reste, "
            "rien n'est écrit sans --prefer."
        ),
    )
    merge.add_argument("db", metavar="BASE", type=Path)
    merge.add_argument("theirs", metavar="REÇU", type=Path, help="fichier .dla d'un autre bureau")
    merge.add_argument("--dry-run", action="store_true", help="afficher le résumé sans rien écrire")
    merge.add_argument(
        "--prefer",
        choices=MERGE_PREFERENCES,
        metavar="CHOIX",
        help="conflits : mine (mes valeurs), theirs (les leurs), newest (la plus récente)",
    )
    merge.add_argument(
        "--fuse-duplicates",
        action="store_true",
        help="fusionner les doublons proposés (même SIRET, RNA ou SIREN)",
    )
    merge.add_argument(
        "--upgrade",
        action="store_true",
        help="fichier d'une version plus ancienne : en mettre à jour une copie avant de fusionner",
    )
    merge.add_argument("--json", action="store_true", help="sortie JSON")


def _add_schedule_parser(commands: argparse._SubParsersAction) -> None:
    """``schedule BASE RENCONTRE``: the stored schedule of a meeting, and its printed material."""
    schedule = commands.add_parser(
        "schedule",
        help="planning d'une rencontre (speed dating), en texte, JSON ou PDF",
        description=(
            "Affiche le planning enregistré d'une rencontre (rotations, tables, horaires, "
            "rencontres qui n'auront pas lieu) ; s'il n'y en a pas, le planning calculé "
            "sans l'enregistrer. La base n'est jamais modifiée."
        ),
    )
    schedule.add_argument("db", metavar="BASE", type=Path)
    schedule.add_argument(
        "meeting",
        metavar="RENCONTRE",
        help="identifiant (voir « list meetings ») ou intitulé exact",
    )
    schedule.add_argument(
        "--pdf",
        metavar="DOSSIER",
        type=Path,
        help="écrire les documents à imprimer (grille, agendas, chevalets, liste, règles)",
    )
    schedule.add_argument("--json", action="store_true", help="sortie JSON")


def _add_export_parser(commands: argparse._SubParsersAction) -> None:
    """``export KIND BASE WHICH OUT``: the PDF documents and the workbook, without a screen."""
    export = commands.add_parser(
        "export",
        help="écrire un document PDF ou un classeur",
        description=(
            "evaluation BASE PROGRAMME SORTIE.pdf : rapport d'évaluation d'un programme ; "
            "dossiers BASE PROGRAMME DOSSIER : dossiers de partenariat du programme ; "
            "attendance-sheet BASE SÉANCE SORTIE.pdf : feuille d'émargement ; "
            "funder-summary BASE FINANCEUR SORTIE.pdf : synthèse d'un financeur ; "
            "workbook BASE PROGRAMME SORTIE.xlsx : classeur du programme "
            "(une feuille par tableau) ; "
            "followup BASE PROGRAMME SORTIE.xlsx : synthèse du suivi (une ligne par association, "
            "jours, actions, prochaine étape, vagues de questionnaire)."
        ),
    )
    export.add_argument("kind", choices=EXPORTS, metavar="DOCUMENT", help=", ".join(EXPORTS))
    export.add_argument("db", metavar="BASE", type=Path)
    export.add_argument(
        "which",
        metavar="QUOI",
        help="programme, séance ou financeur : identifiant (voir « list ») ou nom exact",
    )
    export.add_argument("out", metavar="SORTIE", type=Path, help="fichier PDF ou .xlsx, ou dossier")
    export.add_argument(
        "--date",
        type=_issue_date,
        metavar="JJ/MM/AAAA",
        help="date d'édition imprimée (par défaut : aujourd'hui)",
    )
    export.add_argument(
        "--reproductible",
        action="store_true",
        help="date de création fixe : mêmes données, mêmes octets (pour comparer)",
    )


def _add_import_parser(commands: argparse._SubParsersAction) -> None:
    """``import TARGET BASE FICHIER``: a spreadsheet into the base, as the wizard does."""
    imports = commands.add_parser(
        "import",
        help="importer un tableur (.xlsx, .ods, .csv)",
        description=(
            "Importe les lignes d'un tableur : associations, entreprises (companies), contacts, "
            "ou participants d'un programme (--programme). Les colonnes sont reconnues à leur "
            "en-tête (Nom, SIRET, Code postal, Commune...) sauf si --map les désigne. Rien "
            "n'est écrit tant qu'une ligne est rejetée, sauf avec --skip-rejected."
        ),
    )
    imports.add_argument("target", choices=IMPORTS, metavar="CIBLE", help=", ".join(IMPORTS))
    imports.add_argument("db", metavar="BASE", type=Path)
    imports.add_argument("file", metavar="FICHIER", type=Path, help="fichier .xlsx, .ods ou .csv")
    imports.add_argument(
        "--map",
        metavar="CORRESPONDANCE",
        help='colonnes du fichier vers les champs, ex. "Nom=name,Ville=town" (champ ou libellé)',
    )
    imports.add_argument("--sheet", metavar="FEUILLE", help="feuille du classeur à lire")
    imports.add_argument(
        "--programme",
        metavar="PROGRAMME",
        help="participants : programme, identifiant ou intitulé exact",
    )
    imports.add_argument(
        "--dry-run", action="store_true", help="afficher le rapport sans rien écrire"
    )
    imports.add_argument(
        "--skip-rejected",
        action="store_true",
        help="importer les autres lignes quand certaines sont rejetées",
    )
    imports.add_argument(
        "--on-match",
        choices=MATCH_CHOICES,
        default="merge",
        metavar="CHOIX",
        help="fiche déjà connue : merge (compléter, par défaut), skip (ignorer), create (créer)",
    )


def _issue_date(value: str) -> date:
    """The --date option, read like the forms read dates."""
    from dla_desktop.domain.dates import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date illisible « {value} » (JJ/MM/AAAA)") from None


def build_window_parser() -> FrenchArgumentParser:
    parser = FrenchArgumentParser(prog="dla-desktop", description="Ouvrir la fenêtre.")
    parser.add_argument("db", metavar="BASE", type=Path, nargs="?", help="base à ouvrir")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to a command, or open the window when the first word is not a command."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {
        *("demo", "check", "list", "indicators", "export", "import", "schedule"),
        *("send", "backups", "merge", "questionnaires", "import-answers"),
        *("--version", "-h", "--help"),
    }
    try:
        if args and args[0] in commands:
            options = build_parser().parse_args(args)
            return COMMANDS[options.command](options)
        window_options = build_window_parser().parse_args(args)
        return open_window(window_options.db)
    except DlaError as error:
        print(f"dla-desktop : {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `dla-desktop list ... | head`: the reader has all it wanted
        _silence_stdout()
        return EXIT_OK
    except OSError as error:
        where = f" « {error.filename} »" if error.filename else ""
        print(
            f"dla-desktop : fichier inaccessible{where} (erreur système {error.errno}).",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception:  # a bug: the user gets one French line, the details go to the log
        from dla_desktop.errorlog import log_exception

        log = log_exception(f"dla-desktop {' '.join(args)}")
        print(f"dla-desktop : erreur inattendue ; détails enregistrés dans {log}.", file=sys.stderr)
        return EXIT_USER_ERROR


def _silence_stdout() -> None:
    """After a broken pipe, send what Python still flushes at exit to /dev/null."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def open_window(path: Path | None) -> int:
    """The desktop application; a mistyped path is said on the terminal before Qt starts."""
    if path is not None and not path.exists():
        raise DatabaseFileError(f"Le fichier « {path} » est introuvable.")
    from dla_desktop.app import run_app  # Qt only when a window is wanted

    return run_app(path)


def run_demo(options: argparse.Namespace) -> int:
    from dla_desktop.services.demo import write_demo

    write_demo(options.db)
    print(f"Base de démonstration écrite : {options.db}")
    return EXIT_OK


def run_check(options: argparse.Namespace) -> int:
    from dla_desktop.db.checks import check_database
    from dla_desktop.db.database import open_database

    database = open_database(options.db, upgrade=False)
    try:
        report = check_database(database)
    finally:
        database.close()
    print(f"Vérification de {options.db}")
    for line in report.checked:
        print(f"  ✓ {line}")
    for line in report.warnings:
        print(f"  ! {line}")
    for line in report.problems:
        print(f"  ✗ {line}")
    if report.ok:
        print("Aucun problème trouvé.")
        return EXIT_OK
    print(f"dla-desktop : {len(report.problems)} problème(s) trouvé(s).", file=sys.stderr)
    return EXIT_USER_ERROR


def run_list(options: argparse.Namespace) -> int:
    from dla_desktop.services import associations, companies, funders, meetings, programmes

    listers: dict[str, Callable] = {
        "programmes": lambda s: [(r.id, r.title) for r in programmes.list_programmes(s)],
        "associations": lambda s: [(r.id, r.name) for r in associations.list_associations(s)],
        "companies": lambda s: [(r.id, r.name) for r in companies.list_companies(s)],
        "meetings": lambda s: [(r.id, r.title) for r in meetings.list_meetings(s)],
        "sessions": _session_lines,
        "funders": lambda s: [(r.id, r.name) for r in funders.list_funders(s)],
    }
    with _reading(options.db) as session:
        rows = listers[options.kind](session)
    out = sys.stdout
    for row_id, name in rows:
        out.write(f"{row_id}\t{_one_line(name)}\n")
    return EXIT_OK


def run_indicators(options: argparse.Namespace) -> int:
    from dla_desktop.cli_output import indicators_as_json, indicators_as_text
    from dla_desktop.services.indicators import programme_indicators
    from dla_desktop.services.programmes import find_programme

    with _reading(options.db) as session:
        programme = find_programme(session, options.programme)
        figures = programme_indicators(session, programme.id)
    if options.json:
        print(json.dumps(indicators_as_json(figures), ensure_ascii=False, indent=2))
    else:
        print(indicators_as_text(figures))
    return EXIT_OK


def run_schedule(options: argparse.Namespace) -> int:
    """Read the meeting's plan in one short visit, then print it (and write the PDFs)."""
    from dla_desktop.cli_output import schedule_as_json, schedule_as_text
    from dla_desktop.services.meeting_schedule import meeting_plan
    from dla_desktop.services.meetings import find_meeting

    with _reading(options.db) as session:
        plan = meeting_plan(session, find_meeting(session, options.meeting).id)
    written: list[Path] = []
    if options.pdf is not None:
        from dla_desktop.documents.pdf.meeting_materials import write_meeting_materials

        written = write_meeting_materials(plan, options.pdf)
    if options.json:
        data = schedule_as_json(plan)
        if options.pdf is not None:
            data["documents"] = [str(path) for path in written]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif options.pdf is not None:
        print(f"{len(written)} documents écrits dans « {options.pdf} » :")
        for path in written:
            print(f"  {path.name}")
    else:
        print(schedule_as_text(plan), end="")
    return EXIT_OK


def run_send(options: argparse.Namespace) -> int:
    """Name the copy after the office working in the base, then write it, checked."""
    from dla_desktop.services.offices import current_office
    from dla_desktop.sharing.copies import send_copy

    with _reading(options.db) as session:
        office = current_office(session)
    name = office.name if office is not None else options.db.stem
    written = send_copy(options.db, options.out, office_name=name, overwrite=options.force)
    print(f"Copie écrite : {written}")
    return EXIT_OK


def run_backups(options: argparse.Namespace) -> int:
    """One line per backup; the base itself need not exist (it may be the one lost)."""
    from dla_desktop.cli_output import backup_line
    from dla_desktop.paths import backup_dir
    from dla_desktop.sharing.backups import list_backups

    folder = backup_dir()
    found = list_backups(folder, None if options.db is None else options.db.stem)
    if not found:
        of = "" if options.db is None else f" de « {options.db.stem} »"
        print(f"Aucune sauvegarde{of} dans « {folder} ».")
    for info in found:
        print(backup_line(info))
    return EXIT_OK


def run_merge(options: argparse.Namespace) -> int:
    """Plan on a private copy of the received file; apply after a backup, in one transaction."""
    import tempfile

    from dla_desktop.db.database import open_database

    if options.theirs.resolve() == options.db.resolve():
        raise DlaError(
            f"« {options.theirs.name} » est la base elle-même : "
            "indiquez le fichier reçu d'un autre bureau."
        )
    with tempfile.TemporaryDirectory(prefix="dla-fusion-", ignore_cleanup_errors=True) as folder:
        theirs = _their_copy(options, Path(folder))
        database = open_database(options.db)
        try:
            return _merge_into(database, theirs, options)
        finally:
            database.close()


def _their_copy(options: argparse.Namespace, folder: Path) -> Path:
    """The received file checked and copied (upgraded with --upgrade); an older one says how."""
    from dla_desktop.services.merging import OlderFileError, prepare_their_copy

    try:
        return prepare_their_copy(options.theirs, folder, upgrade=options.upgrade)
    except OlderFileError as error:
        raise DlaError(
            f"{error.message} Ajoutez --upgrade pour fusionner une copie mise à niveau."
        ) from None


def _merge_into(database: Database, theirs: Path, options: argparse.Namespace) -> int:
    """Print the plan; stop there (dry run, nothing new, conflicts left) or apply it."""
    from dataclasses import replace

    from dla_desktop.cli_merge import merge_as_json, plan_as_text, summary_as_text
    from dla_desktop.services.merging import plan_merge

    name = options.theirs.name
    with database.reading() as session:
        plan = plan_merge(session, theirs, file_name=name)
        if options.fuse_duplicates and plan.duplicates:
            # fusing can reveal conflicts (their twin's links then meet ours): print the real ones
            fuse = frozenset(duplicate.key for duplicate in plan.duplicates)
            fused = plan_merge(session, theirs, file_name=name, fuse=fuse)
            plan = replace(fused, duplicates=plan.duplicates)  # still listed, to be fused
    if not options.json:
        print(plan_as_text(plan))
    refusal = _merge_refusal(plan, options)
    if options.dry_run or plan.nothing_to_do or refusal:
        if options.json:
            print(json.dumps(merge_as_json(plan), ensure_ascii=False, indent=2))
        elif plan.nothing_to_do:
            print(f"Rien à fusionner : « {name} » n'apporte rien de nouveau.")
        elif options.dry_run:
            print("Aucune modification (--dry-run).")
        if refusal:
            print(f"dla-desktop : {refusal}", file=sys.stderr)
            return EXIT_USER_ERROR
        return EXIT_OK
    backup, summary = _apply_merge(database, theirs, plan, options)
    if options.json:
        print(json.dumps(merge_as_json(plan, summary, backup), ensure_ascii=False, indent=2))
    else:
        print(summary_as_text(summary))
    return EXIT_OK


def _merge_refusal(plan: MergePlan, options: argparse.Namespace) -> str:
    """Why the merge cannot go on as asked (conflicts and no --prefer), or ""."""
    if options.dry_run or not plan.conflicts or options.prefer is not None:
        return ""
    from dla_desktop.domain.text import plural

    conflicts = plural(len(plan.conflicts), "conflit non résolu", "conflits non résolus")
    return f"{conflicts} : rien n'a été fusionné (choisissez avec --prefer mine, theirs ou newest)."


def _apply_merge(
    database: Database, theirs: Path, plan: MergePlan, options: argparse.Namespace
) -> tuple[Path | None, MergeSummary]:
    """Back the base up (said at once: it is the way back), then merge in one transaction."""
    from dla_desktop.domain.merging import MergeChoices, Preference
    from dla_desktop.services.merging import apply_merge
    from dla_desktop.sharing.backups import BackupReason, automatic_backup

    backup = automatic_backup(options.db, BackupReason.BEFORE_MERGE)
    if not options.json:
        print(f"Sauvegarde avant fusion : {backup}")
    choices = MergeChoices(
        prefer=None if options.prefer is None else Preference(options.prefer),
        fuse=frozenset(duplicate.key for duplicate in plan.duplicates if options.fuse_duplicates),
    )
    with database.transaction() as session:
        summary = apply_merge(
            session,
            theirs,
            choices,
            file_name=options.theirs.name,
            backup_path="" if backup is None else str(backup),
        )
    return backup, summary


def _session_lines(session: Session) -> list[tuple[str, str]]:
    """Every session as ``date — programme — type — title``, to find the one to export."""
    from dla_desktop.domain.dates import format_date
    from dla_desktop.services.attendance import list_sessions
    from dla_desktop.services.programmes import list_programmes

    lines = []
    for programme in list_programmes(session):
        for seance in list_sessions(session, programme.id):
            parts = [format_date(seance.date), programme.title, seance.kind.label, seance.title]
            lines.append((seance.id, " — ".join(part for part in parts if part)))
    return lines


def run_export(options: argparse.Namespace) -> int:
    """Read what the document shows in one short visit, then write the PDF (or the folder)."""
    from dla_desktop.services import exports

    if options.kind == FOLLOWUP:
        return _export_followup(options)
    issued_on = options.date or date.today()
    with _reading(options.db) as session:
        job = exports.prepare(session, options.kind, options.which, issued_on)
    written = exports.write(job, options.out, deterministic=options.reproductible)
    print(exports.describe(job, written, options.out))
    return EXIT_OK


def _export_followup(options: argparse.Namespace) -> int:
    """The programme's follow-up summary, written as a one-sheet workbook."""
    from dla_desktop.services import exports
    from dla_desktop.services.followup_summary import followup_summary_table
    from dla_desktop.services.programmes import find_programme

    with _reading(options.db) as session:
        programme = find_programme(session, options.which)
        table = followup_summary_table(session, programme.id)
    job = exports.ExportJob(exports.WORKBOOK, programme.title, (table,))
    written = exports.write(job, options.out, deterministic=options.reproductible)
    print(f"Synthèse du suivi écrite : {written[0]}")
    return EXIT_OK


def run_questionnaires(options: argparse.Namespace) -> int:
    """Mark the waves sent and write their files in one transaction: a write failure marks none."""
    from dla_desktop.cli_followup import no_wave_due, wave_report
    from dla_desktop.domain.followup_due import parse_waves
    from dla_desktop.services.programmes import find_programme
    from dla_desktop.services.questionnaire_forms import send_wave, waves_due

    today = options.today or date.today()
    if options.out.exists() and not options.out.is_dir():
        raise DlaError(f"« {options.out} » est un fichier : indiquez un dossier.")
    waves_sent: list[tuple[int, list[WaveMail], StagedWave | None]] = []
    try:
        with _writing(options.db) as session:
            programme = find_programme(session, options.programme)
            if options.wave is not None:
                waves: tuple[int, ...] = (options.wave,)
            else:
                waves = waves_due(session, programme.id, today=today, resend=options.resend)
            if not waves:
                planned = parse_waves(programme.questionnaire_waves)
                print(no_wave_due(programme.title, planned, programme.end_date, today))
                return EXIT_OK
            for months in waves:
                mails = send_wave(session, programme.id, months, today=today, resend=options.resend)
                waves_sent.append((months, mails, _stage_wave(mails, options.out)))
        lines: list[str] = []
        for months, mails, staged in waves_sent:  # committed: the files may now appear
            written = _publish(staged, options.out)
            folder = staged.folder if staged else options.out
            lines.extend(wave_report(months, mails, written, folder, resend=options.resend))
    finally:
        for _months, _mails, staged in waves_sent:
            if staged is not None:
                staged.discard()  # nothing left behind by a failed wave (no-op once published)
    print("\n".join(lines))
    return EXIT_OK


def _stage_wave(mails: Sequence[WaveMail], out: Path) -> StagedWave | None:
    """The forms and drafts of one wave, hidden until the marks are committed."""
    if not mails:
        return None
    from dla_desktop.documents.email_drafts import stage_wave
    from dla_desktop.services.exports import writing

    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
        return stage_wave(mails, out, sender=_office_sender(mails[0]))


def _office_sender(mail: WaveMail) -> Address | str:
    """The drafts' From: the office, with its address when it has one."""
    from dla_desktop.documents.email_drafts import mail_address

    name, address = mail.content.office_name, mail.content.office_email
    return mail_address(name, address) if address else name


def _publish(staged: StagedWave | None, out: Path) -> list[Path]:
    """Move a committed wave's files into its folder (an OSError becomes a French message)."""
    if staged is None:
        return []
    from dla_desktop.services.exports import writing

    with writing(out):
        return staged.publish()


def run_import_answers(options: argparse.Namespace) -> int:
    """Store the forms that are ready in one transaction; exit 1 when any file was refused."""
    from dla_desktop.cli_followup import answer_line, answers_summary, partnership_hint
    from dla_desktop.domain.questionnaire_forms import AnswerFate
    from dla_desktop.domain.text import plural
    from dla_desktop.services.questionnaire_forms import apply_answer_import, plan_answer_import

    today = options.today or date.today()
    summary = None
    with _reading(options.db) if options.dry_run else _writing(options.db) as session:
        rows = plan_answer_import(session, options.files, today=today)
        if not options.dry_run:
            confirmed = {
                row.questionnaire_id
                for row in rows
                if row.proposes_partnership and row.questionnaire_id and options.create_partnerships
            }
            summary = apply_answer_import(session, rows, partnerships_for=confirmed, today=today)
    for row in rows:
        print(answer_line(row, dry_run=options.dry_run))
    print("Aucune modification (--dry-run)." if summary is None else answers_summary(summary))
    hint = "" if options.create_partnerships else partnership_hint(rows, dry_run=options.dry_run)
    if hint:
        print(hint)
    refused = sum(1 for row in rows if row.fate is AnswerFate.REFUSED)
    if refused:
        files = plural(refused, "fichier refusé", "fichiers refusés")
        print(f"dla-desktop : {files} (raison ci-dessus).", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def run_import(options: argparse.Namespace) -> int:
    """Read the file, plan every row, print the report; write it all in one transaction, or none."""
    from dla_desktop.cli_output import import_report_as_text
    from dla_desktop.documents.spreadsheets.reading import read_sheet
    from dla_desktop.domain.imports import ImportTarget
    from dla_desktop.domain.spreadsheets import ReadOptions

    usage = _import_usage(options)
    if usage:
        print(f"dla-desktop import : erreur d'utilisation : {usage}", file=sys.stderr)
        return EXIT_USAGE
    target = ImportTarget(options.target)
    sheet = read_sheet(options.file, ReadOptions(sheet=options.sheet))  # before the base: no trace
    mapping = _import_mapping(options.map, sheet.headers, target)
    plan, summary = _import_into(options, target, sheet, mapping)
    print(import_report_as_text(sheet, plan))
    if options.dry_run:
        print("Aucune modification (--dry-run).")
        return EXIT_OK
    if summary is None:
        from dla_desktop.domain.import_plans import RowFate
        from dla_desktop.domain.text import plural

        lines = plural(plan.count(RowFate.REJECTED), "ligne rejetée", "lignes rejetées")
        print(
            f"dla-desktop : {lines} : rien n'a été importé "
            "(corrigez le fichier, ou ajoutez --skip-rejected pour importer les autres lignes).",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    print(f"Import terminé : {summary.describe()}.")
    return EXIT_OK


def _import_usage(options: argparse.Namespace) -> str:
    """What is wrong with the options together (argparse checks them one by one)."""
    if options.target == "participants" and not options.programme:
        return "--programme PROGRAMME est obligatoire pour importer des participants."
    if options.target != "participants" and options.programme:
        return "--programme ne sert qu'à « import participants »."
    return ""


def _import_mapping(
    text: str | None, headers: Sequence[str], target: ImportTarget
) -> dict[int, str]:
    """--map when given (French error naming what is possible), else the headers' guess."""
    from dla_desktop.domain.imports import guess_mapping, mapping_from_text

    if text is None:
        return guess_mapping(headers, target)
    try:
        return mapping_from_text(text, headers, target)
    except ValueError as error:
        raise DlaError(f"--map : {error}") from None


def _import_into(
    options: argparse.Namespace, target: ImportTarget, sheet: SheetData, mapping: dict[int, str]
) -> tuple[ImportPlan, ImportSummary | None]:
    """Plan, then apply unless --dry-run or rows are rejected: (plan, summary or None)."""
    from dla_desktop.domain.errors import ValidationError
    from dla_desktop.services.imports import MatchChoice, RowFate, apply_import, plan_import
    from dla_desktop.services.programmes import find_programme

    with _reading(options.db) if options.dry_run else _writing(options.db) as session:
        programme = find_programme(session, options.programme) if options.programme else None
        try:
            plan = plan_import(
                session, target, sheet, mapping, programme_id=programme and programme.id
            )
        except ValidationError as error:
            if options.map is None and "mapping" in error.errors:
                hint = 'Indiquez les colonnes avec --map "En-tête=champ,...".'
                raise DlaError(f"{error.message} {hint}") from None
            raise
        if options.dry_run or (plan.count(RowFate.REJECTED) and not options.skip_rejected):
            return plan, None
        summary = apply_import(
            session,
            plan,
            default_choice=MatchChoice(options.on_match),
            skip_rejected=options.skip_rejected,
        )
    return plan, summary


@contextmanager
def _writing(path: Path) -> Iterator[Session]:
    """Open a file, hand out one transaction (all or nothing), close the file."""
    from dla_desktop.db.database import open_database

    database = open_database(path)
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.close()


@contextmanager
def _reading(path: Path) -> Iterator[Session]:
    """Open a file, hand out a read session, close the file: one short visit."""
    from dla_desktop.db.database import open_database

    database = open_database(path)
    try:
        with database.reading() as session:
            yield session
    finally:
        database.close()


def _one_line(text: str) -> str:
    """A name on one line, so ``id<TAB>name`` stays one record per line."""
    return " ".join(text.split())


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": run_demo,
    "check": run_check,
    "list": run_list,
    "indicators": run_indicators,
    "export": run_export,
    "import": run_import,
    "schedule": run_schedule,
    "send": run_send,
    "backups": run_backups,
    "merge": run_merge,
    "questionnaires": run_questionnaires,
    "import-answers": run_import_answers,
}
