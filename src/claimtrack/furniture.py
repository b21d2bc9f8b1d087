"""Page furniture in article text: what a web page puts around a story.

Text copied or crawled from a page carries the page's menus, "Skip to
content", "Advertisement", photo credits, share buttons, "Most read" lists
and copyright lines; extraction would read them as news. Whole lines only
are taken out, never words inside a line, so every sentence that stays is
exactly as given. Three rules, each a small named unit over one line:

- anywhere: a line that is only a furniture phrase ("Advertisement"), a
  photo caption with its credit ("(AP Photo/...)", "View Full Caption"), or
  a link line ("RELATED: ...", "Read more: ...");
- before the story's first paragraph and after its last: lines of menu and
  button words ("Home News Sports Weather", "Email Print Share"), copyright
  lines, and the list of headlines under "Most read", "Related stories"...
"""

from __future__ import annotations

import re

# Lines that are only one of these (letter case, spacing and end punctuation aside) are furniture anywhere.
_PHRASES = """
advertisement
advertisements
ad
sponsored
sponsored content
skip to content
skip to main content
skip navigation
skip to navigation
jump to content
story continues below
story continues below advertisement
article continues below
article continues below advertisement
continue reading below
continue reading the main story
scroll to continue
scroll to continue with content
please enable javascript to watch this video
enable javascript to watch this video
this video is no longer available
video player is loading
loading
loading...
like this: like loading...
like loading...
click to expand
toggle navigation
back to top
back to top button
close
x
×
"""

# Words of menus and buttons: a line made of these alone, at the top or bottom of a text, is furniture.
MENU_WORDS = frozenset("""
home news local national international world us u.s. uk europe asia africa americas politics business economy
markets money finance tech technology science health sport sports weather traffic entertainment culture arts
lifestyle life style travel food opinion opinions editorial editorials analysis features video videos photos photo
gallery galleries podcasts podcast audio live tv radio watch listen newsletters newsletter subscribe subscription
subscriptions login log sign signin register account profile search menu share shares email e-mail print tweet
facebook twitter x instagram youtube pinterest linkedin whatsapp reddit telegram tumblr flipboard comments comment
more less latest trending popular breaking top stories story sections section topics topic contact about us careers
jobs classifieds events community education crime obituaries autos real estate help faq terms privacy policy cookies
settings next previous prev page in up out on to of and the this &
""".split())

_HEADINGS = re.compile(r"^(?:most (?:read|popular|viewed|shared|emailed)|related(?: (?:stories|articles|coverage|"
                       r"content|news|links|posts|topics))?|read (?:more|next)|more (?:stories|news|from \S.*)|"
                       r"see also|trending(?: now| stories)?|recommended(?: for you)?|you (?:may|might) also like|"
                       r"top stories|latest(?: news| stories)?|editor'?s picks|don'?t miss|popular now|"
                       r"sponsored(?: stories| links)?)\s*:?$", re.IGNORECASE)
_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|File|Getty|EPA)?[ /]*Photo\b[^)]*\)|\bView Full Caption\b|\bGetty Images\b|"
                      r"^\(?(?:File )?Photo\)?$|^(?:Photo|Image|Picture|Photograph)(?: credit)?\s*(?::|by\b)|"
                      r"^(?:Image|Photo)? ?\d+ of \d+$|^\(?Photo(?:graph)?s? (?:by|courtesy|credit)\b",
                      re.IGNORECASE)
_LINK_LINE = re.compile(r"^(?:RELATED|Related|READ MORE|Read more|Read More|MORE|WATCH|LISTEN|SEE ALSO|See also|"
                        r"ALSO READ|Also read)\s*:\s+\S|^Read or Share this story:|^Share this(?: article| story)?:",
                        re.MULTILINE)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_EDGE_LINE = re.compile(r"^(?:follow (?:us|@)|sign up for|subscribe to|click here to|download (?:our|the) app|"
                        r"get (?:the|our) .{0,40}newsletter|join the conversation|report a typo|"
                        r"(?:send|email) (?:us )?(?:questions|comments|tips|a news tip)|comments are (?:closed|no longer)|"
                        r"filed under\b|tags?:|topics?:|categories?:)", re.IGNORECASE)
# The words of a line, its separators ('|', '/', dashes, bullets) between them as spaces are:
# 'Breaking NewsNewsPolitics' is 4 words, 'Home | News' 2.
_SEPARATORS = "|\u2022\u00b7/\u203a>\u00bb\u2013\u2014-"
_WORDS = re.compile(r"[A-Z]?[a-z&.']+|[A-Z]+(?![a-z])|[0-9]+|[^\s" + re.escape(_SEPARATORS) + "]")
_CLOSERS = "\"'\u201d\u2019)]"  # what may follow a sentence's last mark: quotes, brackets
_PROSE = re.compile(r"[.!?][" + re.escape(_CLOSERS) + "]*$")
MAX_FURNITURE_LINE = 300


def _bare(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split()).strip(" .:!").casefold()


PHRASES = frozenset(_bare(phrase) for phrase in _PHRASES.strip().split("\n"))
# A longer line is no phrase: it would be mostly spaces or end marks, and is read as it is.
MAX_PHRASE_LINE = 2 * max(map(len, PHRASES)) + 10


