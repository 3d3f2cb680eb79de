"""Bassins de vie transfrontaliers: QGIS plugin entry point."""


def classFactory(iface):  # QGIS API name
    """Called by QGIS when the plugin is loaded."""
    from .plugin import BassinsPlugin

    return BassinsPlugin(iface)
