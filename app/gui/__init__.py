"""The desktop application (PySide6). Talks to the product only through app.core.service."""
