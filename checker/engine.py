"""The rules engine: load rules/*.yaml, validate them against the check registry, run them over facts.

A rule is data (id, name, check, severity, applies_to, params, why, fires, passes); a check is code. Unknown
keys, unknown checks, unknown parameters and reused ids are errors that name the file and line, so a typo in
`sevrity:` can never switch a rule off silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checker.checks import Corpus, RuleContext, load_all
from checker.errors import RuleError
from checker.model import Claim, Fact, Finding, Kind, Severity

RULE_KEYS = frozenset(
    {
        "id",
        "name",
        "check",
        "severity",
        "applies_to",
        "params",
        "why",
        "fires",
        "passes",
        "enabled",
        "title",
        "example_reference",
    }
)
REQUIRED_KEYS = ("id", "name", "check", "severity", "why", "fires", "passes")
_ID = re.compile(r"^CC[1-5]\d\d$")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
KIND_VALUES = frozenset(k.value for k in Kind)


@dataclass(frozen=True, slots=True)
class Example:
    """One article of a rule's fires/passes example: 'Outlet: text', optionally '[2024-05-14] Outlet: text'."""

    source: str
    text: str
    published: str = "2024-05-14"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    check: str
    severity: Severity
    why: str
    fires: tuple[Example, ...]
    passes: tuple[Example, ...]
    applies_to: frozenset[str] = frozenset()
    params: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True
    title: str = ""
    path: str = ""
    line: int = 0
    example_reference: tuple[Mapping[str, Any], ...] = ()  # reference facts the examples are checked against

    @property
    def family(self) -> str:
        return {"1": "numbers", "2": "dates", "3": "support", "4": "arithmetic", "5": "reference"}[self.id[2]]

    def example_extra(self) -> dict[str, Any]:
        """What the fires/passes examples need besides the articles (reference facts for CC5xx rules)."""
        if not self.example_reference:
            return {}
        from checker.reference import _entry

        return {"reference": tuple(_entry(dict(item), f"{self.path}:{self.line}") for item in self.example_reference)}

    def context(self) -> RuleContext:
        return RuleContext(self.id, self.name, self.severity, self.params, self.applies_to)


def _compose(text: str, path: str):
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else path
        raise RuleError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc


def _construct(node) -> Any:
    import yaml

    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _parse_example(item: Any, where: str) -> Example:
    if isinstance(item, Mapping):
        unknown = set(item) - {"source", "text", "published"}
        if unknown or "text" not in item:
            raise RuleError(
                f"{where}: an example needs 'text' (and optional 'source', 'published'); "
                f"unknown: {', '.join(sorted(unknown)) or 'none'}"
            )
        return Example(str(item.get("source") or "Outlet"), str(item["text"]), str(item.get("published", "2024-05-14")))
    if not isinstance(item, str):
        raise RuleError(f"{where}: an example is 'Outlet: text' or a mapping")
    m = re.match(r"^\s*(?:\[(\d{4}-\d{2}-\d{2})\]\s*)?([^:]{1,60}):\s*(.+)$", item, re.S)
    if m is None:
        raise RuleError(f"{where}: example {item[:40]!r} is not 'Outlet: text'")
    text = m.group(3).strip()
    if len(text) >= 2 and text[0] in "'\"" and text[-1] == text[0]:
        text = text[1:-1]
    return Example(m.group(2).strip(), text, m.group(1) or "2024-05-14")


def parse_rules(text: str, path: str = "<rules>") -> list[Rule]:
    """Rules from one YAML document (a list of rule mappings), validated with file:line errors."""
    import yaml

    registry = load_all()
    root = _compose(text, path)
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise RuleError(f"{path}:{root.start_mark.line + 1}: a rule file is a list of rules")
    rules = []
    for node in root.value:
        line = node.start_mark.line + 1
        where = f"{path}:{line}"
        if not isinstance(node, yaml.MappingNode):
            raise RuleError(f"{where}: each rule is a mapping")
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value not in RULE_KEYS:
                label = repr(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "(not a word)"
                raise RuleError(
                    f"{path}:{key_node.start_mark.line + 1}: unknown key {label} "
                    f"(known: {', '.join(sorted(RULE_KEYS))})"
                )
        try:
            data = _construct(node)
        except yaml.YAMLError as exc:  # a tag the safe loader cannot build ("!!binary" of non-ASCII text)
            raise RuleError(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from exc
        missing = [k for k in REQUIRED_KEYS if not data.get(k)]
        if missing:
            raise RuleError(f"{where}: rule {data.get('id', '?')} is missing {', '.join(missing)}")
        rule_id, name, check_name = str(data["id"]), str(data["name"]), str(data["check"])
        if not _ID.match(rule_id):
            raise RuleError(f"{where}: id {rule_id!r} is not CC1xx–CC5xx")
        if not _NAME.match(name):
            raise RuleError(f"{where}: name {name!r} is not kebab-case")
        if check_name not in registry:
            raise RuleError(f"{where}: unknown check {check_name!r} (known: {', '.join(sorted(registry))})")
        try:
            severity = Severity(str(data["severity"]))
        except ValueError:
            raise RuleError(f"{where}: severity {data['severity']!r} is not error, warning or info") from None
        spec = registry[check_name]
        params = dict(data.get("params") or {})
        unknown = set(params) - set(spec.defaults)
        if unknown:
            raise RuleError(
                f"{where}: check {check_name!r} has no parameter(s) {', '.join(sorted(unknown))} "
                f"(known: {', '.join(sorted(spec.defaults)) or 'none'})"
            )
        applies = data.get("applies_to") or []
        bad_kinds = set(applies) - KIND_VALUES
        if bad_kinds:
            raise RuleError(f"{where}: applies_to has unknown kind(s) {', '.join(sorted(bad_kinds))}")
        for key in ("fires", "passes"):
            if not isinstance(data[key], list) or not data[key]:
                raise RuleError(f"{where}: {key} must be a non-empty list of 'Outlet: text' examples")
        rules.append(
            Rule(
                id=rule_id,
                name=name,
                check=check_name,
                severity=severity,
                why=" ".join(str(data["why"]).split()),
                fires=tuple(_parse_example(x, where) for x in data["fires"]),
                passes=tuple(_parse_example(x, where) for x in data["passes"]),
                applies_to=frozenset(applies),
                params={**spec.defaults, **params},
                enabled=bool(data.get("enabled", True)),
                title=str(data.get("title") or ""),
                path=path,
                line=line,
                example_reference=tuple(data.get("example_reference") or ()),
            )
        )
    return rules


def load_rules(paths: Iterable[str | Path] | None = None) -> tuple[Rule, ...]:
    """Every rule in the given files/folders (default: the bundled rules/), sorted by id; ids must be unique."""
    files: list[Path] = []
    for raw in paths or [DEFAULT_RULES_DIR]:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"{path}: no such rule file or folder")
    rules: dict[str, Rule] = {}
    for file in files:
        for rule in parse_rules(file.read_text(encoding="utf-8"), str(file)):
            if rule.id in rules:
                first = rules[rule.id]
                raise RuleError(f"{rule.path}:{rule.line}: id {rule.id} already used at {first.path}:{first.line}")
            rules[rule.id] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.id))


