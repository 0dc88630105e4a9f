"""Every report format parsed back: findings.json against its contract, the CSVs with the csv module, SARIF
validated against the official SARIF 2.1.0 schema, JUnit with xml.etree, the Markdown summary, the GitHub
annotations; plus the registry, the show level and the HTML page's escaping. No network, no browser.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema as published with Errata 01
(https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json), copied verbatim from
the oasis-tcs/sarif-spec repository (Schemata/sarif-schema-2.1.0.json).
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from test_report_runs import ROOT, full_sample_run, large_run, sample_run, small_run

from checker.errors import CrosscheckError
from checker.model import Document
from checker.pipeline import analyze
from checker.report import COST, FILES, RENDERERS, write_reports
from checker.report.github import annotation_lines, escape_data, escape_property
from checker.report.html import render_html
from checker.report.junit import render_junit
from checker.report.markdown import render_markdown
from checker.report.records import artifact_path, shown
from checker.report.sarif import sarif_log
from checker.report.tables import findings_document
from checker.run import RunResult

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def documents_by_id(run: RunResult) -> dict[str, Document]:
    return {d.doc: d for d in run.analysis.documents}


def jsonl_line(document: Document) -> int | None:
    """The line of a JSONL record ('feed.jsonl:3' → 3), None for other files."""
    match = re.match(r"^.+\.jsonl:(\d+)$", document.path)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------- registry


def test_registry_writes_each_format_under_its_file_names(tmp_path: Path) -> None:
    assert set(RENDERERS) == {"html", "csv", "json", "markdown", "sarif", "junit", "github"}
    run = full_sample_run()
    for name, writer in RENDERERS.items():
        out = tmp_path / name
        out.mkdir()
        written = writer(run, out)
        assert isinstance(written, list) and all(isinstance(p, Path) for p in written)
        assert sorted(p.name for p in written) == sorted(FILES[name])
        assert sorted(p.name for p in out.iterdir()) == sorted(FILES[name])
        assert all(p.stat().st_size > 0 for p in written)
    expected = {
        "index.html",
        "discrepancies.csv",
        "claims.csv",
        "findings.json",
        "summary.md",
        "crosscheck.sarif",
        "junit.xml",
        "annotations.txt",
    }
    assert {n for names in FILES.values() for n in names} == expected


def test_report_processes_share_the_formats_by_cost() -> None:
    from checker.report import PARTS, share_out

    csv_parts = list(PARTS["csv"])
    assert csv_parts == ["discrepancies.csv", "claims.csv"]
    # two processes: json and discrepancies.csv in a fork, claims.csv and html (which waits for the gate) in the
    # parent, about half the work each
    assert share_out([*csv_parts, "json"], COST["html"], 2) == [["json", "discrepancies.csv"]]
    assert share_out(["json"], COST["html"], 2) == [["json"]]  # html alone in the parent
    assert share_out([*csv_parts, "json"], 0.0, 2) == [["json"]]
    assert share_out([*csv_parts, "json", "junit"], COST["html"], 3) == [
        ["json"],
        ["claims.csv", "discrepancies.csv"],
    ]  # junit in the parent
    assert share_out([*csv_parts, "json"], COST["html"], 1) == []  # no process to fork: all in the parent
    # the caller's chore (recording the run, 0.4) starts the first fork's load: the split stays the same
    assert share_out([*csv_parts, "json"], COST["html"], 2, 0.4) == [["json", "discrepancies.csv"]]
    assert share_out([*csv_parts, "json"], COST["html"], 1, 0.4) == []


@pytest.mark.parametrize("parallel", [True, False])
def test_the_chore_runs_once_without_a_fork_and_its_error_is_raised(tmp_path: Path, parallel: bool) -> None:
    from checker.errors import CrosscheckError
    from checker.history import HistoryError

    run = sample_run()
    done: list[int] = []
    write_reports(run, tmp_path, ["html"], complete=lambda: run, parallel=parallel, chore=lambda: done.append(1))
    assert done == [1]  # html alone: nothing to fork, the chore ran here

    def locked() -> None:
        raise HistoryError("another crosscheck run is using history.sqlite")

    (tmp_path / "two").mkdir()
    with pytest.raises(CrosscheckError, match=r"^another crosscheck run is using history\.sqlite$"):
        write_reports(
            run, tmp_path / "two", ["html", "csv", "json"], complete=lambda: run, parallel=parallel, chore=locked
        )
    assert not list((tmp_path / "two").iterdir())  # nothing written


def test_reports_rendered_in_forks_are_the_inline_ones(tmp_path: Path) -> None:
    """write_reports with forks (json and discrepancies.csv in one, after the caller's chore; claims.csv, then
    html and junit in the parent) writes the same bytes as one process rendering all, and does the chore once,
    in the fork."""
    import os

    run = sample_run()
    formats = ["html", "csv", "json", "junit"]
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write_reports(run, tmp_path / "one", formats)
    chores = tmp_path / "chores"

    def chore() -> None:
        with chores.open("a") as handle:
            handle.write(f"{os.getpid()}\n")

    written = write_reports(
        run, tmp_path / "two", formats, complete=lambda: run, parallel=True, processes=2, chore=chore, chore_cost=0.4
    )
    assert len(done := chores.read_text().split()) == 1 and int(done[0]) != os.getpid()
    assert [p.name for p in written] == ["index.html", "discrepancies.csv", "claims.csv", "findings.json", "junit.xml"]
    for path in written:
        assert path.read_bytes() == (tmp_path / "one" / path.name).read_bytes(), path.name


def test_unknown_format_is_a_crosscheck_error(tmp_path: Path) -> None:
    with pytest.raises(CrosscheckError, match="pdf"):
        write_reports(sample_run(), tmp_path, ["html", "pdf"])
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- findings.json and CSV


def test_findings_json_keeps_its_contract(tmp_path: Path) -> None:
    run = sample_run()
    (path,) = RENDERERS["json"](run, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"documents", "findings", "facts"} <= set(data)
    assert len(data["documents"]) == len(run.analysis.documents) == 17
    for document in data["documents"]:
        assert {"doc", "source", "published", "path"} <= set(document)
    assert len(data["findings"]) == len(run.findings)
    for finding in data["findings"]:
        assert {"kind", "rule", "severity", "message", "fingerprint", "fact", "claims"} <= set(finding)
        assert "status" not in finding and "new" not in finding  # no baseline, no history
        for claim in finding["claims"]:
            assert {"doc", "source", "quote", "sentence", "start", "end", "value", "unit"} <= set(claim)
    for fact in data["facts"]:
        assert {"key", "status", "claims"} <= set(fact)
    conflict = next(f for f in data["findings"] if f["rule"] == "CC101" and "trade" in f["fact"])
    texts = {d.doc: d.text for d in run.analysis.documents}
    for claim in conflict["claims"]:  # spans point at the quote in the article text
        assert texts[claim["doc"]][claim["start"] : claim["end"]] == claim["quote"]
    assert {c["quote"] for c in conflict["claims"]} >= {"a record $250 billion", "US$240 billion"}


def test_findings_json_has_status_with_a_baseline_and_new_with_history() -> None:
    run = full_sample_run()
    data = json.loads(json.dumps(findings_document(run)))
    statuses = Counter(f["status"] for f in data["findings"])
    assert statuses == Counter({"new": len(run.findings) - 2, "baselined": 1, "waived": 1})
    assert data["findings"][1]["status"] == "baselined" and data["findings"][2]["status"] == "waived"
    assert [f["new"] for f in data["findings"][:4]] == [True, True, True, False]
    only_history = findings_document(replace(run, baseline=None))
    assert all("status" not in f and isinstance(f["new"], bool) for f in only_history["findings"])


@pytest.mark.parametrize("chunk", [1, 2, 500])
def test_findings_json_is_written_a_chunk_at_a_time_with_the_whole_documents_bytes(tmp_path: Path, chunk: int) -> None:
    """write_json streams each list in chunks of records; the file is still the whole document's compact JSON,
    one top-level key per line, whatever the chunk size (a chunk of 1, one that splits every list, one that
    holds them whole)."""
    from checker.report import tables

    run = full_sample_run()
    written = tables.write_json(run, tmp_path, chunk).read_bytes()
    document = findings_document(run)
    assert len(document["findings"]) > 2 and len(document["facts"]) > 2 and document["notes"] == []
    expected = b"{\n" + b",\n".join(b" " + orjson.dumps(k) + b": " + orjson.dumps(v) for k, v in document.items())
    assert written == expected + b"\n}\n"
    assert json.loads(written) == json.loads(json.dumps(document))


def test_csv_tables_read_back(tmp_path: Path) -> None:
    run = full_sample_run()
    RENDERERS["csv"](run, tmp_path)
    rows = list(csv.DictReader((tmp_path / "discrepancies.csv").open(encoding="utf-8")))
    assert len(rows) == sum(len(f.claims) for f in run.findings)
    columns = {"fingerprint", "rule", "severity", "side", "doc", "source", "quote", "sentence", "status", "new"}
    assert columns <= set(rows[0])
    by_fingerprint = {r["fingerprint"]: r for r in rows}
    assert by_fingerprint[run.findings[1].fingerprint]["status"] == "baselined"
    assert by_fingerprint[run.findings[0].fingerprint]["new"] == "True"
    claims = list(csv.DictReader((tmp_path / "claims.csv").open(encoding="utf-8")))
    assert len(claims) == len(run.analysis.claims)
    assert any(r["text"] == "a record $250 billion" and r["unit"] == "USD" for r in claims)


# ---------------------------------------------------------------- SARIF


@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_sarif_is_valid_sarif_2_1_0(sarif_validator, tmp_path: Path) -> None:
    run = full_sample_run()
    (path,) = RENDERERS["sarif"](run, tmp_path)
    log = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(sarif_validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "crosscheck" and driver["version"] == run.version
    rules = {r["id"]: r for r in driver["rules"]}
    cc101 = next(r for r in run.rules if r.id == "CC101")
    assert rules["CC101"]["name"] == "numeric-conflict"
    assert rules["CC101"]["fullDescription"]["text"] == cc101.why
    assert rules["CC101"]["defaultConfiguration"]["level"] == "error"
    assert rules["CC301"]["defaultConfiguration"]["level"] == "note"
    assert rules["CC101"]["helpUri"] == (tmp_path / "index.html").resolve().as_uri() + "#rule-CC101"
    assert len(sarif_run["results"]) == len(run.findings)


def test_sarif_results_locate_every_side(sarif_validator) -> None:
    run = full_sample_run()
    log = sarif_log(run, report_uri="https://reports.example/nightly/index.html")
    assert not list(sarif_validator.iter_errors(log))
    documents = documents_by_id(run)
    results = log["runs"][0]["results"]
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    checked_jsonl = False
    for finding, result in zip(run.findings, results, strict=True):
        assert result["ruleId"] == finding.rule and rule_ids[result["ruleIndex"]] == finding.rule
        assert result["level"] == LEVEL[finding.severity.value]
        assert result["message"]["text"] == finding.message
        assert result["partialFingerprints"] == {"crosscheck/v1": finding.fingerprint}
        locations = result["locations"] + result["relatedLocations"]
        assert len(locations) == len(finding.claims)
        for location, claim in zip(locations, finding.claims, strict=True):
            physical = location["physicalLocation"]
            document = documents[claim.doc]
            assert physical["artifactLocation"]["uri"] == artifact_path(document)
            region = physical["region"]
            assert region["snippet"]["text"] == claim.mention.text
            if jsonl_line(document) is not None:  # a JSONL record: its line in the file, no columns
                assert region == {
                    "startLine": jsonl_line(document),
                    "endLine": jsonl_line(document),
                    "snippet": {"text": claim.mention.text},
                }
                checked_jsonl = True
                continue
            if document.text_offset < 0:  # text extracted from HTML: located by file only
                assert region["startLine"] == 1 and "charOffset" not in region
                continue
            # positions are in the file itself (front matter included)
            file_text = Path(document.path).read_text(encoding="utf-8")
            start, length = region["charOffset"], region["charLength"]
            assert file_text[start : start + length] == claim.mention.text
            lines = file_text[:start].split("\n")
            assert (region["startLine"], region["startColumn"]) == (len(lines), len(lines[-1]) + 1)
            assert region["endColumn"] - region["startColumn"] == length  # one-line figures
    assert checked_jsonl
    baselined = results[1]
    assert baselined["baselineState"] == "unchanged" and baselined["suppressions"][0]["status"] == "accepted"
    assert results[0]["baselineState"] == "new" and "suppressions" not in results[0]
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"].startswith("https://reports.example/nightly/")


def test_the_schema_rejects_a_broken_log(sarif_validator) -> None:
    log = sarif_log(sample_run())
    result = log["runs"][0]["results"][0]
    result["level"] = "fatal"
    result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    messages = [e.message for e in sarif_validator.iter_errors(log)]
    assert any("fatal" in m for m in messages) and any("0 is less than the minimum of 1" in m for m in messages)


def test_sarif_uris_are_relative_references_with_spaces_escaped(sarif_validator) -> None:
    documents = [
        Document(
            doc="a",
            source="Harbour Wire",
            path="news desk/a b.md",
            published=None,
            text="China's trade with Russia reached $240 billion in 2023.",
        ),
        Document(
            doc="b",
            source="Baltic Post",
            path="news desk/b.md",
            published=None,
            text="China's trade with Russia reached $250 billion in 2023.",
        ),
    ]
    run = sample_run(analysis=analyze(documents, sample_run().rules))
    log = sarif_log(run)
    assert not list(sarif_validator.iter_errors(log))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
        for loc in r["locations"] + r["relatedLocations"]
    }
    assert uris == {"news%20desk/a%20b.md", "news%20desk/b.md"}


# ---------------------------------------------------------------- JUnit


def test_junit_has_a_testcase_per_fact_and_a_failure_per_error_or_warning(tmp_path: Path) -> None:
    run = full_sample_run()
    (path,) = RENDERERS["junit"](run, tmp_path)
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    fact_keys = {f.key for f in run.analysis.facts}
    orphans = {f.fact_key for f in run.findings if f.fact_key not in fact_keys}
    assert len(cases) == len(fact_keys) + len(orphans) == int(root.get("tests"))
    failures = root.findall("./testsuite/testcase/failure")
    serious = [f for f in run.findings if f.severity.value in ("error", "warning")]
    assert len(failures) == len(serious) == int(root.get("failures"))
    for suite in root.findall("testsuite"):
        assert suite.get("name") == "crosscheck." + suite.find("testcase").get("classname").split(".")[1]
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert all(c.get("classname") == suite.get("name") for c in suite.findall("testcase"))
    by_name = {c.get("name"): c for c in cases}
    trade = by_name["China–Russia trade, 2023, USD"]
    assert trade.get("classname") == "crosscheck.numbers"
    (failure,) = trade.findall("failure")
    assert failure.get("type") == "CC101 numeric-conflict"
    assert "a record $250 billion" in failure.get("message") and "Baltic Post" in failure.text
    properties = {p.get("name"): p.get("value") for p in trade.findall("./properties/property")}
    assert properties["status"] == "conflict" and "Baltic Post" in properties["sources"]
    arithmetic = next(c for c in cases if c.find("failure") is not None and "CC401" in c.find("failure").get("type"))
    assert arithmetic.get("classname") == "crosscheck.arithmetic"
    dates = next(c for c in cases if c.find("failure") is not None and "CC201" in c.find("failure").get("type"))
    assert dates.get("classname") == "crosscheck.dates"
    single = next(c for c in cases if c.find("system-out") is not None)
    assert single.get("classname") == "crosscheck.support" and single.find("failure") is None


def test_junit_survives_control_characters_and_markup_in_articles() -> None:
    text_a = "Officials said \x0b<b>&amp;</b> that 38 people died in the storm on Tuesday, the county said."
    text_b = "Officials said that 45 people died in the storm on Tuesday, the county said."
    run = small_run(("Wire & <Co>", "2024-10-10", text_a), ('Daily "Post"', "2024-10-10", text_b))
    root = ET.fromstring(render_junit(run).encode("utf-8"))
    assert root.findall(".//failure"), "the two death counts conflict"
    assert any("Wire & <Co>" in (f.text or "") for f in root.iter("failure"))


# ---------------------------------------------------------------- Markdown


def test_markdown_summary_has_the_table_quotes_and_details() -> None:
    run = full_sample_run()
    text = render_markdown(run, report_url="https://reports.example/nightly/index.html")
    count = Counter(f.severity.value for f in run.findings)
    assert text.startswith(
        f"## crosscheck: {count['error']} errors, {count['warning']} warning"
        f"{'' if count['warning'] == 1 else 's'}, {count['info']} info"
    )
    assert "| | Severity | Rule | Fact | What the sources say | New |" in text
    serious = [f for f in run.findings if f.severity.value in ("error", "warning")]
    rows = [line for line in text.splitlines() if line.startswith("| ✖ |") or line.startswith("| ▲ |")]
    assert len(rows) == len(serious)
    trade = next(r for r in rows if "CC101" in r and "trade" in r)
    assert "Baltic Post: “a record \\$250 billion”" in trade and "**vs**" in trade
    assert text.count("<details>") == len(serious) == text.count("</details>")
    assert "> Trade between Russia and China reached <b>a record \\$250 billion</b> last year" in text
    assert "baselined" in text and "**3 new** since the previous run" in text
    assert "Data-quality gate: 1 of 3 checks failed" in text
    assert "(https://reports.example/nightly/index.html)" in text


def test_markdown_keeps_tables_intact_whatever_the_article_says() -> None:
    hostile = "China's | trade </details><script>x</script> with Russia reached $240 billion in 2023.\n| --- |"
    run = small_run(
        ("Pipe | Wire", "2024-05-14", hostile),
        ("Baltic Post", "2024-05-14", "China's trade with Russia reached $250 billion in 2023."),
    )
    text = render_markdown(run)
    rows = [line for line in text.splitlines() if line.startswith("| ✖ |")]
    assert rows
    for row in rows:  # escaped pipes do not split cells: 6 columns, 7 unescaped bars
        assert len(re.findall(r"(?<!\\)\|", row)) == 6
    assert "<script>" not in text and "</details><script>" not in text
    assert text.count("<details>") == text.count("</details>")


def test_markdown_stays_under_githubs_comment_limit_for_a_10k_article_run() -> None:
    run = large_run()
    text = render_markdown(run)
    assert len(text) <= 65_536
    assert "more errors and warnings; see the full report" in text
    assert text.count("<details>") == text.count("</details>")


# ---------------------------------------------------------------- GitHub annotations

ANNOTATION = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    match = ANNOTATION.match(line)
    assert match, line
    props = dict(item.split("=", 1) for item in match.group("props").split(","))
    return match.group("level"), {k: unescape(v) for k, v in props.items()}, unescape(match.group("message"))


def test_escaping_follows_the_runner_syntax() -> None:
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a, b: 100%\n") == "a%2C b%3A 100%25%0A"
    assert unescape(escape_property("x,y:z%w\r\n")) == "x,y:z%w\r\n"


def test_github_annotations_point_at_the_figure(tmp_path: Path) -> None:
    run = full_sample_run()
    (path,) = RENDERERS["github"](run, tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(run.findings)
    documents = documents_by_id(run)
    for line, finding in zip(lines, run.findings, strict=True):
        assert "\n" not in line and "\r" not in line
        level, props, message = parse_annotation(line)
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
        assert props["title"].startswith(finding.rule + " ")
        assert message.splitlines()[0] == finding.message
        document = documents[finding.claims[0].doc]
        assert props["file"] == artifact_path(document)
        if jsonl_line(document) is not None:
            assert props["line"] == str(jsonl_line(document)) and "col" not in props
            continue
        if document.text_offset < 0:  # HTML: the file, no position
            assert props["line"] == "1" and "col" not in props
            continue
        line_text = Path(document.path).read_text(encoding="utf-8").split("\n")[int(props["line"]) - 1]
        col, end = int(props["col"]), int(props["endColumn"])
        assert line_text[col - 1 : end - 1] == finding.claims[0].mention.text
    wind = next(line for line in lines if "wind speed" in line)
    assert "%25)" in wind  # "(gap 19.4%)" escaped


def test_github_properties_escape_commas_and_colons_in_paths() -> None:
    documents = [
        Document(
            doc="a",
            source="Harbour Wire",
            path="desk, east: a.md",
            published=None,
            text="China's trade with Russia reached $240 billion in 2023.",
        ),
        Document(
            doc="b",
            source="Baltic Post",
            path="desk, east: b.md",
            published=None,
            text="China's trade with Russia reached $250 billion in 2023.",
        ),
    ]
    run = sample_run(analysis=analyze(documents, sample_run().rules))
    (line,) = [x for x in annotation_lines(run) if x.startswith("::error")]
    assert "file=desk%2C east%3A " in line
    _, props, message = parse_annotation(line)
    assert props["file"] in {"desk, east: a.md", "desk, east: b.md"} and props["line"] == "1"
    assert "$250 billion" in message


# ---------------------------------------------------------------- show level, HTML escaping


def test_every_renderer_respects_the_show_level(tmp_path: Path) -> None:
    run = full_sample_run(show="error")
    errors = [f for f in run.findings if f.severity.value == "error"]
    assert len(shown(run)) == len(errors) < len(run.findings)
    write_reports(run, tmp_path, RENDERERS)
    data = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert {f["severity"] for f in data["findings"]} == {"error"} and data["crosscheck"]["show"] == "error"
    assert {r["severity"] for r in csv.DictReader((tmp_path / "discrepancies.csv").open(encoding="utf-8"))} == {"error"}
    sarif = json.loads((tmp_path / "crosscheck.sarif").read_text(encoding="utf-8"))
    assert {r["level"] for r in sarif["runs"][0]["results"]} == {"error"}
    assert len(ET.parse(tmp_path / "junit.xml").getroot().findall(".//failure")) == len(errors)
    assert all(line.startswith("::error ") for line in (tmp_path / "annotations.txt").read_text().splitlines())
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "| ▲ |" not in summary and "info findings" not in summary
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    payload = json.loads(re.search(r'id="crosscheck-data">(.*?)</script>', html, re.S).group(1))
    assert {f["sev"] for f in payload["findings"]} == {"error"} and not payload["single"]


def test_html_is_self_contained_and_escapes_article_text() -> None:
    evil = "</script><script>alert(1)</script><!--"
    text = f"China's trade with Russia reached $240 billion in 2023. {evil}"
    run = small_run(
        (f"Harbour {evil}", "2024-05-14", text),
        ("Baltic Post", "2024-05-14", "China's trade with Russia reached $250 billion in 2023."),
    )
    html = render_html(run)
    assert "<script>alert(1)" not in html and "</script><script>" not in html and "<!--" not in html
    assert "Harbour &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--" in html  # autoescaped markup
    head = html.split("<body>")[0]
    assert not re.search(r"https?://", head)  # no external address in the head
    assert "default-src 'none'" in head  # and a policy that forbids any fetch
    assert not re.search(r"""<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?!#|data:)""", html)
    assert "@import" not in html and "url(" not in html.replace("url(#", "")
    match = re.search(r'<script type="application/json" id="crosscheck-data">(.*?)</script>', html, re.S)
    payload = json.loads(match.group(1))
    assert f"Harbour {evil}" in payload["sources"]
    assert any(evil in sentence for sentence in payload["sentences"])
    assert "<mark>$250 billion</mark>" in html  # the no-JavaScript list


