"""newsclean: turn a news page (HTML or visible text) into a clean, typed Article.

>>> import newsclean
>>> article = newsclean.extract("Storm closes schools\\n\\nBy Ann Lee\\n\\nHeavy snow closed every school in the"
...                             " county on Monday, officials said, and roads stayed shut.")
>>> article.title
'Storm closes schools'
"""

from newsclean.api import extract
from newsclean.article import Article, BodyBlock, Contributor, Headline, RemovedBlock
from newsclean.batch import extract_many
from newsclean.document import Block, Document, Label
from newsclean.frame import to_dataframe
from newsclean.profile import Profile
from newsclean.rules.user import RulePack, load_rules, rule_pack
from newsclean.settings import Settings
from newsclean.stages.base import stage

__all__ = [
    "Article",
    "BodyBlock",
    "Contributor",
    "Headline",
    "RemovedBlock",
    "extract",
    "extract_many",
    "to_dataframe",
    "Block",
    "Document",
    "Label",
    "Profile",
    "RulePack",
    "Settings",
    "load_rules",
    "rule_pack",
    "stage",
]
__version__ = "0.1.0"
