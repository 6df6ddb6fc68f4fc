"""Where a bundle goes: the USB sticks plugged in (with their free space), or another folder.

The drives come from `QStorageInfo`; which of them a person would call "a stick" is decided by
`looks_removable` from the mount point alone, so it can be tested without plugging anything in.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from desmigratif_desktop.formatting import format_bytes

OTHER_FOLDER = "other"  # the combo's last item: choose a folder in the file dialog
MOUNT_PARENTS = {  # where each system mounts what is plugged in
    "linux": ("/media/", "/run/media/", "/mnt/"),
    "darwin": ("/Volumes/",),
}


@dataclass(frozen=True)
class Destination:
    name: str
    root: Path
    free_bytes: int


def looks_removable(root: str, platform: str = sys.platform, system_drive: str | None = None) -> bool:
    """A mount point where a USB stick would appear: not the system's own disk."""
    if platform.startswith("win"):
        system = (system_drive or os.environ.get("SYSTEMDRIVE", "C:")).rstrip("\\/").upper()
        drive = PureWindowsPath(root).drive.upper()
        return bool(drive) and drive != system and not drive.startswith("\\\\")  # no network shares
    parents = MOUNT_PARENTS.get("darwin" if platform == "darwin" else "linux", ())
    path = str(PurePosixPath(root)) + "/"
    return any(path.startswith(parent) and path != parent for parent in parents)


def removable_destinations() -> list[Destination]:
    """The writable removable drives mounted now, in the order the system lists them."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if not looks_removable(volume.rootPath()):
            continue
        found.append(Destination(volume.displayName(), Path(volume.rootPath()), volume.bytesAvailable()))
    return found


class DestinationChooser(QWidget):
    """A list of the sticks plugged in, "Other folder…", and a button to look for sticks again."""

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setObjectName("export_destination")
        self.combo.setMinimumWidth(380)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._folders: list[Path] = []  # other folders chosen while the page was open
        refresh = QPushButton(self.tr("Look for drives again"))
        refresh.setObjectName("refresh_destinations")
        refresh.clicked.connect(self.refresh)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the drives as they are now, keeping the choice when it is still there."""
        chosen = self.combo.currentData()
        self.combo.clear()
        for drive in removable_destinations():
            # the free space before the path: a long path is what the combo cuts off
            text = self.tr("{name}: {free} free, {root}").format(
                name=drive.name, root=drive.root, free=format_bytes(drive.free_bytes)
            )
            self.combo.addItem(text, str(drive.root))
            self.combo.setItemData(self.combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        for folder in self._folders:
            self.combo.addItem(str(folder), str(folder))
        self.combo.addItem(self.tr("Other folder…"), OTHER_FOLDER)
        keep = self.combo.findData(chosen) if chosen else -1
        self.combo.setCurrentIndex(max(keep, 0))

    def current_folder(self) -> Path | None:
        """The drive or folder chosen, or None while "Other folder…" is."""
        data = self.combo.currentData()
        return None if data in (None, OTHER_FOLDER) else Path(data)

    def choose_folder(self) -> Path | None:
        """The folder to write to; "Other folder…" asks for one (None when the officer cancels)."""
        folder = self.current_folder()
        if folder is not None:
            return folder
        picked = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the bundles"))
        if not picked:
            return None
        folder = Path(picked)
        if folder not in self._folders:
            self._folders.append(folder)
        self.refresh()
        self.combo.setCurrentIndex(self.combo.findData(str(folder)))
        return folder
