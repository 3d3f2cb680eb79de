"""The two exceptions the core raises to the algorithms: a user error naming its parameter, and Cancel.

The base algorithm turns them into QgsProcessingException (translated, with the parameter's label).
"""
from typing import Optional


class UserError(ValueError):
    """Bad input the user can fix; ``parameter`` is the Processing parameter name to blame."""

    def __init__(self, message: str, parameter: Optional[str] = None):
        super().__init__(message)
        self.parameter = parameter


class Canceled(Exception):
    """The user pressed Cancel."""
