"""Exceptions raised inside crosscheck; the CLI turns them into one line and exit code 2."""


class CrosscheckError(Exception):
    """Base class for errors a user can fix (bad input, bad config, bad rule file)."""


class InputError(CrosscheckError):
    """An input file or folder cannot be read or parsed."""


class RuleError(CrosscheckError):
    """A rule file is malformed: unknown key, unknown check, duplicate id."""


class ConfigError(CrosscheckError):
    """The configuration is malformed: unknown key, bad value."""
