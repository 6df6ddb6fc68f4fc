"""A built wheel carries everything the app needs (resources, migrations) and runs on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_built_wheel_carries_its_resources_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(dist), str(ROOT)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    wheel = next(dist.glob("desmigratif_desktop-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for shipped in (ROOT / "resources").rglob("*.json"):
            assert (
                f"desmigratif_desktop/_resources/{shipped.relative_to(ROOT / 'resources').as_posix()}"
                in names
            )
        for migration in (ROOT / "desmigratif_desktop/data/migrations").rglob("*"):
            if migration.is_file() and "__pycache__" not in migration.parts:
                assert migration.relative_to(ROOT).as_posix() in names
        archive.extractall(tmp_path / "site")

    # The unpacked wheel comes first on the path, ahead of the editable install of this tree; the
    # children run outside the tree, since Python puts the working directory first on sys.path.
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}

    def desmigratif(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "desmigratif_desktop", "--data-dir", str(tmp_path / "data"), *args],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = subprocess.run(
        [sys.executable, "-c", "import desmigratif_desktop.resources as r; print(r.resources_dir())"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == tmp_path / "site" / "desmigratif_desktop" / "_resources"
    desmigratif("init", "--village", "33.29.15.2007", "--officer", "Siti")
    desmigratif("demo", "--households", "3")
    assert json.loads(desmigratif("stats", "--json"))["households"] == 3
