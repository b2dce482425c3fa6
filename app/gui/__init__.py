"""The PySide6 desktop application. Talks to the product only through app.core.service."""
