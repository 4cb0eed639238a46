"""Evaluate simple XPath expressions that use EXSLT ``re:test()`` without a callback per element.

lxml evaluates ``re:test(@class, '...')`` by calling back into Python for every element the
expression visits, and a ``//*[...]`` expression testing a dozen attributes visits every
element of the page: on a large page one expression costs milliseconds. Expressions of a
simple shape (a path of ``//name[...]`` steps whose predicates test the element's name, its
attributes and a child's text) are evaluated here in two parts: libxml2 (C) finds the
candidate elements, those carrying at least one attribute (or child) the predicate could be
true for, and a Python function generated from the parsed predicate tests those candidates,
with each regular expression tried once per distinct attribute value.

:func:`compile_xpath` returns a callable that takes an element and returns the matching
elements in document order, as ``lxml.etree.XPath`` does. An expression outside the subset
raises :class:`UnsupportedXPath`, so callers can keep lxml's own evaluation for it.

>>> import lxml.html
>>> find = compile_xpath("//*[self::p or self::span][@class='byline' or re:test(@id, 'auth?or')]")
>>> page = lxml.html.fromstring('<div><p class="byline">By Ann</p><span id="author-1">Ann</span><p>x</p></div>')
>>> [e.text for e in find(page)]
['By Ann', 'Ann']

The subset: ``path ('|' path)*``; a path is ``//`` or ``.//`` then steps joined by ``//``; a
step is ``*`` or a name with ``[predicate]`` filters; a predicate is built with ``or``,
``and``, ``not(...)`` and parentheses from ``self::name``, ``@a``, ``@a='v'``, ``@a!='v'``,
``name='v'`` (a child element whose text is v), ``contains(@a, 'v')``,
``starts-with(@a, 'v')`` and ``re:test(@a, 'pattern'[, 'i'])``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

__all__ = ["UnsupportedXPath", "child_tests", "compile_xpath", "compile_xpaths"]


class UnsupportedXPath(ValueError):
    """The expression uses XPath beyond the subset this module evaluates."""


_TOKEN = re.compile(
    r"""\s*(?:
    (?P<string>'[^']*'|"[^"]*")
  | (?P<axis>self::)
  | (?P<func>contains|starts-with|re:test|not)\s*(?=\()
  | (?P<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)
  | (?P<op>!=|=|\(|\)|\[|\]|,|@|\*|\.//|//|\|)
)""",
    re.VERBOSE,
)


@dataclass
class _Cond:
    """A parsed predicate: a Python expression over ``el`` (with ``g = el.get``) and what an
    element needs for it to be true.

    ``needs`` is a set of XPath node tests (``@class``, ``rel``) one of which every element
    satisfying the predicate has, or None when no such set is known.
    """

    code: str
    needs: frozenset[str] | None


def _tokens(expr: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if m is None or m.end() == pos:
            raise UnsupportedXPath(f"cannot read {expr[pos : pos + 20]!r} in {expr!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(expr) and expr[pos].isspace():
            pos += 1
    return out


def _unquote(s: str) -> str:
    return s[1:-1]


class _Parser:
    def __init__(self, expr: str) -> None:
        self.expr = expr
        self.toks = _tokens(expr)
        self.i = 0
        self.patterns: list[re.Pattern[str]] = []  # re:test patterns, referenced as _re<N>
        self.children: set[str] = set()  # element names of ``name='v'`` tests (a child's text)

    # ------------------------------------------------------------------ helpers
    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, kind: str, value: str | None = None) -> str:
        tok = self.peek()
        if tok is None or tok[0] != kind or (value is not None and tok[1] != value):
            raise UnsupportedXPath(f"expected {value or kind} at token {self.i} of {self.expr!r}")
        self.i += 1
        return tok[1]

    def at(self, kind: str, value: str | None = None) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == kind and (value is None or tok[1] == value)

    # ------------------------------------------------------------------ grammar
    def union(self) -> list[tuple[str, list[tuple[str, _Cond | None]]]]:
        paths = [self.path()]
        while self.at("op", "|"):
            self.take("op", "|")
            paths.append(self.path())
        if self.peek() is not None:
            raise UnsupportedXPath(f"unexpected token {self.peek()!r} in {self.expr!r}")
        return paths

    def path(self) -> tuple[str, list[tuple[str, _Cond | None]]]:
        if not (self.at("op", "//") or self.at("op", ".//")):
            raise UnsupportedXPath(f"a path must start with // or .// in {self.expr!r}")
        start = self.take("op")
        steps = [self.step()]
        while self.at("op", "//"):
            self.take("op", "//")
            steps.append(self.step())
        return start, steps

    def step(self) -> tuple[str, _Cond | None]:
        if self.at("op", "*"):
            name = self.take("op", "*")
        else:
            name = self.take("name")
            if ":" in name or name in ("or", "and"):
                raise UnsupportedXPath(f"unexpected name {name!r} in {self.expr!r}")
        conds: list[_Cond] = []
        while self.at("op", "["):
            self.take("op", "[")
            conds.append(self.or_expr())
            self.take("op", "]")
        return name, _all_of(conds) if conds else None

    def or_expr(self) -> _Cond:
        parts = [self.and_expr()]
        while self.at("name", "or"):
            self.take("name", "or")
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else _any_of(parts)

    def and_expr(self) -> _Cond:
        parts = [self.unary()]
        while self.at("name", "and"):
            self.take("name", "and")
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else _all_of(parts)

    def unary(self) -> _Cond:
        if self.at("func", "not"):
            self.take("func", "not")
            self.take("op", "(")
            inner = self.or_expr()
            self.take("op", ")")
            return _Cond(f"(not {inner.code})", None)
        if self.at("op", "("):
            self.take("op", "(")
            inner = self.or_expr()
            self.take("op", ")")
            return inner
        return self.atom()

    def atom(self) -> _Cond:
        if self.at("axis"):
            self.take("axis")
            return _Cond(f"(el.tag == {self.take('name')!r})", None)
        if self.at("op", "@"):
            self.take("op", "@")
            attr = self.take("name")
            needs = frozenset({f"@{attr}"})
            if self.at("op", "=") or self.at("op", "!="):
                op = self.take("op")
                value = _unquote(self.take("string"))
                if op == "=":
                    return _Cond(f"(g({attr!r}) == {value!r})", needs)
                return _Cond(f"(g({attr!r}) not in (None, {value!r}))", needs)
            return _Cond(f"(g({attr!r}) is not None)", needs)
        if self.at("func"):
            func = self.take("func")
            self.take("op", "(")
            self.take("op", "@")
            attr = self.take("name")
            self.take("op", ",")
            value = _unquote(self.take("string"))
            flags = ""
            if func == "re:test" and self.at("op", ","):
                self.take("op", ",")
                flags = _unquote(self.take("string"))
            self.take("op", ")")
            return self.function(func, attr, value, flags)
        if self.at("name"):
            child = self.take("name")
            if ":" in child or child in ("or", "and"):
                raise UnsupportedXPath(f"unexpected {child!r} in {self.expr!r}")
            self.take("op", "=")
            value = _unquote(self.take("string"))
            self.children.add(child)
            return _Cond(f"_child_text_is(el, {child!r}, {value!r})", frozenset({child}))
        raise UnsupportedXPath(f"unexpected token {self.peek()!r} in {self.expr!r}")

    def function(self, func: str, attr: str, value: str, flags: str) -> _Cond:
        needs: frozenset[str] | None = frozenset({f"@{attr}"})
        if func in ("contains", "starts-with"):
            if not value:
                return _Cond("True", None)
            if func == "contains":
                return _Cond(f"({value!r} in (g({attr!r}) or ''))", needs)
            return _Cond(f"(g({attr!r}) or '').startswith({value!r})", needs)
        # EXSLT regular expressions as lxml evaluates them: Python's re.search, flag 'i' only
        if set(flags) - {"i", "g"}:
            raise UnsupportedXPath(f"re:test flags {flags!r}")
        try:
            pattern = re.compile(value, re.IGNORECASE if "i" in flags else 0)
        except re.error as exc:
            raise UnsupportedXPath(f"pattern {value!r}: {exc}") from None
        if pattern.search(""):
            needs = None  # true without the attribute as well
        self.patterns.append(pattern)
        return _Cond(f"_test(_re{len(self.patterns) - 1}, g({attr!r}) or '', memo)", needs)


def _child_text_is(el: Any, child: str, value: str) -> bool:
    return any("".join(c.itertext()) == value for c in el.iterchildren(child))


def _test(pattern: re.Pattern[str], value: str, memo: dict) -> bool:
    # a page repeats the same class and id values on many elements
    key = (pattern, value)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = pattern.search(value) is not None
    return hit


def _any_of(parts: list[_Cond]) -> _Cond:
    needs: frozenset[str] | None = frozenset()
    for p in parts:
        needs = None if needs is None or p.needs is None else needs | p.needs
    return _Cond("(" + " or ".join(p.code for p in parts) + ")", needs)


def _all_of(parts: list[_Cond]) -> _Cond:
    known = [p.needs for p in parts if p.needs is not None]
    needs = min(known, key=len) if known else None
    return _Cond("(" + " and ".join(p.code for p in parts) + ")", needs)


def _predicate(cond: _Cond, patterns: list[re.Pattern[str]]) -> Callable[[Any, dict], bool]:
    namespace: dict[str, Any] = {"_test": _test, "_child_text_is": _child_text_is}
    namespace.update({f"_re{i}": p for i, p in enumerate(patterns)})
    # the source is built from parsed tokens only: names, quoted literals (repr) and operators
    source = f"def predicate(el, memo):\n    g = el.get\n    return {cond.code}\n"
    exec(compile(source, "<xpath predicate>", "exec"), namespace)
    return namespace["predicate"]


def compile_xpath(expr: str) -> Callable[..., list]:
    """A callable giving the elements ``expr`` selects from a context element, in document order.

    Raises :class:`UnsupportedXPath` for expressions outside the subset (see the module doc).
    """
    return compile_xpaths([expr])[0]


def child_tests(exprs: list[str]) -> frozenset[str]:
    """The element names whose text the expressions test (``name='v'``): the only part of a
    predicate of the subset that reads more than the element's own name and attributes.

    Raises :class:`UnsupportedXPath` for expressions outside the subset.

    >>> sorted(child_tests(["//*[@id='a' or rel='me']", "//time|//figure"]))
    ['rel']
    """
    names: set[str] = set()
    for expr in exprs:
        parser = _Parser(expr)
        parser.union()
        names |= parser.children
    return frozenset(names)


def compile_xpaths(exprs: list[str]) -> list[Callable[..., list]]:
    """:func:`compile_xpath` for several expressions that will be asked of the same tree.

    Their ``//*[...]`` steps share one candidate search (the union of what each predicate
    needs): call each with the same ``shared={}`` for one unchanged tree, so the candidate
    elements are found once for all of them.
    """
    parsers = [_Parser(e) for e in exprs]
    parsed = [(p, p.union()) for p in parsers]
    shared_needs: frozenset[str] | None = frozenset()
    for _p, paths in parsed:
        for start, steps in paths:
            name, cond = steps[0]
            if start == "//" and name == "*":
                shared_needs = (
                    None if shared_needs is None or cond is None or cond.needs is None else shared_needs | cond.needs
                )
    # ("/descendant::" is what "//" selects when the predicates do not count positions, as none
    # of the subset's do, and libxml2 finds it without merging one child set per element)
    shared_find = etree.XPath(
        f"/descendant::*[{' or '.join(sorted(shared_needs))}]" if shared_needs else "/descendant::*"
    )
    return [_evaluator(parser, paths, shared_find) for parser, paths in parsed]


def _evaluator(parser: _Parser, paths: list, shared_find: Any) -> Callable[..., list]:
    compiled = []
    for start, steps in paths:
        stages = []
        for n, (name, cond) in enumerate(steps):
            axis = "/descendant::" if n == 0 and start == "//" else "descendant::"
            if n == 0 and start == "//" and name == "*":
                find = shared_find
            else:
                # the C part: only elements that can satisfy the predicate at all
                filt = f"[{' or '.join(sorted(cond.needs))}]" if cond is not None and cond.needs else ""
                find = etree.XPath(f"{axis}{name}{filt}")
            stages.append((find, _predicate(cond, parser.patterns) if cond is not None else None))
        compiled.append(stages)

    def evaluate(context: Any, shared: dict | None = None) -> list:
        memo: dict = {}
        found: list[list] = []
        for stages in compiled:
            current: list = [context]
            for find, test in stages:
                nxt: dict = {}
                for node in current:
                    if find is shared_find and shared is not None:
                        candidates = shared.get(id(find))
                        if candidates is None:
                            candidates = shared[id(find)] = find(node)
                    else:
                        candidates = find(node)
                    for el in candidates:
                        if test is None or test(el, memo):
                            nxt[el] = None
                current = list(nxt)
                if not current:
                    break
            if current:
                found.append(current)
        if len(found) == 1:  # one path's result: already in document order
            return found[0]
        return _document_order(context, [el for f in found for el in f])

    return evaluate


def _document_order(context: Any, elements: list) -> list:
    unique = dict.fromkeys(elements)
    if len(unique) <= 1:
        return list(unique)
    root = context.getroottree().getroot()
    rank = {el: i for i, el in enumerate(root.iter())}
    return sorted(unique, key=rank.__getitem__)
