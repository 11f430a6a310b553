"""The built wheel carries the policy folders and checks a record from the installed copy.

Builds the wheel without network (hatchling from the dev environment), installs it with no
dependencies into a fresh venv that borrows this environment's site-packages for them, and runs
`procrules check` from a directory outside the source tree.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out)], check=True)
    [built] = out.glob("procrules-*.whl")
    return built


def test_wheel_carries_the_policy_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for packed in ("procrules/data/rules/pack.yaml", "procrules/data/rules/packs/standstill.yaml",
                   "procrules/data/rules/parameters/schedule1_thresholds.yaml",
                   "procrules/lang/rule-pack.schema.json"):
        assert packed in names
    assert any(n.startswith("procrules/data/policy_statements/") for n in names)
    assert any(n.startswith("procrules/data/notices/") for n in names)


def test_installed_wheel_checks_a_record(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
                    str(wheel)], check=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = "import procrules, procrules.resources as r; print(procrules.__file__); print(r.data_root())"
    where = subprocess.run([str(python), "-c", probe], cwd=tmp_path, check=True, capture_output=True,
                           text=True).stdout.split()
    assert all(str(venv) in w for w in where), where
    record = tmp_path / "record.yaml"
    record.write_text((ROOT / "examples" / "highways-resurfacing.yaml").read_text())
    run = subprocess.run([str(venv / "bin" / "procrules"), "check", str(record), "--format", "json",
                          "--as-at", "2026-12-01"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    [result] = json.loads(run.stdout)["results"]
    assert [f["rule"] for f in result["findings"]] == ["PA23-STANDSTILL-01"]