def configure(
    rules: Sequence[Rule],
    *,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[Rule, ...]:
    """Apply user settings (rule ids or names) to the loaded rules; unknown ids are an error."""
    by_key = {r.id: r for r in rules} | {r.name: r for r in rules}
    enable, disable = set(enable), set(disable)
    for key in [*enable, *disable, *(severity or {}), *(params or {})]:
        if key not in by_key:
            raise RuleError(f"unknown rule {key!r} in configuration")
    out = []
    registry = load_all()
    for rule in rules:
        keys = {rule.id, rule.name}
        updated = rule
        if keys & disable:
            updated = replace(updated, enabled=False)
        if keys & enable:
            updated = replace(updated, enabled=True)
        for key in keys:
            if severity and key in severity:
                try:
                    updated = replace(updated, severity=Severity(severity[key]))
                except ValueError:
                    raise RuleError(f"severity {severity[key]!r} for {key} is not error, warning or info") from None
            if params and key in params:
                unknown = set(params[key]) - set(registry[rule.check].defaults)
                if unknown:
                    raise RuleError(f"rule {key}: unknown parameter(s) {', '.join(sorted(unknown))}")
                updated = replace(updated, params={**updated.params, **params[key]})
        out.append(updated)
    return tuple(out)


def run_fact_rules(rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
    """Findings of the enabled fact-scope rules over `facts` (any subset: facts are independent)."""
    registry = load_all()
    findings: list[Finding] = []
    for rule in rules:
        spec = registry[rule.check]
        if not rule.enabled or spec.scope != "fact":
            continue
        context = rule.context()
        applies_to = rule.applies_to
        for fact in facts:
            # a Kind is a str: its value is looked up in applies_to without reading the enum's `.value`
            if applies_to and fact.kind not in applies_to:
                continue
            findings.extend(spec.function(fact, context))
    return findings


def run_corpus_rules(
    rules: Sequence[Rule], facts: Sequence[Fact], claims: Sequence[Claim], extra: Mapping[str, Any] | None = None
) -> list[Finding]:
    """Findings of the enabled corpus-scope rules (they see every fact and claim at once)."""
    registry = load_all()
    corpus = Corpus(tuple(facts), tuple(claims), dict(extra or {}))
    findings: list[Finding] = []
    for rule in rules:
        spec = registry[rule.check]
        if rule.enabled and spec.scope == "corpus":
            findings.extend(spec.function(corpus, rule.context()))
    return findings


def finish(findings: Iterable[Finding], facts: Sequence[Fact]) -> tuple[tuple[Finding, ...], tuple[Fact, ...]]:
    """Findings in a stable order, and the facts with their final status (conflict when a conflict names them)."""
    ordered = sorted(findings, key=lambda f: (-f.severity.rank, f.rule, f.fact_key, f.fingerprint))
    conflicted = {f.fact_key for f in ordered if f.kind in ("conflict", "unit-anomaly")}
    final = tuple(replace(fact, status="conflict") if fact.key in conflicted else fact for fact in facts)
    return tuple(ordered), final


def run_rules(
    rules: Sequence[Rule], facts: Sequence[Fact], claims: Sequence[Claim], extra: Mapping[str, Any] | None = None
) -> tuple[tuple[Finding, ...], tuple[Fact, ...]]:
    """Findings of every enabled rule, in a stable order, and the facts with their final status."""
    return finish([*run_fact_rules(rules, facts), *run_corpus_rules(rules, facts, claims, extra)], facts)
