"""crosscheck: find where news sources disagree on the numbers."""

__version__ = "0.1.0"

from checker import accel as _accel  # the compiled modules, if built and current, load from here on

_accel.install()
