"""User text made inert in Markdown: it is shown, never interpreted.

Statements, quotes, notes and outlet names come from articles and people; a
report must show them literally. Every ASCII punctuation character that
CommonMark (or GitHub's tables and strikethrough) gives a meaning is
backslash-escaped, line starts that open a block are neutralized, and only
http(s) addresses ever become links.
"""

from __future__ import annotations

import re

# Controls (except tab and newline), bidi overrides and zero-width marks.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_INVISIBLE_CODES = [c for c in range(0x2070) if _INVISIBLE.match(chr(c))] + [0xFEFF]
_CLEAN = str.maketrans({**{c: "\ufffd" for c in _INVISIBLE_CODES}, "\r": "\n"})
# Markdown-significant punctuation escaped; line breaks and tabs (the only whitespace
# that changes Markdown structure) become spaces; other spacing is kept verbatim.
_INLINE = str.maketrans({**{c: "\\" + c for c in "\\`*_[]<>!&~|#"}, "\n": " ", "\t": " "})
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<>!&~|#\n\t]")
_BLOCK_START = re.compile(r"^(\d{1,9}(?=[.)])|)([-+=>.)])")
_WEB_URL = re.compile(r"^https?://[^\s/?#\\][^\s]*$", re.IGNORECASE)
_UNSAFE_IN_URL = re.compile(r"[<>\"'`\\]")


def clean(text: object) -> str:
    """Text without invisible characters; None is empty."""
    if text is None:
        return ""
    text = str(text)
    return text.replace("\r\n", "\n").translate(_CLEAN) if _INVISIBLE.search(text) or "\r" in text else text


def md_inline(text: object) -> str:
    """One line of literal text, safe anywhere inline: paragraphs, headings, table cells, link text."""
    escaped = clean(text)
    if _NEEDS_ESCAPE.search(escaped):
        escaped = escaped.translate(_INLINE)
    escaped = escaped.strip(" ")
    if escaped[:1] in "-+=>.)0123456789":
        # a list marker, ordered-list number, blockquote or setext underline at the start
        return _BLOCK_START.sub(r"\1\\\2", escaped, count=1)
    return escaped


def md_lines(text: object, indent: str = "") -> str:
    """Literal multi-line text: each line escaped, joined by hard line breaks."""
    lines = [md_inline(line) for line in clean(text).split("\n")]
    lines = [line for line in lines if line]
    return ("\\\n" + indent).join(lines)


def web_url(url: object) -> str | None:
    """The address if it is http(s), else None: other schemes never become links.

    Characters that could end an attribute or a Markdown destination are
    percent-encoded, as a browser would send them.
    """
    if not isinstance(url, str):
        return None
    url = clean(url).strip()
    if not _WEB_URL.match(url) or "\ufffd" in url:
        return None
    return _UNSAFE_IN_URL.sub(lambda m: f"%{ord(m.group(0)):02X}", url)


def _destination(url: str) -> str:
    out = []
    for char in url:
        if char in "\\()&":
            out.append("\\" + char)
        elif ord(char) < 33 or char in "<>\x7f":
            out.append("".join(f"%{b:02X}" for b in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


def md_link(text: object, url: object) -> str:
    """A link when the address is http(s), otherwise the text alone."""
    label = md_inline(text)
    target = web_url(url)
    if not target:
        return label
    return f"[{label or md_inline(target)}]({_destination(target)})"


def md_code(text: str) -> str:
    """A code span for identifiers; falls back to escaped text if it holds a backtick."""
    return f"`{text}`" if text and "`" not in text and text.strip() == text else md_inline(text)
