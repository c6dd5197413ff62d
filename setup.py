"""Which packages specloom installs, by folder (the names are set in pyproject.toml's package-dir).

The repository keeps its folders (generator/, generated/, specloom_runtime/); the import names are
specloom, specloom.apis and specloom_runtime. Packages are found per folder, so a new module or a
newly generated API needs no edit here.
"""

from setuptools import find_packages, setup

ROOTS = {"specloom": "generator", "specloom.apis": "generated", "specloom_runtime": "specloom_runtime"}
packages = [name for name, folder in ROOTS.items()]
packages += [f"{name}.{sub}" for name, folder in ROOTS.items() for sub in find_packages(folder) if not sub.startswith("apis")]
setup(packages=sorted(set(packages)), package_dir=ROOTS)
