"""The command line: thin modules, one per command group, over the core.

``root`` holds the typer application; ``fast`` answers the daily read
commands without loading typer. Importing this package costs nothing.
"""
