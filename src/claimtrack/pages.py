"""Saved web pages: the article's main text and what the page says of itself.

trafilatura reads the main text (menus, sidebars, footers and comments left
out) and the metadata the page states: title, author, date, site name,
address (JSON-LD, OpenGraph, meta tags). It is imported only when a page is
read. Nothing is invented: a site name trafilatura makes up from the address,
or a field the page does not state, stays unknown.

Captures say where and when they were taken: a web.archive.org address
("/web/20140215012040/http://..."), the Wayback Machine's own markup, a
SingleFile comment, a browser's "saved from url=" comment or an MHTML
file's headers. The original address and the capture time are kept apart
from the address the copy was read at.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from claimtrack.errors import InvalidInput

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
MHTML_SUFFIXES = (".mhtml", ".mht")
MAX_PAGE_BYTES = 50 * 1024 * 1024  # a single-file page carries its images inline

_SNIFF = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                    re.IGNORECASE | re.DOTALL)
_MHTML = re.compile(rb"^(?:[\w-]+:[^\r\n]*\r?\n)*?MIME-Version:", re.IGNORECASE)

_WAYBACK = re.compile(r"^https?://(?:web\.)?archive\.org/web/(?P<stamp>\d{4,14})(?:[a-z]{2}_)?/+(?P<original>.+)$",
                      re.IGNORECASE)
_WOMBAT = re.compile(r"""__wm\.wombat\(\s*["'](?P<original>https?://[^"']+)["']\s*,\s*["'](?P<stamp>\d{4,14})["']""")
_WAYBACK_NOTE = re.compile(r"FILE ARCHIVED ON (?P<time>\d\d:\d\d:\d\d \w{3} \d\d?, \d{4})")
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s*url:\s*(?P<original>\S+)\s*saved date:\s*(?P<time>[^\n(]+)")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<original>\S+?)\s*-->", re.IGNORECASE)


def is_page(name: str, data: bytes) -> bool:
    """A web page by its name or, whatever its name, by its first bytes."""
    return name.lower().endswith(PAGE_SUFFIXES) or bool(_SNIFF.match(data[:4096])) or _is_mhtml(name, data)


def _is_mhtml(name: str, data: bytes) -> bool:
    return name.lower().endswith(MHTML_SUFFIXES) or bool(_MHTML.match(data[:4096]))


def wayback_capture(url: str | None) -> tuple[str, str] | None:
    """(original address, capture time) of a web.archive.org address, else None."""
    match = _WAYBACK.match(url or "")
    if not match:
        return None
    original = match.group("original")
    if not re.match(r"https?://", original, re.IGNORECASE):
        original = "http://" + original
    original = re.sub(r"^(https?:)/+", r"\1//", original)
    return original, _stamp_time(match.group("stamp"))


def _stamp_time(stamp: str) -> str:
    """An archive timestamp (YYYYMMDDhhmmss, possibly cut short) as an ISO instant in UTC."""
    stamp = stamp.ljust(14, "0")
    parts = [stamp[0:4], stamp[4:6] or "01", stamp[6:8], stamp[8:10], stamp[10:12], stamp[12:14]]
    month, day = max(1, int(parts[1])), max(1, int(parts[2]))
    return f"{parts[0]}-{month:02d}-{day:02d}T{parts[3]}:{parts[4]}:{parts[5]}Z"


def instant(text: str) -> str:
    """A capture time as people and programs write it, as ISO 8601 (in UTC when a zone is given)."""
    from dateutil import parser

    cleaned = " ".join(text.split())
    cleaned = re.sub(r"\bGMT(?=[+-]\d{4})", "", cleaned)  # 'GMT+0200' is an offset, not a zone and an offset
    try:
        when = parser.isoparse(cleaned)
    except ValueError:
        try:
            when = parser.parse(cleaned)
        except (ValueError, OverflowError):
            raise InvalidInput(f"capture time is not a date and time: {text!r}") from None
    if when.tzinfo is None:
        return when.strftime("%Y-%m-%dT%H:%M:%S")
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _capture(markup: str) -> tuple[str | None, str | None]:
    """What the page says of its own capture: (original address, capture time)."""
    match = _WOMBAT.search(markup)
    if match:
        return match.group("original"), _stamp_time(match.group("stamp"))
    match = _SINGLEFILE.search(markup[:20000])
    if match:
        return match.group("original"), instant(match.group("time"))
    match = _SAVED_FROM.search(markup[:4096])
    if match:
        return match.group("original"), None
    match = _WAYBACK_NOTE.search(markup)
    if match:
        stamp = datetime.strptime(match.group("time"), "%H:%M:%S %b %d, %Y")
        return None, stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return None, None


def _mhtml_page(data: bytes, origin: str) -> tuple[bytes, dict[str, str | None]]:
    """The HTML inside an MHTML file, and what its headers say of the capture."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    found = {"original_url": message.get("Snapshot-Content-Location") or message.get("Content-Location"),
             "captured_at": None}
    if message.get("Date"):
        try:
            found["captured_at"] = instant(message["Date"])
        except InvalidInput:
            pass
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:
                payload = payload.decode(charset, "replace").encode("utf-8")
            found["original_url"] = found["original_url"] or part.get("Content-Location")
            return payload, found
    raise InvalidInput(f"{origin}: an MHTML file with no HTML page in it")


def read_page(data: bytes, origin: str, *, today: str | None = None) -> tuple[str, dict[str, str | None], str]:
    """(main text, metadata the page states, media type) of a saved page.

    ``today`` (YYYY-MM-DD) bounds the publication date: a later one is taken
    for a misreading and left unknown.
    """
    import trafilatura
    from trafilatura.metadata import META_URL

    media_type = "text/html"
    found: dict[str, str | None] = {}
    if _is_mhtml(origin, data) and not _SNIFF.match(data[:4096]):
        data, found = _mhtml_page(data, origin)
        media_type = "multipart/related"
    params = {"extensive_search": False, "original_date": True}
    if today:
        params["max_date"] = today
    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True,
                                               date_extraction_params=params)
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        raise InvalidInput(f"{origin}: cannot read the page ({type(error).__name__})") from None
    if document is None or not (document.text or "").strip():
        raise InvalidInput(f"{origin}: no article text found in the page")
    markup = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    url, site = document.url, document.sitename
    if url:  # an archive's address holds another address, whose '//' trafilatura's normalizing merges
        url = re.sub(r"(/web/\d+[a-z_]*/https?:)/(?!/)", r"\1//", url)
    if site and url:
        host = META_URL.match(url)
        if host and site.casefold() == host.group(1).casefold():
            site = None  # made up from the address: the page does not name its outlet
    original, captured = _capture(markup)
    meta = {"outlet": site, "title": document.title, "author": document.author, "url": url,
            "published": document.date, "original_url": original or found.get("original_url"),
            "captured_at": captured or found.get("captured_at")}
    if not meta["url"]:
        meta["url"] = meta["original_url"]
    return document.text, meta, media_type