def anywhere(line: str) -> bool:
    """A line that is furniture wherever it stands."""
    return _anywhere(line, True)


def _anywhere(line: str, caption_words: bool) -> bool:
    """:func:`anywhere`; ``caption_words`` False when the line's text is known to hold none of
    :func:`_may_be_caption`'s words (trim looks for them once in the whole text)."""
    if len(line) > MAX_FURNITURE_LINE:
        return False
    stripped = line.strip()
    return ((len(stripped) <= MAX_PHRASE_LINE and _bare(line) in PHRASES) or _credit_line(stripped, caption_words)
            or bool(_LINK_LINE.match(stripped)))


def _credit_line(line: str, caption_words: bool = True) -> bool:
    """A photo's credit, or a caption that says nothing but who is shown ('Jo Lind (Photo: County Jail)').

    A caption that is a sentence ('Two men were hurt, police said. (Photo: ...)') is the outlet's
    own statement and stays: it is read like the story's other sentences.
    """
    line = line.replace("Buy Photo", " ").strip()
    credit = _CAPTION.search(line) if _may_be_caption(line, caption_words) else None
    if not credit:
        return False
    rest = (line[:credit.start()] if credit.start() else _CAPTION.sub(" ", line)).strip(" ;,-")
    return len(rest.split()) < 6 or not _PROSE.search(rest)


# Words the patterns need, looked for first: the patterns search a whole line, case-blind. On
# ASCII, where case is simple, a line without them cannot match; others go to the pattern.
_CAPTION_WORDS = ("photo", "caption", "getty", "image", "picture")


def _may_be_caption(line: str, caption_words: bool = True) -> bool:
    if not line.isascii():
        return True
    if line[-1:].isdigit() and " of " in line.lower():
        return True
    if not caption_words:
        return False
    lowered = line.lower()
    return any(word in lowered for word in _CAPTION_WORDS)


def _may_be_copyright(line: str) -> bool:
    if not line.isascii():
        return True
    lowered = line.lower()
    return lowered.startswith(("(c)", "copyright")) or "all rights reserved" in lowered


def at_edge(line: str) -> bool:
    """A line that is furniture before the story's first paragraph or after its last."""
    stripped = line.strip()
    if len(stripped) > MAX_FURNITURE_LINE:
        return False
    if (_may_be_copyright(stripped) and _COPYRIGHT.search(stripped)) or _EDGE_LINE.match(stripped):
        return True
    menu = False  # every word a menu's, and one at least; a story's line fails at its first word or so
    for token in _WORDS.finditer(stripped):
        word = token.group(0)
        if any(map(str.isalnum, word)):
            if word.casefold() not in MENU_WORDS:
                return False
            menu = True
    return menu


def _prose(line: str, anywhere=anywhere, at_edge=at_edge) -> bool:
    """A paragraph of the story: long enough, ending as a sentence ends, and not itself furniture."""
    stripped = line.strip()
    return len(stripped) >= 60 and _ends_sentence(stripped) and not anywhere(stripped) and not at_edge(stripped)


def _ends_sentence(line: str) -> bool:
    """``_PROSE.search(line)`` for a line with no line break, without trying the pattern at every character."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def only_furniture(text: str) -> bool:
    """Nothing but furniture: a page whose article could not be found gives its menus."""
    return all(anywhere(line) or at_edge(line) for line in text.split("\n") if line.strip())


def trim(text: str) -> tuple[str, int]:
    """The text with its furniture lines taken out, and how many were; the text itself when none are.

    The story runs from its first paragraph of prose to its last; the lines around it are tried
    as edge furniture too, the lines within it only as furniture that stands anywhere.
    """
    lines = text.split("\n")
    lowered = text.lower()  # no line of an ASCII text without a caption's words needs the caption pattern
    caption_words = not text.isascii() or any(word in lowered for word in _CAPTION_WORDS)

    def is_anywhere(line: str) -> bool:
        return _anywhere(line, caption_words)

    first = next((i for i, line in enumerate(lines) if _prose(line, is_anywhere)), None)
    if first is None:
        return text, 0
    last = next(i for i in range(len(lines) - 1, first - 1, -1) if _prose(lines[i], is_anywhere))
    drop = set()
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if is_anywhere(line) or ((index < first or index > last) and at_edge(line)):
            drop.add(index)
    heading = next((i for i in range(last + 1, len(lines)) if _HEADINGS.match(_bare(lines[i]))), None)
    if heading is not None:  # a list of headlines under 'Most read': the rest of the text
        drop.update(range(heading, len(lines)))
    if not drop:
        return text, 0
    kept: list[str] = []
    after_drop = False
    for index, line in enumerate(lines):
        if index in drop:
            after_drop = True
            continue
        if after_drop and not line.strip() and (not kept or not kept[-1].strip()):
            continue  # the blank line that set the dropped line apart
        after_drop = after_drop and not line.strip()
        kept.append(line)
    return "\n".join(kept), sum(1 for i in drop if lines[i].strip())
