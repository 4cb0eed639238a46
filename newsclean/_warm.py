"""Imported only as a preload of ``extract_many``'s fork server: loads newsclean's lazy caches
(rule patterns, the language model) once in the server, so every worker forked from it shares
them copy-on-write instead of loading its own copy."""

from newsclean.warm import warm_up

warm_up()
