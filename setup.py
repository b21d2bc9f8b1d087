"""Ships the seed case (claims/) inside the package, as claimtrack/data/cases/.

Everything else is declared in pyproject.toml. An editable install finds the
checkout's claims/ directly (claimtrack.caseio.seed_case_dir).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithSeedCase(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        source = HERE / "claims"
        if not source.is_dir():
            return
        target = Path(self.build_lib) / "claimtrack" / "data" / "cases"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*", "*.tmp"))


setup(cmdclass={"build_py": BuildWithSeedCase})
