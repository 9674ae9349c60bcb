"""Turning the command-line parser's complaints into one line that says what was wrong.

Typer (0.29 and later) runs its own bundled copy of click, `typer._click`: the `click`
distribution, even where installed, raises other classes, so `except click.ClickException`
never matched and every typo was reported as an internal error. This module catches the
classes of the click that actually runs.
"""
from __future__ import annotations

import difflib

import typer
from typer._click import exceptions as click_errors

# Every complaint of the parser (unknown option, bad value, missing argument) is one of these.
ParserError = click_errors.ClickException
NoArgsIsHelp = click_errors.NoArgsIsHelpError
Aborted = typer.Abort


def command_name(error: click_errors.ClickException) -> str:
    ctx = getattr(error, "ctx", None)
    if ctx is None or ctx.parent is None:
        return ""
    return f"{ctx.info_name}: "


def help_hint(where: str) -> str:
    return f"see postcheck {where[:-2]} --help" if where else "see postcheck --help"


def option_names(error: click_errors.ClickException) -> list[str]:
    ctx = getattr(error, "ctx", None)
    if ctx is None:
        return []
    names: list[str] = []
    for param in ctx.command.params:
        names.extend(name for name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())) if name.startswith("-"))
    names.extend(ctx.help_option_names)
    return names


def nearest_option(written: str, error: click_errors.ClickException) -> str | None:
    """The option the user probably meant: click's own guess, else the closest spelling."""
    guesses = list(getattr(error, "possibilities", None) or ())
    if not guesses:
        known = option_names(error)
        # `-fromat` for `--format`: compare without the dashes as well
        bare = {name.lstrip("-"): name for name in known}
        close = difflib.get_close_matches(written.lstrip("-"), list(bare), n=1, cutoff=0.6)
        guesses = [bare[close[0]]] if close else []
    return guesses[0] if guesses else None


def given_value(option_names: list[str], argv: list[str]) -> str | None:
    """What the user wrote after an option (`--jobs abc` or `--jobs=abc`), to quote it back."""
    for index, word in enumerate(argv):
        for name in option_names:
            if word == name and index + 1 < len(argv):
                return argv[index + 1]
            if word.startswith(name + "="):
                return word[len(name) + 1:]
    return None


def describe(error: click_errors.ClickException, argv: list[str] | None = None) -> str:
    """One line for the user: which command, what was wrong, and the nearest option for a typo."""
    where = command_name(error)
    param = getattr(error, "param", None)
    if type(error) is click_errors.BadParameter and param is not None and getattr(param, "opts", None):
        names = [name for name in param.opts if name.startswith("-")]
        value = given_value(names, argv or [])
        reason = " ".join(str(error.message).split())
        if "valid integer" in reason:  # the parser's words for int options
            reason = "not a whole number"
        quoted = f" {value!r}" if value is not None else ""
        return f"{where}{' / '.join(names)}{quoted}: {reason[:1].lower()}{reason[1:]}"
    if isinstance(error, click_errors.NoSuchOption):
        line = f"{where}no such option: {error.option_name}"
        near = nearest_option(error.option_name, error)
        if near:
            line += f" (did you mean {near}?)"
        return line if near else f"{line}; {help_hint(where)}"
    if isinstance(error, click_errors.MissingParameter):
        if param is not None and getattr(param, "param_type_name", "") == "argument":
            shown = getattr(param, "metavar", None) or param.name.upper()
            return f"{where}missing {shown}; {help_hint(where)}"
    message = " ".join(error.format_message().split())  # one line, whatever click wrapped
    return f"{where}{message[:1].lower()}{message[1:]}"
