"""`python -m checker` runs the crosscheck CLI."""

from checker.cli import console_main

console_main()
