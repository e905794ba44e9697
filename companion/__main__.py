"""`python -m companion` runs the CLI."""

from companion.cli import main

main()
