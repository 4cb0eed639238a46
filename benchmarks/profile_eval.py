"""Does a learned :class:`newsclean.Profile` remove chrome the built-in rules miss?

Two measurements (issue 8, part 1):

1. **Synthetic sites.** A corpus generated here: several invented sites (English and
   German) whose pages share chrome that no built-in rule knows (desk names, a
   fact-check pledge written as a sentence, a "tip the desk" box inside the story,
   teaser headlines that rotate daily, footer links, counters whose digits change, and
   promotions inside the story on about one page in ten, too rare to learn),
   around invented stories made of random sentences, so no two story paragraphs are
   the same. One site runs a follow-up series that repeats a quote inside several
   stories: that quote is story text the profile must keep. Every line carries its
   truth (story, chrome, or headline/byline metadata, which is not scored). Chrome
   removal is scored per line: precision = removed chrome lines / removed lines,
   recall = removed chrome lines / chrome lines. Three runs: no profile; a profile
   learned on the same pages (two passes, as ``extract_many(learn=True)``); a profile
   learned on half of each site's pages and applied to the other half (held out).
2. **ScrapingHub text renderings** (``../shared/bench/scrapinghub``), grouped by the
   registered domain of each page's URL: the benchmark's body F1 without and with a
   profile learned on the benchmark's own pages, with the default thresholds and with
   thresholds lowered to two pages per site.

``python -m benchmarks.profile_eval [--pages 30] [--seed 7] [--bench ../shared/bench]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import newsclean
from newsclean.profile import Profile, site_of

STORY, CHROME, META = "story", "chrome", "meta"


@dataclass
class SyntheticPage:
    site: str
    url: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, truth)

    @property
    def text(self) -> str:
        return "\n".join(t for t, _ in self.lines) + "\n"


# ---------------------------------------------------------------------- story text
_EN = {
    "who": ["the harbour board", "the county council", "the school trust", "a local ferry operator",
            "the water company", "the fire service", "the chamber of commerce", "the town's hospital",
            "a group of fishermen", "the rail authority", "the museum's trustees", "the parish council"],
    "name": ["Ines Calloway", "Tomas Reyner", "Priya Aldwin", "Marek Stoll", "Ada Penhallow",
             "Jonah Ferris", "Lena Okafor", "Silas Brandt", "Ruth Amberley", "Owen Teague"],
    "verb": ["approved", "postponed", "announced", "rejected", "reviewed", "funded", "questioned",
             "extended", "cut", "published"],
    "thing": ["a plan to rebuild the north pier", "a new timetable for the winter ferries",
              "the budget for road repairs", "a study of the river's water quality",
              "the closure of two village schools", "a scheme to insulate older homes",
              "the sale of the old customs house", "new parking charges near the beach",
              "a report on coastal flooding", "the hiring of twelve more nurses",
              "a programme of summer concerts", "the repair of the lighthouse lamp"],
    "when": ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning", "on Friday",
             "at the weekend", "last month", "after a long meeting"],
    "why": ["after complaints from residents", "because costs had risen sharply",
            "following a storm that damaged the quay", "after a survey of local businesses",
            "because of a shortage of staff", "to meet new safety rules", "after a public petition",
            "as visitor numbers grew"],
}
_EN_TEMPLATES = [
    "{Who} {verb} {thing} {when}, {why}.",
    "{Name}, who speaks for {who}, said the decision would be reviewed within {n} months.",
    "About {n} people attended the meeting, and {n2} of them asked questions about {thing}.",
    "Officials said {thing} would cost roughly {n} thousand pounds over {n2} years.",
    "{Name} told reporters that {who} had not been consulted {when}.",
    "Critics argued that {thing} had been delayed {why}, while supporters welcomed the news.",
    "Figures from {who} showed a rise of {n} per cent compared with the same period {n2} years ago.",
]
_DE = {
    "who": ["der Gemeinderat", "die Stadtwerke", "der Schulverband", "die Feuerwehr", "das Landratsamt",
            "der Verkehrsverbund", "die Kreisklinik", "der Heimatverein", "die Handwerkskammer"],
    "name": ["Jana Weidlich", "Ralf Amsel", "Petra Kornmeier", "Lukas Brenner", "Sabine Ostertag",
             "Tobias Hallmann", "Miriam Zeller", "Georg Lindauer"],
    "verb": ["beschloss", "verschob", "kündigte", "prüfte", "lehnte", "genehmigte"],
    "thing": ["den Neubau der Turnhalle", "einen neuen Fahrplan für die Buslinien", "die Sanierung der Brücke",
              "den Ausbau des Radwegs", "die Schließung des Hallenbads", "ein Förderprogramm für Solaranlagen",
              "die Erweiterung des Kindergartens", "neue Parkgebühren in der Innenstadt"],
    "when": ["am Montag", "am Dienstagabend", "am Mittwoch", "am Donnerstag", "in der vergangenen Woche"],
    "why": ["nach Beschwerden von Anwohnern", "wegen gestiegener Baukosten", "nach einem Gutachten",
            "wegen fehlender Fachkräfte", "nach einer Bürgerversammlung"],
}
_DE_TEMPLATES = [
    "{Who} {verb} {when} {thing}, und zwar {why}.",
    "{Name}, Sprecherin des Verbands, sagte, die Entscheidung werde in {n} Monaten überprüft.",
    "Rund {n} Menschen kamen {when} zu der Sitzung, {n2} von ihnen stellten Fragen zu {thing}.",
    "Nach Angaben von {Name} kostet {thing} etwa {n} Millionen Euro in {n2} Jahren.",
    "{Name} kritisierte, dass {who} die Betroffenen {when} nicht angehört habe.",
    "Die Zahlen von {who} zeigen einen Anstieg um {n} Prozent im Vergleich zum Vorjahr.",
]


def _sentence(rng: random.Random, pools: dict, templates: list[str]) -> str:
    t = rng.choice(templates)
    who = rng.choice(pools["who"])
    return t.format(Who=who[:1].upper() + who[1:], who=rng.choice(pools["who"]), verb=rng.choice(pools["verb"]),
                    thing=rng.choice(pools["thing"]), when=rng.choice(pools["when"]), why=rng.choice(pools["why"]),
                    Name=rng.choice(pools["name"]), n=rng.randint(3, 95), n2=rng.randint(2, 40))


def _paragraph(rng: random.Random, pools: dict, templates: list[str]) -> str:
    return " ".join(_sentence(rng, pools, templates) for _ in range(rng.randint(2, 3)))


def _headline(rng: random.Random, pools: dict) -> str:
    who = rng.choice(pools["who"])
    return f"{who[:1].upper() + who[1:]} {rng.choice(pools['verb'])} {rng.choice(pools['thing'])}"


# ---------------------------------------------------------------------- the sites
@dataclass(frozen=True)
class SiteStyle:
    host: str
    lang: str
    header: tuple[str, ...]
    after_byline: tuple[str, ...]
    mid_box: tuple[str, ...]
    tail: tuple[str, ...]
    teaser_heading: str
    footer: tuple[str, ...]
    counter: str            # with {n}
    byline: str             # with {name}
    quote: str = ""         # a quote repeated by a follow-up series (story text)
    # promotions inside the story, each on about one page in ten: too rare to learn
    rare: tuple[str, ...] = ()


SITES = (
    SiteStyle(
        host="news.lakesidecourier.example", lang="en",
        header=("Lakeside Courier", "Harbour · Schools · Ferries · Weather", "Reader-funded since 1921"),
        after_byline=("Filed from the Harbour Desk",),
        mid_box=("Tip the Harbour Desk", "Our reporters read every message that readers send to the desk."),
        tail=("The Courier checks every figure in this report with two independent sources.",),
        teaser_heading="Stories the Harbour Desk is following",
        footer=("Courier Reader Panel", "Ferry timetable archive", "Printed on recycled paper in Port Ellery"),
        counter="Saved by {n} readers", byline="By {name}",
        rare=("Join our reporters for a live reader call on Thursday evening at the Quay Hall.",
              "Our winter photo contest is open to every reader until the end of the month."),
        quote="“We will not leave the ferry service to chance this winter,” the harbour master told the board.",
    ),
    SiteStyle(
        host="www.valleyledger.example", lang="de",
        header=("Valley Ledger", "Gemeinde · Sport · Kultur · Wetter", "Die Zeitung für das Obertal"),
        after_byline=("Aus der Lokalredaktion Obertal",),
        mid_box=("Hinweis an die Redaktion", "Jede Zuschrift an die Lokalredaktion wird von einem Menschen gelesen."),
        tail=("Die Redaktion des Ledger prüft jede Zahl in diesem Bericht mit zwei unabhängigen Quellen.",),
        teaser_heading="Das lesen andere im Obertal gerade",
        footer=("Leserbeirat des Ledger", "Archiv der Wochenendausgaben", "Gedruckt in Obertal"),
        counter="{n} Leser haben gemerkt", byline="Von {name}",
        rare=("Am Donnerstagabend beantworten unsere Reporter Ihre Fragen live im Ratskeller.",),
    ),
    SiteStyle(
        host="northwire.example", lang="en",
        header=("North Wire", "Channel: North Wire partner feed", "Pulse · Local · Money · Outdoors"),
        after_byline=("Syndicated through the North Wire partner programme.",),
        mid_box=("Pulse pick", "Partner stories are chosen by editors at the member newspapers."),
        tail=("Partner content appears here unchanged from the member newspaper.",),
        teaser_heading="Pulse picks for your region",
        footer=("Become a member newspaper", "Partner programme charter", "Wire status page"),
        counter="{n} pulses", byline="By {name}",
        rare=("Members get early access to the Pulse weekend edition every Friday morning.",),
    ),
)


def generate(pages_per_site: int = 30, seed: int = 7, sites: Iterable[SiteStyle] = SITES) -> list[SyntheticPage]:
    """A corpus of invented pages, every line labelled (see the module docstring)."""
    rng = random.Random(seed)
    out: list[SyntheticPage] = []
    for style in sites:
        pools, templates = (_DE, _DE_TEMPLATES) if style.lang == "de" else (_EN, _EN_TEMPLATES)
        # teaser headlines rotate: a pool of five per "day", a day is eight pages
        days = [[_headline(rng, pools) for _ in range(5)] for _ in range(pages_per_site // 8 + 1)]
        for i in range(pages_per_site):
            page = SyntheticPage(style.host, f"https://{style.host}/story/{i + 1}")
            add = page.lines.append
            for h in style.header:
                add((h, CHROME))
            add((_headline(rng, pools), META))
            add((style.byline.format(name=rng.choice(pools["name"])), META))
            for h in style.after_byline:
                add((h, CHROME))
            n_par = rng.randint(5, 8)
            box_at = 2 if rng.random() < 0.7 else -1
            quote_at = 3 if style.quote and i % 4 == 1 else -1  # a follow-up series: a quarter of the pages
            rare_at = 0 if style.rare and rng.random() < 0.1 else -1
            for p in range(n_par):
                add((_paragraph(rng, pools, templates), STORY))
                if p == rare_at:
                    add((rng.choice(style.rare), CHROME))
                if p == box_at:
                    for h in style.mid_box:
                        add((h, CHROME))
                if p == quote_at:
                    add((style.quote, STORY))
            for h in style.tail:
                add((h, CHROME))
            add((style.counter.format(n=rng.randint(2, 900)), CHROME))
            add((style.teaser_heading, CHROME))
            for h in rng.sample(days[i // 8], 3):
                add((h, CHROME))
            for h in style.footer:
                add((h, CHROME))
            out.append(page)
    return out


# ---------------------------------------------------------------------- scoring
@dataclass
class LineScore:
    removed_chrome: int = 0
    removed_story: int = 0
    kept_chrome: int = 0
    kept_story: int = 0

    def add(self, other: "LineScore") -> None:
        self.removed_chrome += other.removed_chrome
        self.removed_story += other.removed_story
        self.kept_chrome += other.kept_chrome
        self.kept_story += other.kept_story

    @property
    def precision(self) -> float:
        removed = self.removed_chrome + self.removed_story
        return self.removed_chrome / removed if removed else 0.0

    @property
    def recall(self) -> float:
        chrome = self.removed_chrome + self.kept_chrome
        return self.removed_chrome / chrome if chrome else 0.0

    @property
    def story_kept(self) -> float:
        story = self.kept_story + self.removed_story
        return self.kept_story / story if story else 0.0


def score_page(page: SyntheticPage, article: newsclean.Article) -> LineScore:
    body = {b.text for b in article.blocks}
    s = LineScore()
    for text, truth in page.lines:
        kept = text in body
        if truth == CHROME:
            if kept:
                s.kept_chrome += 1
            else:
                s.removed_chrome += 1
        elif truth == STORY:
            if kept:
                s.kept_story += 1
            else:
                s.removed_story += 1
    return s


def run_synthetic(pages: list[SyntheticPage], profile: Profile | None) -> LineScore:
    total = LineScore()
    for page in pages:
        total.add(score_page(page, newsclean.extract(page.text, url=page.url, kind="text", profile=profile)))
    return total


def learn(pages: Iterable[SyntheticPage], **thresholds: Any) -> Profile:
    return Profile.learn(((p.text, p.url) for p in pages), kind="text", **thresholds)


def synthetic_report(pages_per_site: int, seed: int) -> list[str]:
    pages = generate(pages_per_site, seed)
    by_site: dict[str, list[SyntheticPage]] = {}
    for p in pages:
        by_site.setdefault(p.site, []).append(p)
    train = [p for ps in by_site.values() for p in ps[: len(ps) // 2]]
    test = [p for ps in by_site.values() for p in ps[len(ps) // 2:]]
    rows = []
    t0 = time.perf_counter()
    same = learn(pages)
    learn_s = time.perf_counter() - t0
    held = learn(train)
    for label, subset, prof in (("no profile", pages, None), ("profile, two passes (same pages)", pages, same),
                                ("no profile, held-out half", test, None),
                                ("profile learned on the other half", test, held)):
        s = run_synthetic(subset, prof)
        rows.append(f"| {label} | {len(subset)} | {s.precision:.3f} | {s.recall:.3f} | {s.story_kept:.3f} | "
                    f"{s.removed_story} |")
    n_learned = sum(len(same.learned(site)) for site in same.sites)
    head = [f"Synthetic corpus: {len(by_site)} sites x {pages_per_site} pages (seed {seed}); "
            f"{n_learned} blocks learned; learning took {learn_s:.1f} s.", "",
            "| run | pages | chrome precision | chrome recall | story lines kept | story lines removed |",
            "|---|---|---|---|---|---|"]
    return head + rows


# ---------------------------------------------------------------------- ScrapingHub
def scrapinghub_report(bench: Path) -> list[str]:
    from benchmarks.datasets import load_dataset
    from benchmarks.metric import evaluate

    ds = load_dataset(bench / "scrapinghub")
    import json

    urls = {k: v.get("url") for k, v in json.loads((bench / "scrapinghub" / "ground-truth.json")
                                                    .read_text(encoding="utf-8")).items()}
    pages = [(p, p.read("text"), urls.get(p.id)) for p in ds.with_input("text")]
    sites: dict[str, int] = {}
    for _, _, url in pages:
        site = site_of(url)
        if site:
            sites[site] = sites.get(site, 0) + 1
    multi = sum(1 for n in sites.values() if n > 1)
    lines = [f"ScrapingHub text renderings: {len(pages)} pages, {len(sites)} sites, "
             f"{multi} sites with more than one page (at most {max(sites.values())} pages per site).", "",
             "| run | F1 | precision | recall | blocks learned | pages changed |", "|---|---|---|---|---|---|"]
    truth = ds.truth()

    def predict(profile: Profile | None) -> dict[str, str]:
        out = {}
        for p, text, url in pages:
            try:
                out[p.id] = newsclean.extract(text, url=url, kind="text", profile=profile).body
            except newsclean.errors.UnusableInputError:
                out[p.id] = ""
        return out

    base = predict(None)
    s0 = evaluate(truth, base)
    lines.append(f"| no profile | {s0.f1:.4f} | {s0.precision:.4f} | {s0.recall:.4f} | - | - |")
    for label, thresholds in (("profile, default thresholds", {}),
                              ("profile, min_site_pages=2, min_pages=2", {"min_site_pages": 2, "min_pages": 2})):
        prof = Profile.learn(((text, url) for _, text, url in pages), kind="text", **thresholds)
        pred = predict(prof)
        s = evaluate(truth, pred)
        changed = sum(1 for k in pred if pred[k] != base.get(k))
        learned = sum(len(prof.learned(site)) for site in prof.sites)
        lines.append(f"| {label} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} | {learned} | {changed} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=30, help="pages per synthetic site")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bench", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "bench")
    ap.add_argument("--no-bench", action="store_true", help="only the synthetic corpus")
    args = ap.parse_args(argv)
    print("\n".join(synthetic_report(args.pages, args.seed)))
    if not args.no_bench:
        if (args.bench / "scrapinghub").is_dir():
            print()
            print("\n".join(scrapinghub_report(args.bench)))
        else:
            print(f"\n(no ScrapingHub data under {args.bench}; skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
