"""The one error the importer raises for a file it cannot use."""


class PlanImportError(Exception):
    """The file cannot be imported; nothing was written.

    ``str(exc)`` is one clear line in Chinese (``文件为空：x.txt``) that the
    command, the admin page and the API show as is.
    """
