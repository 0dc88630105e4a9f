"""Renderers of one run's findings: HTML for people, CSV/JSON for pipelines. Each is a function of the run."""
