"""The whole product without a screen. Never imports PySide6 or app.gui."""
