"""法治信访 (fazhi-desktop): the desktop program of a county petition bureau and its township offices."""

__version__ = "0.1.0"
