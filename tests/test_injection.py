"""The report cannot run what an article holds: markup, event handlers, javascript: links, table-breaking tags and
quote tricks in an article's body, title, source name, url and file name are shown as text in every format.

A hostile corpus is written to disk (two outlets conflict on a figure, so the payload sentences are quoted in the
discrepancy table), the real CLI writes every format, and each format is read back the way its consumer reads it:
the HTML statically here and in Chromium in test_report_browser.py, the Markdown through a Markdown renderer,
JUnit with xml.etree, SARIF against its schema, and the GitHub annotations with the runner's own parsing rules.
The escaping functions themselves get property tests on text made of the characters that matter to each format.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import budget

from checker.report.github import escape_data, escape_property
from checker.report.html import script_json
from checker.report.junit import _clean
from checker.report.markdown import html_text, md

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
FORMATS = "html,csv,json,sarif,junit,markdown,github"

# every payload, if it ran, would call alert() or set window.__pwned / document.title; each names itself
PAYLOADS = [
    "<script>window.__pwned='script';document.title='PWNED'</script>",
    "<img src=x onerror=alert('img')>",
    "\"'><svg onload=alert('svg')>",
    "</td></tr></table><b id=pwned-td>td</b>",
    "</textarea><img src=ta onerror=alert('textarea')>",
    "</script><script>alert('closescript')</script>",
    "<a href=\"javascript:alert('link')\" id=pwned-link>click</a>",
    "<iframe srcdoc=\"<script>parent.alert('iframe')</script>\"></iframe>",
    "\" autofocus onfocus=alert('attr') x=\"",
    "' onmouseover='alert(`quote`)' '",
    "<style>body{display:none}</style>",
    '<base href="https://evil.example/"><meta http-equiv=refresh content="0;url=javascript:alert(\'meta\')">',
    "<math><mtext><table><mglyph><style><img src=mx onerror=alert('mxss')>",
    "&lt;script&gt;alert('entity')&lt;/script&gt; &amp;lt;b&amp;gt;",
    "{{7*7}} ${7*7} <!-- <![CDATA[ ]]> </noscript><img src=ns onerror=alert('noscript')>",
    "\u2028\u2029 javascript:alert('bare')",
]
BODY_PAYLOAD = " ".join(PAYLOADS)
# GitHub workflow commands and Markdown tricks an article might carry
WORKFLOW = [
    "::stop-commands::pwned",
    "::add-mask::secret",
    "%0A::error::forged",
    "##[error]legacy forged",
    "%25 %3A %2C",
]
MARKDOWN = [
    "| forged | cell |",
    "`code` *em* _em_ [link](javascript:alert('md')) ![img](https://evil.example/x.png)",
    "<details><summary>forged</summary>",
    "# heading",
    "> quote",
    "$x$",
    "~~strike~~",
]

SOURCE_A = "Harbour <img src=x onerror=alert('sourceA')> \"'><svg onload=alert('sourceA2')> Wire"
SOURCE_B = "Baltic </td></tr> Post <script>alert('sourceB')</script>"
SOURCE_C = "Ledger ::warning::forged\r\n::set-output name=x::y %0A | forged |"
TITLE_A = "<script>alert('title')</script> <img src=x onerror=alert('title2')> Putin heads to Beijing"
URL_A = "javascript:alert('url')"
URL_B = "data:text/html,<script>alert('dataurl')</script>"
# file names: a folder ending in "<" and a file starting "script>" give a path holding "</script>"
FILE_A = "<img src=x onerror=alert('fileA')>.md"
FILE_B = "\"'><svg onload=alert('fileB')> & javascript:alert('fileB2').md"
FILE_C = ("x<script>alert('fileC')<", "script>.md")
FILE_D = ("a<", "td> <b onclick=alert('fileD')>d.html")
FILE_E = "line\n<table><tr><td>forged-file\r<details open>break.md"  # a file name may hold CR and LF
CORPUS = "corpus <img src=x onerror=alert('input')>"
FILE_SKIPPED = "empty <svg onload=alert('skipped')>.md"
FILE_IGNORED = "ignored <img src=x onerror=alert('ignored')>.png"
FILE_NOTE = "note <img src=x onerror=alert('note')>.md"


def _front_matter(**fields: str) -> str:
    return "---\n" + "".join(f"{key}: {json.dumps(value)}\n" for key, value in fields.items()) + "---\n"


def conflict_sentence(amount: int, payload: str) -> str:
    return f"China's trade with Russia reached ${amount} billion in 2023, customs data showed {payload}."


def write_corpus(root: Path) -> Path:
    """The hostile corpus under root/CORPUS (a folder name the report shows as the run's input)."""
    corpus = root / CORPUS
    (corpus / FILE_C[0]).mkdir(parents=True)
    (corpus / FILE_D[0]).mkdir()
    (corpus / FILE_A).write_text(
        _front_matter(source=SOURCE_A, published="2024-05-14", title=TITLE_A, url=URL_A)
        + conflict_sentence(240, BODY_PAYLOAD)
        + "\n\n"
        + f"The storm killed 40 people in Harbin <img src=x onerror=alert('single')> {' '.join(MARKDOWN)}.\n",
        encoding="utf-8",
    )
    (corpus / FILE_B).write_text(
        _front_matter(
            source=SOURCE_B, published="2024-05-14", title="Trade </title><script>alert('titleB')</script>", url=URL_B
        )
        + conflict_sentence(310, BODY_PAYLOAD + " " + " ".join(WORKFLOW))
        + "\n",
        encoding="utf-8",
    )
    (corpus / FILE_C[0] / FILE_C[1]).write_text(  # no front matter: the source is the file name, no date
        conflict_sentence(240, "<img src=x onerror=alert('bodyC')> " + " ".join(MARKDOWN)) + "\n", encoding="utf-8"
    )
    (corpus / FILE_D[0] / FILE_D[1]).write_text(
        "<html><head><title>&lt;script&gt;alert('htmltitle')&lt;/script&gt;</title>"
        f'<meta name="crosscheck:source" content="{SOURCE_C.replace(chr(13), "&#13;").replace(chr(10), "&#10;")}">'
        '<meta name="crosscheck:published" content="2024-05-14"></head><body><article>'
        "<script>alert('dropped')</script><iframe src=\"javascript:alert('frame')\"></iframe>"
        "<p>China's trade with Russia reached $240 billion in 2023, customs data showed "
        "&lt;img src=x onerror=alert('htmlbody')&gt; &lt;/td&gt;&lt;script&gt;alert('htmlbody2')&lt;/script&gt;.</p>"
        "<p onclick=\"alert('p')\">Officials counted 12 ships <b>bold</b>.</p></article></body></html>",
        encoding="utf-8",
    )
    (corpus / FILE_E).write_text(
        _front_matter(source="Line Break Daily", published="2024-05-14")
        + conflict_sentence(240, "<img src=x onerror=alert('fileE')>")
        + "\n",
        encoding="utf-8",
    )
    (corpus / FILE_SKIPPED).write_text(_front_matter(source="<script>alert('x')</script>"), encoding="utf-8")
    (corpus / FILE_IGNORED).write_bytes(b"\x89PNG\r\n\x1a\n")
    (corpus / FILE_NOTE).write_text(
        "---\npublished: \"<img src=x onerror=alert('published')>\"\n\"<script>alert('key')</script>\": 1\n---\n"
        "Exports of 13 turbines <svg onload=alert('noteBody')> were announced.\n",
        encoding="utf-8",
    )
    return corpus


def run_cli(root: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`crosscheck check` on the hostile corpus writing every format, as a user would run it."""
    corpus = write_corpus(root)
    out = root / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "check",
            corpus.name,
            "--out",
            str(out),
            "--format",
            FORMATS,
            "--no-history",
            "--no-quality",
            "--workers",
            "1",
            "--fail-on",
            "never",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return out, result


_BUILT: dict[str, Path] = {}


def hostile_output(factory: pytest.TempPathFactory) -> Path:
    """The CLI's output folder for the hostile corpus, built once per session (the browser tests share it)."""
    if "out" not in _BUILT:
        out, result = run_cli(factory.mktemp("hostile"))
        assert result.returncode == 0, result.stderr
        _BUILT["out"] = out
    return _BUILT["out"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_output(tmp_path_factory)


@pytest.fixture(scope="module")
def findings(hostile: Path) -> dict:
    return json.loads((hostile / "findings.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the run itself


def test_the_hostile_corpus_gives_a_quoted_conflict(findings: dict) -> None:
    sources = {d["source"] for d in findings["documents"]}
    assert {SOURCE_A, SOURCE_B, "script>"} <= sources
    conflicts = [f for f in findings["findings"] if f["rule"] == "CC101"]
    assert conflicts, [f["rule"] for f in findings["findings"]]
    sentences = {c["sentence"] for f in conflicts for c in f["claims"]}
    assert any(BODY_PAYLOAD in s for s in sentences), "the payloads are inside a quoted sentence"
    assert any(c["source"] == SOURCE_B for f in conflicts for c in f["claims"])
    assert any(d["path"].endswith(FILE_C[0] + "/" + FILE_C[1]) for d in findings["documents"])


# ---------------------------------------------------------------- HTML, statically

ALLOWED_TAGS = frozenset(
    {
        "html",
        "head",
        "meta",
        "link",
        "title",
        "style",
        "body",
        "script",
        "a",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "p",
        "code",
        "ul",
        "li",
        "strong",
        "span",
        "nav",
        "main",
        "section",
        "form",
        "fieldset",
        "legend",
        "label",
        "input",
        "select",
        "option",
        "button",
        "div",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "noscript",
        "blockquote",
        "mark",
        "br",
        "figure",
        "figcaption",
        "details",
        "summary",
        "footer",
        "article",
        "em",
        "b",
        "small",
        "svg",
        "defs",
        "pattern",
        "rect",
        "line",
        "circle",
        "text",
        "g",
        "desc",
    }
)  # the template's own


class _Elements(HTMLParser):
    """Every start tag with its attributes, as a browser without scripts would build them (noscript included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            (self.scripts if tag == "script" else self.styles).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "style":
            self.styles[-1] += data


@pytest.fixture(scope="module")
def page(hostile: Path) -> tuple[str, _Elements]:
    html = (hostile / "index.html").read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(html)
    return html, parser


def test_no_element_or_attribute_comes_from_an_article(page: tuple[str, _Elements]) -> None:
    _, elements = page
    tags = [tag for tag, _ in elements.tags]
    assert set(tags) <= ALLOWED_TAGS, set(tags) - ALLOWED_TAGS
    assert tags.count("script") == 2 and tags.count("style") == 1  # the data block and the report's own
    assert not {"img", "iframe", "base", "textarea", "math", "object", "embed"} & set(tags)
    for tag, attrs in elements.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction", "xlink:href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text")), (tag, attrs)
        assert attrs.get("id") not in ("pwned-td", "pwned-link")
        if tag == "meta":
            assert attrs.get("http-equiv") in (None, "Content-Security-Policy")


def test_the_payloads_are_in_the_page_as_text(page: tuple[str, _Elements]) -> None:
    html, elements = page
    data = json.loads(elements.scripts[0])
    assert BODY_PAYLOAD in "\n".join(data["sentences"])
    assert {SOURCE_A, SOURCE_B} <= set(data["sources"])
    assert any(d[0] == "script>" and d[3].endswith(FILE_C[0] + "/" + FILE_C[1]) for d in data["docs"])
    assert any(d[4] == TITLE_A and d[5] == URL_A for d in data["docs"])
    # the no-JavaScript table, the skipped inputs and the notes carry article text escaped
    assert "&lt;script&gt;window.__pwned=" in html and "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;" in html
    assert "&amp;lt;script&amp;gt;alert(" in html  # text that looks escaped already is escaped once more
    assert "empty &lt;svg onload=alert(" in html and "&lt;script&gt;alert(&#39;key&#39;)" in html
    assert "ignored &lt;img src=x onerror=alert(" in html
    assert "<code>corpus &lt;img src=x onerror=alert(&#39;input&#39;)&gt;</code>" in html  # the run's input
    data_block = html.split('id="crosscheck-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block and "\u2028" not in data_block


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def test_the_content_security_policy_allows_only_the_reports_own_script(page: tuple[str, _Elements]) -> None:
    _, elements = page
    policies = [
        attrs["content"]
        for tag, attrs in elements.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(policies) == 1
    assert [tag for tag, _ in elements.tags].index("meta") < [tag for tag, _ in elements.tags].index("script")
    directives = {part.split()[0]: part.split()[1:] for part in policies[0].split(";") if part.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"] and directives["form-action"] == ["'none'"]
    assert directives["img-src"] == ["data:"]
    own_scripts = [
        s
        for (tag, attrs), s in zip([t for t in elements.tags if t[0] == "script"], elements.scripts, strict=True)
        if attrs.get("type") != "application/json"
    ]
    assert len(own_scripts) == 1 and len(own_scripts[0]) > 1000
    assert directives["script-src"] == [_hash(own_scripts[0])]  # no 'unsafe-inline', no 'unsafe-eval', no host
    assert directives["style-src"] == [_hash(elements.styles[0])]
    for values in directives.values():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:"} & set(values)


# ---------------------------------------------------------------- Markdown summary

MARKDOWN_TAGS = frozenset({"details", "summary", "b"})


def test_the_markdown_summary_holds_no_markup_from_articles(hostile: Path) -> None:
    summary = (hostile / "summary.md").read_text(encoding="utf-8")
    outside_code = re.sub(r"`[^`\n]*`", "``", summary)  # a code span shows its text literally (file names)
    tags = {m.group(1).lower() for m in re.finditer(r"</?([A-Za-z][\w-]*)", outside_code)}
    assert tags <= MARKDOWN_TAGS, tags - MARKDOWN_TAGS
    assert summary.count("<details>") == summary.count("</details>") and summary.count("<summary>") == summary.count(
        "</summary>"
    )
    assert "&lt;script>window.\\_\\_pwned" in summary and "\\| forged \\| cell \\|" in summary
    rows = [line for line in summary.splitlines() if line.startswith("| ")]
    assert rows and all(len(re.findall(r"(?<!\\)\|", row)) == len(re.findall(r"(?<!\\)\|", rows[0])) for row in rows)
    for line in summary.splitlines():  # no article text starts a block of its own
        assert not re.match(r"\s*(?:# heading|<details><summary>forged|::|\| forged|> quote)", line), line


def test_the_markdown_summary_renders_without_article_markup(hostile: Path) -> None:
    mistune = pytest.importorskip("mistune", reason="mistune (a great_expectations dependency) renders Markdown")
    from selectolax.lexbor import LexborHTMLParser

    summary = (hostile / "summary.md").read_text(encoding="utf-8")
    rendered = mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "math"])(summary)
    tree = LexborHTMLParser(rendered)
    found = {node.tag for node in tree.root.traverse() if node.tag and not node.tag.startswith("-")}
    assert not {"script", "img", "svg", "iframe", "style", "textarea", "base", "meta", "math"} & found, found
    assert [a.attributes.get("href") for a in tree.css("a")] == ["index.html"]  # only the link to the full report
    assert all(not name.startswith("on") for node in tree.root.traverse() for name in (node.attributes or {}))
    assert "<script>window.__pwned=" in tree.body.text()  # shown as text


# ---------------------------------------------------------------- JUnit and SARIF


def test_junit_parses_and_carries_the_payloads_as_text(hostile: Path) -> None:
    tree = ET.parse(hostile / "junit.xml")
    root = tree.getroot()
    assert root.tag == "testsuites"
    assert {e.tag for e in root.iter()} <= {
        "testsuites",
        "testsuite",
        "testcase",
        "properties",
        "property",
        "failure",
        "skipped",
        "system-out",
    }
    failures = root.findall(".//failure")
    assert failures and any(
        SOURCE_B in (f.text or "")
        and BODY_PAYLOAD.replace("\u2028\u2029", "") in (f.text or "").replace("\u2028\u2029", "")
        for f in failures
    )
    assert any(FILE_SKIPPED in (case.get("name") or "") for case in root.iter("testcase"))
    files = {case.get("file") for case in root.iter("testcase") if case.get("file")}
    assert any(FILE_A in f for f in files)


def test_sarif_is_valid_and_uris_are_encoded(hostile: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads((hostile / "crosscheck.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
        for loc in (*r.get("locations", ()), *r.get("relatedLocations", ()))
    ]
    assert uris and all(not re.search(r"[<>\"' \\]", uri) for uri in uris), uris
    assert any("%3Cimg%20src%3Dx%20onerror%3Dalert" in uri for uri in uris)
    texts = [
        loc["physicalLocation"]["contextRegion"]["snippet"]["text"]
        for r in results
        for loc in r.get("locations", ())
        if "contextRegion" in loc["physicalLocation"]
    ]
    assert any(BODY_PAYLOAD in t for t in texts)


# ---------------------------------------------------------------- GitHub workflow commands

# actions/runner src/Runner.Common/ActionCommand.cs: how the runner reads "::command k=v,k=v::data" from a line
_DATA_ESCAPES = (("%0D", "\r"), ("%0A", "\n"), ("%25", "%"))
_PROPERTY_ESCAPES = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))
COMMANDS = frozenset(
    {
        "error",
        "warning",
        "notice",
        "debug",
        "group",
        "endgroup",
        "add-mask",
        "stop-commands",
        "set-output",
        "save-state",
        "add-path",
        "set-env",
        "echo",
        "add-matcher",
        "remove-matcher",
    }
)


def _unescape(text: str, table: tuple[tuple[str, str], ...]) -> str:
    for escaped, plain in table:
        text = text.replace(escaped, plain)
    return text


def runner_parse(line: str) -> tuple[str, dict[str, str], str] | None:
    """TryParseV2 of the GitHub Actions runner: (command, properties, data), or None when it is no command."""
    message = line.lstrip()
    if not message.startswith("::"):
        return None
    end = message.find("::", 2)
    if end < 0:
        return None
    info = message[2:end]
    name, _, props = info.partition(" ")
    if name not in COMMANDS:
        return None
    properties = {}
    for item in filter(None, props.strip().split(",")):
        key, sep, value = item.partition("=")
        if sep and key and value:
            properties[key] = _unescape(value, _PROPERTY_ESCAPES)
    return name, properties, _unescape(message[end + 2 :], _DATA_ESCAPES)


def test_runner_parse_follows_the_runner() -> None:
    assert runner_parse("::error file=a%2Cb.md,line=3::x%0Ay%25") == ("error", {"file": "a,b.md", "line": "3"}, "x\ny%")
    assert runner_parse("text ::error::x") is None and runner_parse("::bogus::x") is None


def test_github_annotations_cannot_forge_a_workflow_command(hostile: Path, findings: dict) -> None:
    raw = (hostile / "annotations.txt").read_bytes().decode("utf-8")
    lines = re.split(r"\r\n|\r|\n", raw.rstrip("\n"))  # the runner reads stdout line by line, CR or LF
    listed = findings["findings"]
    assert len(lines) == len(listed)
    severities = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(lines, listed, strict=True):
        parsed = runner_parse(line)
        assert parsed is not None, line
        command, properties, data = parsed
        assert command == severities[finding["severity"]]
        assert set(properties) <= {"file", "line", "endLine", "col", "endColumn", "title"}
        assert data.startswith(finding["message"])
        for claim in finding["claims"]:
            assert claim["sentence"] in data and claim["source"] in data  # restored exactly, CR/LF included
    payload_lines = [runner_parse(line) for line in lines if "add-mask" in line or "stop-commands" in line]
    assert payload_lines and all(p is not None and p[0] in ("error", "warning", "notice") for p in payload_lines)
    files = {runner_parse(line)[1].get("file") for line in lines}
    assert any(f and f.endswith(FILE_A) for f in files)  # the hostile file name survives as one property


# ---------------------------------------------------------------- the escaping functions, on any text

TRICKY = st.lists(
    st.sampled_from(
        [
            *"%:,=\r\n\t <>&\"'`|\\*_[]()!#$~-+.09aZ\u2028\u2029\x85\x00\x0b\ufeff",
            "::",
            "%0A",
            "%25",
            "%3A",
            "%2C",
            "##[",
            "</script",
            "<!--",
            "]]>",
            "javascript:",
        ]
    ),
    max_size=30,
).map("".join)
ESCAPING = budget(300)  # CROSSCHECK_FUZZ_EXAMPLES raises it, as for the property tests


@ESCAPING
@given(path=TRICKY | st.text(max_size=20), message=TRICKY | st.text(max_size=40))
def test_a_workflow_command_carries_any_text_back_unchanged(path: str, message: str) -> None:
    line = f"::warning file={escape_property(path)},line=1,title={escape_property(message)}::{escape_data(message)}"
    assert len(re.split(r"\r\n|\r|\n", line)) == 1  # one line however the runner splits its output
    command, properties, data = runner_parse(line)
    assert command == "warning" and data == message and properties["line"] == "1"
    assert properties.get("file", "") == path  # the runner drops an empty value; it trims only the ends of
    assert properties.get("title", "").strip() == message.strip()  # the whole property list


@ESCAPING
@given(text=TRICKY | st.text(max_size=60))
def test_markdown_text_is_one_inert_line(text: str) -> None:
    escaped = md(text, line_start=True)
    assert "\n" not in escaped and "\r" not in escaped and "<" not in escaped
    summary = html_text(text)
    assert "<" not in summary and ">" not in summary and "\n" not in summary


@ESCAPING
@given(text=TRICKY | st.text(max_size=60))
def test_markdown_text_renders_back_to_itself(text: str) -> None:
    mistune = pytest.importorskip("mistune")
    import html as htmllib

    rendered = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])(f"x {md(text)} x")
    inner = rendered.strip().removeprefix("<p>").removesuffix("</p>")
    assert "<" not in inner.replace("&lt;", ""), rendered  # no element
    assert " ".join(htmllib.unescape(inner).split()) == " ".join(f"x {text} x".split()), rendered


@ESCAPING
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | TRICKY | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(TRICKY | st.text(max_size=5), children, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_embedded_json_cannot_end_its_script_element(value: object) -> None:
    text = str(script_json(value))
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


@ESCAPING
@given(text=TRICKY | st.text(max_size=60))
def test_junit_text_is_well_formed_xml(text: str) -> None:
    case = ET.Element("testcase", name=_clean(text))
    ET.SubElement(case, "failure", message=_clean(text)).text = _clean(text)
    parsed = ET.fromstring(ET.tostring(case, encoding="unicode"))
    assert parsed.get("name") == _clean(text) and parsed[0].get("message") == _clean(text)
