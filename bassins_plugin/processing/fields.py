"""Output field lists: input fields plus new ones, replacing same-named fields (re-runs stay clean)."""
from typing import List, Sequence, Tuple

from qgis.core import QgsField, QgsFields


def output_fields(input_fields: QgsFields, new_fields: Sequence[QgsField]) -> Tuple[QgsFields, List[int]]:
    """Return (fields, kept input indexes): input fields whose name is not among the new ones, then the new."""
    new_names = {f.name().lower() for f in new_fields}
    fields = QgsFields()
    keep = []
    for i, f in enumerate(input_fields):
        if f.name().lower() in new_names:
            continue
        fields.append(f)
        keep.append(i)
    for f in new_fields:
        fields.append(f)
    return fields, keep


def field_list(*specs) -> QgsFields:
    """QgsFields from (name, kind[, length]) tuples; kinds are compat's DOUBLE, INT, LONG, STRING, BOOL."""
    from ..compat import make_field

    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(*spec))
    return fields
