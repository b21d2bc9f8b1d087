"""Build only the command being run: the command tree costs ~30 ms to build whole.

Each entry names the module and attribute that define a command (a function)
or a group (a typer.Typer); help listings come from the table, so ``--help``
imports nothing either.
"""

from __future__ import annotations

import importlib

import typer
from typer.core import TyperGroup


def build(name: str, module: str, attribute: str, help_text: str, context_settings: dict):
    """A click command for ``module.attribute``, built on first use."""
    target = getattr(importlib.import_module(module), attribute)
    if isinstance(target, typer.Typer):
        target.info.name = name
        if not target.info.help:
            target.info.help = help_text
        target.info.context_settings = {**context_settings, **(target.info.context_settings or {})}
        target.rich_markup_mode = None
        target._add_completion = False  # completion belongs to the root command
        command = typer.main.get_group(target)  # a group even when it has one command
    else:
        holder = typer.Typer(context_settings=context_settings, rich_markup_mode=None, add_completion=False)
        holder.command(name)(target)
        command = typer.main.get_command(holder)
    command.name = name
    return command


class LazyGroup(TyperGroup):
    """A group whose subcommands are imported and built only when invoked."""

    lazy_commands: dict[str, tuple[str, str, str]] = {}
    lazy_context: dict = {}

    def list_commands(self, ctx):
        eager = [name for name in super().list_commands(ctx) if name not in self.lazy_commands]
        return list(self.lazy_commands) + eager

    def get_command(self, ctx, name):
        spec = self.lazy_commands.get(name)
        if spec is None:
            return super().get_command(ctx, name)
        return build(name, *spec, self.lazy_context)

    def format_commands(self, ctx, formatter) -> None:
        rows = [(name, spec[2]) for name, spec in self.lazy_commands.items()]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
