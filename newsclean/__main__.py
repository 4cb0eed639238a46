"""``python -m newsclean`` runs the command line tool (same as the ``newsclean`` script)."""

from newsclean.cli import main

raise SystemExit(main())
