"""Country names in the user's language, for labels on maps (codes stay ISO 3166 alpha-2)."""
from typing import Dict, Optional

from .messages import tr


def country_names() -> Dict[str, str]:
    return {"FR": tr("France"), "DE": tr("Germany"), "BE": tr("Belgium"), "LU": tr("Luxembourg"),
            "CH": tr("Switzerland"), "IT": tr("Italy"), "MC": tr("Monaco"), "ES": tr("Spain"), "AD": tr("Andorra"),
            "NL": tr("Netherlands"), "AT": tr("Austria"), "GB": tr("United Kingdom")}


def country_name(code: Optional[str]) -> str:
    """The country's name, or its code when the plugin does not know it."""
    if not code:
        return ""
    return country_names().get(code.strip().upper(), code)
