"""Computations of the plugin: no dialogs and no desktop interface, testable on their own."""
