"""The action-proposals schema: field names and stored codes are API, labels are translated."""
from qgis.core import QgsFields
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import DOUBLE, INT, STRING, make_field

THEME_CODES = ("health", "mobility", "public_services", "employment_training", "other")
STATUS_CODES = ("idea", "studied", "funded", "done")


def tr(text: str) -> str:
    return QCoreApplication.translate("ProposalSchema", text)


def theme_labels() -> dict:
    """Labels of the stored theme codes in the current language (built when a layer is made or styled)."""
    return {
        "health": tr("Health"),
        "mobility": tr("Mobility"),
        "public_services": tr("Access to public services"),
        "employment_training": tr("Employment and training"),
        "other": tr("Other"),
    }


def status_labels() -> dict:
    return {
        "idea": tr("Idea"),
        "studied": tr("Studied"),
        "funded": tr("Funded"),
        "done": tr("Done"),
    }


def proposal_fields() -> QgsFields:
    fields = QgsFields()
    for f in (
        make_field("title", STRING, 254), make_field("theme", STRING, 30), make_field("site", STRING, 254),
        make_field("description", STRING, 1000), make_field("lead_actor", STRING, 254),
        make_field("partners", STRING, 254), make_field("horizon", INT), make_field("status", STRING, 20),
        make_field("cost_eur", DOUBLE), make_field("reach_m", DOUBLE),
    ):
        fields.append(f)
    return fields
