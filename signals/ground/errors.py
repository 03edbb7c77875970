"""One exception tree for the whole product.

Library code raises these; only the CLI turns them into messages and exit codes, so a
notebook user gets a normal exception and a shell user gets one clear line.
"""

from __future__ import annotations


class SignalsError(Exception):
    """Base of every error this package raises on purpose. Exit code 1."""

    exit_code = 1

    def __reduce__(self) -> tuple[object, ...]:
        # an error raised in a worker process crosses back pickled: rebuilt with its message
        # and attributes, whatever its constructor's arguments
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(kind: type[SignalsError], args: tuple[object, ...], state: dict[str, object]) -> SignalsError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(SignalsError):
    """The user's input is not what was expected (exit code 2).

    The message names the file, the location inside it and what was expected, so the
    user can fix the input without reading a traceback.
    """

    exit_code = 2

    def __init__(self, message: str, *, path: object | None = None, location: str | None = None) -> None:
        self.path = None if path is None else str(path)
        self.location = location
        where = self.path or ""
        if location:
            where = f"{where}:{location}" if where else location
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class UnknownFormatError(InputError):
    """A path is not any export format we know."""


class SchemaError(SignalsError):
    """A table broke its column contract at a stage boundary (a bug or a bad generic file)."""

    def __init__(self, table: str, problems: list[str]) -> None:
        self.table = table
        self.problems = list(problems)
        super().__init__(f"table '{table}' breaks its contract: " + "; ".join(self.problems))


class ModelError(SignalsError):
    """A model file or model configuration cannot be used."""
