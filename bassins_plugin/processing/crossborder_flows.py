"""bassins:crossborderflows: per-unit cross-border flow indicators."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..compat import DOUBLE, STRING
from ..core import flows as core_flows
from ..core.columns import plain_list
from .base import BassinsAlgorithm, Output
from .fields import field_list


class CrossBorderFlowsAlgorithm(BassinsAlgorithm):
    ALG_ID = "crossborderflows"
    GROUP_ID = "intensity"
    ICON = "flows.svg"

    UNITS = "UNITS"
    UNIT_ID = "UNIT_ID"
    COUNTRY = "COUNTRY"
    ACTIVE = "ACTIVE"
    FLOWS = "FLOWS"
    ORIGIN = "ORIGIN"
    DESTINATION = "DESTINATION"
    COUNT = "COUNT"
    THEME = "THEME"
    DESTINATION_COUNTRY = "DESTINATION_COUNTRY"
    JOBS = "JOBS"
    OUTPUT = "OUTPUT"
    OUTPUTS = {OUTPUT: Output("Units with cross-border indicators", QgsProcessing.TypeVectorPolygon, "indicators")}

    def displayName(self):
        return self.tr("Cross-border flow indicators")

    def tags(self):
        return self.tr("flows,commuting,cross-border,frontaliers,share,indicator").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Units (communes)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_ID, self.tr("Unit identifier field"), "unit_id", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY, self.tr("Country field"), "country", self.UNITS))
        self.addParameter(QgsProcessingParameterField(
            self.ACTIVE, self.tr("Employed residents field (for the share)"), "active", self.UNITS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.JOBS, self.tr("Jobs field (for the inbound share)"), "jobs", self.UNITS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.add_flows_inputs()
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_COUNTRY, self.tr("Destination country field (places abroad)"),
            None, self.FLOWS, optional=True))
        self.declare_outputs()

    def process(self, parameters, context, feedback):
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None:
            raise self.param_error(self.UNITS, self.tr("choose a polygon layer of units"))
        flows_src = self.parameterAsSource(parameters, self.FLOWS, context)
        if flows_src is None:
            raise self.param_error(self.FLOWS, self.tr("choose a flows table or layer"))
        names = {p: self.parameterAsString(parameters, p, context) for p in (
            self.UNIT_ID, self.COUNTRY, self.ACTIVE, self.JOBS, self.ORIGIN, self.DESTINATION, self.COUNT, self.THEME,
            self.DESTINATION_COUNTRY)}  # ACTIVE/JOBS: the usual names are resolved by the base
        on_units = (self.UNIT_ID, self.COUNTRY, self.ACTIVE, self.JOBS)
        self.check_fields([(p, v, units if p in on_units else flows_src) for p, v in names.items()])
        fids, unit_cols = self.columns(parameters, self.UNITS, context, units, [names[p] for p in on_units],
                                       feedback, with_fids=True)
        unit_cols = [None if c is None else plain_list(c) for c in unit_cols]
        if not len(fids):
            raise self.param_error(self.UNITS, self.tr("the layer has no feature"))
        self.check_canceled(feedback)
        flow_names = [names[p] for p in (self.ORIGIN, self.DESTINATION, self.COUNT, self.THEME,
                                         self.DESTINATION_COUNTRY)]
        columns = self.columns(parameters, self.FLOWS, context, flows_src, flow_names, feedback)
        feedback.pushInfo(self.tr("{n} flow rows read.").format(n=len(columns[0])))
        ids, countries, actives, jobs = unit_cols
        try:
            result = core_flows.compute_indicators(
                ids, countries, actives if names[self.ACTIVE] else None, columns[0], columns[1], columns[2],
                themes=columns[3], dest_countries=columns[4], jobs=jobs if names[self.JOBS] else None)
        except core_flows.FlowError as err:
            raise self.param_error(self.COUNT, self.tr("{e}; counts must be numbers ≥ 0").format(e=err)) from err
        self.check_canceled(feedback)
        self._log(result, feedback)
        self.log_id_matching(result.index, names[self.UNIT_ID], feedback)
        self._warn_null_shares(result, names[self.ACTIVE], names[self.JOBS], feedback)
        dest_id = self._write(parameters, context, units, fids, result, bool(names[self.JOBS]), feedback)
        return {self.OUTPUT: dest_id}

    def _write(self, parameters, context, units, fids, result, with_jobs: bool, feedback):
        """The units plus indicator fields (existing same-named fields are replaced)."""
        theme_names = sorted(result.by_theme)
        specs = [("cb_out", DOUBLE), ("cb_in", DOUBLE), ("cb_share", DOUBLE), ("cb_top_dest", STRING, 40)]
        columns = [result.cb_out, result.cb_in, result.cb_share, result.cb_top_dest]
        if with_jobs:
            specs.append(("cb_in_share", DOUBLE))
            columns.append(result.cb_in_share)
        specs += [(f"cb_out_{t}", DOUBLE) for t in theme_names]
        columns += [result.by_theme[t] for t in theme_names]
        return self.write_units(parameters, self.OUTPUT, context, units, fids, field_list(*specs), columns, feedback)

    def _warn_null_shares(self, result, active, jobs, feedback) -> None:
        """A share that is NULL everywhere is said, with its cause: never a silent column of NULLs."""
        if not active:
            feedback.pushWarning(self.tr(
                "Employed residents (ACTIVE) is not set: cb_share is NULL for every unit. Choose the field of "
                "employed residents (e.g. 'active', or 'active' from importcommuting's residents table)."))
        elif all(v is None for v in result.cb_share):
            feedback.pushWarning(self.tr(
                "cb_share is NULL for every unit: the field '{f}' has no positive number.").format(f=active))
        if jobs and all(v is None for v in result.cb_in_share):
            feedback.pushWarning(self.tr(
                "cb_in_share is NULL for every unit: the field '{f}' has no positive number.").format(f=jobs))
        if result.stats["used"] == 0:
            feedback.pushWarning(self.tr("No flow row could be used: every indicator is 0."))

    def _log(self, result, feedback):
        s = result.stats
        feedback.pushInfo(self.tr(
            "{rows} flow rows read, {used} used, {cb} cross-border rows totalling {tot:g}.").format(
            rows=s["rows"], used=s["used"], cb=s["cross_border_rows"], tot=s["cross_border_total"]))
        if s["null_counts"]:
            feedback.pushWarning(self.tr("{n} rows with an empty count were skipped.").format(n=s["null_counts"]))
        for label, rows_key, total_key, items in (
                (self.tr("origin"), "unmatched_origin_rows", "unmatched_origin_total", result.unmatched_origins),
                (self.tr("destination"), "unmatched_destination_rows", "unmatched_destination_total",
                 result.unmatched_destinations)):
            if s[rows_key]:
                top = sorted(items.items(), key=lambda kv: -kv[1])[:10]
                feedback.pushWarning(self.tr(
                    "{rows} flow rows (total {tot:g}) have an {what} that matches no unit and were not counted; "
                    "most frequent: {ids}").format(rows=s[rows_key], tot=s[total_key], what=label,
                                                   ids=", ".join(f"{k} ({v:g})" for k, v in top)))
        if s["ids_without_leading_zero"]:
            feedback.pushInfo(self.tr("{n} distinct flow ids had lost their leading zeros and were matched to the "
                                      "unit with them (1004 -> 01004).").format(n=s["ids_without_leading_zero"]))
        if s["ambiguous_ids"]:
            feedback.pushWarning(self.tr("{n} distinct flow ids match several units once leading zeros are added: "
                                         "not counted.").format(n=s["ambiguous_ids"]))
        if s["duplicate_unit_ids"]:
            feedback.pushWarning(self.tr("{n} duplicate unit identifiers: only the first unit of each is used.").format(
                n=s["duplicate_unit_ids"]))
        if s["units_without_country"]:
            feedback.pushWarning(self.tr("{n} units have no country: their flows cannot be cross-border.").format(
                n=s["units_without_country"]))
