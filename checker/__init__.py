"""crosscheck: find where news sources disagree on the numbers."""

__version__ = "0.1.0"
