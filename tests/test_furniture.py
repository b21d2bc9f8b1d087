"""Page furniture left out of article text: whole lines, and only furniture."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import furniture

LEAD = "A storm cut power to about 12,000 homes across the northern districts overnight, the utility said."
MIDDLE = "Crews expected to restore most connections by Thursday evening, a spokesman for the company added."
LAST = "Schools in the two worst-hit towns will stay closed on Wednesday, the county announced."


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Skip to content", "Skip to main content", "Story continues below advertisement",
    "Please enable Javascript to watch this video", "Like this: Like Loading...", "Close", "\u00d7",
    "Linemen at work. (AP Photo/Dana Whit)", "Jo Lind (Photo: County Jail)", "Photo: County Fire Service", "(File photo)",
    "Photo by Lee Ames / Valley Record", "3 of 12", "Residents clear debris. View Full Caption Getty Images/Kai Moss",
    "RELATED: Storm warnings issued for the coast", "Read more: What to do when the power goes out",
    "Read or Share this story: http://short.example/abc",
])
def test_furniture_anywhere(line):
    assert furniture.anywhere(line)


@pytest.mark.parametrize("line", [
    LEAD, MIDDLE, "Advertisement revenue fell by 12 percent last year, the company said.",
    "Close to 300 people were evacuated.", "The photo agency said 3 of its 12 staff were hurt.",
    "Related charges were filed on Monday against two men.", "Photographers were kept away from the site.",
    # a caption that states something is the outlet's own sentence
    "Two linemen were hurt when the pole fell, the utility said. (AP Photo/Dana Whit)",
    "Buy Photo Crews restored power to 9,000 homes by noon. (Photo: Lee Ames)",
])
def test_not_furniture_anywhere(line):
    assert not furniture.anywhere(line)


@pytest.mark.parametrize("line", [
    "Home News Sports Weather Traffic", "Home | News | Local | Politics", "Breaking NewsNewsPolitics", "Email",
    "Share this: Facebook", "Print", "Pinterest", "Comments", "Copyright 2024 Valley Record. All rights reserved.",
    "\u00a9 2023 Northside Media Group", "(c) 2021 Coastal Radio Inc.", "Follow us on Twitter | Like us on Facebook",
    "Sign up for our morning newsletter", "Download our app here.", "Tags: storm, power, weather",
])
def test_furniture_at_the_edges(line):
    assert furniture.at_edge(line)


@pytest.mark.parametrize("line", [
    LEAD, "By Jana Kirk", "Updated: 04/12/2024 10:24 PM", "OSLO, Norway -", "Storm leaves 12,000 homes without power",
    "The news came late on Sunday.", "Police said the shooting happened at home.",
])
def test_not_furniture_at_the_edges(line):
    assert not furniture.at_edge(line)


def test_menus_before_the_story_and_buttons_and_lists_after_it_are_left_out():
    text = "\n".join([
        "Skip to content", "Home News Sports Weather", "", "Storm leaves 12,000 homes without power", "",
        "By Jana Kirk", "", LEAD, "", "Advertisement", "", MIDDLE, "", "Linemen at work. (AP Photo/Dana Whit)", "",
        LAST, "", "Email", "", "Print", "", "Copyright 2024 Valley Record. All rights reserved.", "", "Most read", "",
        "Council backs tram line", "", "Heatwave warning for the weekend", ""])
    trimmed, dropped = furniture.trim(text)
    assert trimmed == "\n".join(["Storm leaves 12,000 homes without power", "", "By Jana Kirk", "", LEAD, "", MIDDLE,
                                 "", LAST, ""])
    assert dropped == 10


def test_a_text_with_no_furniture_is_given_back_as_it_is():
    text = f"Storm leaves homes without power\n\n\n{LEAD}\n{MIDDLE}\n\n\n\n{LAST}\nHome\n"
    assert furniture.trim(text.replace("Home\n", "")) == (text.replace("Home\n", ""), 0)
    # a word of a menu inside the story is no furniture; after the last paragraph it is
    assert furniture.trim(text)[0] == text.replace("Home\n", "")


def test_a_short_text_with_no_paragraph_is_left_alone():
    assert furniture.trim("Home\nStorm cuts power.\n") == ("Home\nStorm cuts power.\n", 0)


def test_text_file_furniture_is_left_out_by_default_and_kept_on_request(run, article):
    body = "Skip to content\nHome News Weather\n\n" + LEAD + "\n\nAdvertisement\n\n" + MIDDLE + "\n\n" + LAST + \
        "\n\nCopyright 2024 Valley Record. All rights reserved.\n"
    path = article("storm.txt", body, {"outlet": "Valley Record"})
    [added] = run.json("source", "add", "--json", path)
    record = run.json("source", "show", added["id"], "--json")
    assert record["text"] == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}\n"
    assert record["original"]["media_type"] == "text/plain"
    assert run("source", "show", added["id"], "--original").stdout == path.read_text()
    # a quote is anchored in the stored text
    run("claim", "add", "Power cut to 12,000 homes", "--source", added["id"], "--quote", "about 12,000 homes",
        "--key", "storm.homes-without-power", "--value", "about 12,000")
    assert run("check").stdout == "ok\n"
    # the same file as given is the same article: not added again
    again = run("source", "add", "--keep-furniture", path)
    assert "same text as source" in again.stderr
    kept = article("storm-kept.txt", body + "\nOne more line.\n")
    [added] = run.json("source", "add", "--json", "--keep-furniture", kept)
    record = run.json("source", "show", added["id"], "--json")
    assert record["text"].startswith("Skip to content\n") and record["original"] is None


def test_a_text_added_before_furniture_was_left_out_is_still_the_same_source(run, article):
    body = "Home News Weather\n\n" + LEAD + "\n\n" + MIDDLE + "\n"
    run("source", "add", "--keep-furniture", article("a.txt", body))
    assert "same text as source" in run("source", "add", article("b.txt", body)).stderr
    assert len(run.json("source", "list", "--json")) == 1


# What the furniture patterns look for, in any case, among words and marks of running text.
_PIECES = ["photo", "Photo", "PHOTO", "(AP Photo/Jo Lind)", "View Full Caption", "getty images", "Image", "picture",
           "Picture credit:", "3 of 12", "of", "12", "(c)", "(C)", "Copyright", "COPYRIGHT", "all rights reserved",
           "All Rights Reserved", "\u00a9", "by", ":", "(", ")", "File", "Photo)", "the", "mayor", "said", ".",
           "\u0130mage", "PHOT\u0130", "\u017fhop"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=7), st.sampled_from([" ", "", "  "]))
def test_the_quick_checks_never_change_what_a_line_is(pieces, separator):
    """Lines without the words a caption or a copyright needs skip those patterns: the answer is
    what the patterns alone give."""
    line = separator.join(pieces)
    for candidate in (line, line.strip()):
        assert furniture._may_be_caption(candidate) or furniture._CAPTION.search(candidate) is None, candidate
        assert furniture._may_be_copyright(candidate) or furniture._COPYRIGHT.search(candidate) is None, candidate


@pytest.mark.parametrize("line", ["Image: Reuters", "IMAGE BY JO LIND", "Picture by staff", "Photograph credit: AP",
                                  "(File Photo)", "Photos by Jo Lind", "Getty Images", "View full caption",
                                  "Image 3 of 12", "4 of 9"])
def test_each_caption_shape_passes_the_quick_check(line):
    assert furniture._CAPTION.search(line) and furniture._may_be_caption(line)


# How a line was cut into words before: separators rewritten as spaces, then the words matched.
_OLD_TOKENS = re.compile(r"[A-Z]?[a-z&.'-]+|[A-Z]+(?![a-z])|[0-9]+|\S")
_OLD_SEPARATORS = re.compile(r"[|\u2022\u00b7/\u203a>\u00bb\u2013\u2014-]+")
_LINE_PIECES = ["Home", "News", "NewsPolitics", "e-mail", "U.S.", "iPhone", "McDonald", "USA", "AT&T", "&", "it's",
                "12", "3rd", "|", "/", "-", "--", "\u2022", "\u00b7", "\u203a", ">", "\u00bb", "\u2013", "\u2014", ".", "'",
                "\u00c9cole", "Z\u00fcrich", "\u00e9t\u00e9", "\u0130", "\u0131", "\u00df", "\u4e0a\u6d77", "\u00a0", "\t", "\u2003", "_",
                "Share", "the", "Print"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=8), st.sampled_from([" ", "", "  ", "\u00a0"]))
def test_words_are_read_as_with_separators_rewritten_as_spaces(pieces, separator):
    line = separator.join(pieces)
    old = [m.group(0) for m in _OLD_TOKENS.finditer(_OLD_SEPARATORS.sub(" ", line))]
    assert [m.group(0) for m in furniture._WORDS.finditer(line)] == old, line


@pytest.mark.parametrize("line", [
    "The council met.", "The council met", 'He said: "We will rebuild."', "Who knew?)", "Stop!\u201d", "(See below.)",
    "Ends with a bracket.]", "Ends with a quote.'", "A list:", "", ".", "\u201d", "Two marks?!", "A dash.-", "Tab.\t",
    "Closing quote first\u201d.", "\u00c9t\u00e9 fini.", "Nothing to close)",
])
def test_a_sentence_end_is_told_as_the_prose_pattern_tells_it(line):
    assert furniture._ends_sentence(line) == bool(furniture._PROSE.search(line))


def _trim_line_by_line(text: str) -> str:
    """What trim leaves, worked out the slow way: every line asked every question."""
    lines = text.split("\n")
    prose = [i for i, line in enumerate(lines) if furniture._prose(line)]
    if not prose:
        return text
    drop = {i for i, line in enumerate(lines) if line.strip() and (
        furniture.anywhere(line) or ((i < prose[0] or i > prose[-1]) and furniture.at_edge(line)))}
    heading = next((i for i in range(prose[-1] + 1, len(lines)) if furniture._HEADINGS.match(furniture._bare(lines[i]))),
                   None)
    if heading is not None:
        drop.update(range(heading, len(lines)))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


_TEXT_LINES = [LEAD, MIDDLE, LAST, "", "", "Home News Sports", "Advertisement", "Linemen at work. (AP Photo/Dana Whit)",
               "Image 4 of 11", "3 of 12", "Copyright 2024 Valley Record. All rights reserved.", "Most read",
               "Council backs tram line", "RELATED: Council backs tram line", "By Jana Kirk", "Email", "\u00a9 AFP",
               "Storm leaves 12,000 homes without power", "Residents said the picture was grim at first light, "
               "and that the pictures on social media had not shown half of it.", "Caf\u00e9 owners counted the cost.",
               "Two men were hurt when the pole fell, the utility said. (Photo: Lee Ames)", "Share this article:  x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_LINES), max_size=14))
def test_trim_asks_each_line_only_what_it_must_and_leaves_what_asking_all_would(lines):
    """trim looks for caption words once in the whole text and asks lines inside the story
    nothing about the edges: what it leaves is what asking every line everything leaves (the
    blank lines that set a dropped line apart aside)."""
    text = "\n".join(lines)
    trimmed, dropped = furniture.trim(text)
    assert [line for line in trimmed.split("\n") if line.strip()] == \
        [line for line in _trim_line_by_line(text).split("\n") if line.strip()]
