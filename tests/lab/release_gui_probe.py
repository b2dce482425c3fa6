"""Run by the installed Airlock's own Python on the bare machine: its desktop application
starts offscreen, shows the unlock dialog, and once unlocked opens the main window.

    /opt/airlock/current/venv/bin/python3 -I release_gui_probe.py DATA_DIR PASSPHRASE_FILE
"""

import sys
from pathlib import Path

sys.path.insert(0, "/opt/airlock/current/lib")

from app.core.service import open_session
from app.gui.controller import AppController
from app.gui.main import make_app

data_dir, passphrase = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes().strip()
application = make_app(["airlock"])
controller = AppController(application, data_dir)
controller.start()
application.processEvents()
if controller.dialog is None or not controller.dialog.isVisible():
    sys.exit("the unlock dialog did not open")
controller._enter(open_session(data_dir, "admin", passphrase))
application.processEvents()
window = controller.window
if window is None or not window.isVisible():
    sys.exit("the main window did not open")
print(f"main window open: {window.windowTitle()!r}, {len(window.findChildren(object))} widgets, "
      f"platform {application.platformName()}")
controller.shutdown()