def test_html_for_the_bundled_samples_lists_every_section() -> None:
    html = render_html(full_sample_run())
    for anchor in (
        "discrepancies",
        "matrix-section",
        "outlets-section",
        "single-section",
        "charts",
        "coverage-section",
        "skipped",
        "quality",
        "history",
        "rules",
    ):
        assert f'id="{anchor}"' in html
    for rule in sample_run().rules:
        assert f'id="rule-{rule.id}"' in html
    assert html.count("<svg") == 2 and "Findings per night" in html and "Findings by outlet" in html
    assert "Data-quality gate: 1 of 3 checks failed" in html
    assert "0123456789abcdef" in html  # the resolved finding
    assert (ROOT / "checker" / "report" / "templates" / "report.js.j2").exists()


def test_a_counted_date_shows_the_day_it_counts_to_beside_what_it_covers() -> None:
    from datetime import date

    from checker.extract import extract_text
    from checker.report.html import interval_text
    from checker.report.records import display_value

    (month,) = extract_text("t", "The talks broke down a month ago.", date(2024, 5, 14)).mentions
    assert display_value(month) == "2024-04-01…2024-04-30 (counted to 2024-04-14)"
    assert interval_text(month) == "2024-04-01 – 2024-04-30 (month, relative, counted to 2024-04-14)"
    (day,) = extract_text("t", "The strike began three days ago.", date(2024, 5, 14)).mentions
    assert (display_value(day), interval_text(day)) == ("2024-05-11", "2024-05-11 (day, relative)")
