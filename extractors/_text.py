"""Input clean-up and segmentation: HTML stripping, language guess, paragraphs and chunks (private)."""

from __future__ import annotations

import html
import re

__all__ = ["looks_like_html", "strip_html", "detect_language", "paragraphs", "chunks"]

_HTML_HINT = re.compile(r"<\s*(html|body|head|p|div|span|br|script|style|a|h[1-6]|li|ul|article|section|meta|img|table)\b[^>]*>", re.I)
_BLOCK = re.compile(r"<\s*/?\s*(p|div|br|h[1-6]|li|ul|ol|article|section|tr|table|header|footer|blockquote)\b[^>]*>", re.I)
_DROP = re.compile(r"<\s*(script|style|noscript|template|svg|head)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_NL = frozenset("de het een en van is dat die niet op met voor zijn in te ook als er maar om aan hij zij ze wordt "
                "werd door bij naar nog heeft hebben wel dan dit deze uit over tot kan zal worden jaar".split())
_EN = frozenset("the a an and of is that not on with for are in to also as there but at he she they was were "
                "by from has have this these out over can will be which it its their would been".split())


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:200_000])) >= 2


def strip_html(text: str) -> str:
    """Remove scripts, styles, comments and tags; block tags become paragraph breaks; unescape entities."""
    t = _COMMENT.sub(" ", text)
    t = _DROP.sub(" ", t)
    t = _BLOCK.sub("\n\n", t)
    t = _TAG.sub("", t)
    t = html.unescape(t)
    t = re.sub(r"[ \t\r\f\v]+", " ", t)
    t = re.sub(r" *\n *", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip()


def language_scores(text: str) -> tuple[int, int]:
    words = re.findall(r"[a-zA-Zàáâäèéêëïíóöúü']+", text.lower())
    return sum(w in _NL for w in words), sum(w in _EN for w in words)


def detect_language(text: str) -> str:
    """'nl' or 'en' by stopword ratio (ties and empty text: 'nl')."""
    nl, en = language_scores(text[:100_000])
    return "en" if en > nl else "nl"


def paragraphs(text: str, max_len: int = 20_000) -> list[tuple[int, str]]:
    """Non-empty lines/paragraphs with their start offsets; very long ones split at sentence ends."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if not seg:
            continue
        s += lead
        while len(seg) > max_len:
            cut = max(seg.rfind(". ", 0, max_len), seg.rfind("? ", 0, max_len), seg.rfind("! ", 0, max_len))
            if cut < max_len // 4:
                cut = seg.rfind(" ", 0, max_len)
            if cut <= 0:
                cut = max_len - 1
            part = seg[: cut + 1]
            out.append((s, part.rstrip()))
            rest = seg[cut + 1:]
            lead = len(rest) - len(rest.lstrip())
            s += cut + 1 + lead
            seg = rest.strip()
        if seg:
            out.append((s, seg))
    return out


def chunks(paras: list[tuple[int, str]], size: int = 30_000) -> list[list[tuple[int, str]]]:
    """Group consecutive paragraphs into chunks of about ``size`` characters."""
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    n = 0
    for p in paras:
        if cur and n + len(p[1]) > size:
            out.append(cur)
            cur, n = [], 0
        cur.append(p)
        n += len(p[1]) + 1
    if cur:
        out.append(cur)
    return out
