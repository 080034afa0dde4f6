"""The release bundles from a built dist/ (scripts/package): the same sources give the same
bytes, so files go in a fixed order with a fixed date and fixed permissions.

    python3 packaging/bundle.py VERSION DIST OUT
"""

import base64
import hashlib
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every entry's date: a zip has no « no date », and the build's date would change the bytes.
FIXED = (2026, 1, 1, 0, 0, 0)


def sri(data):
    """Subresource Integrity: sha384, base64."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def files_of(folder):
    """Every file under `folder` but dotfiles (Trunk's lock), relative, sorted."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def write_zip(path, entries):
    """`entries`: (name, bytes), written in that order, each with the fixed date, 0644."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED)
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data, compresslevel=9)


def fill(template, values):
    text = template
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    assert "{{" not in text, f"a placeholder is left: {text[text.index('{{'):][:40]}"
    return text


def main(version, dist, out):
    dist, out = Path(dist), Path(out)
    app = [(name, (dist / name).read_bytes()) for name in files_of(dist)]
    embed = (dist / "embed.js").read_bytes()
    values = {"version": version, "integrity": sri(embed)}
    licences = [(n, (ROOT / n).read_bytes()) for n in ("LICENSE-MIT", "LICENSE-APACHE")]
    top = f"facture-impayee-{version}"
    extra = [
        ("LISEZMOI.md", fill((ROOT / "packaging/LISEZMOI.md").read_text(), values).encode()),
        ("extrait.html", fill((ROOT / "packaging/extrait.html").read_text(), values).encode()),
    ]
    entries = [(f"{top}/{n}", d) for n, d in extra + licences] + [(f"{top}/dist/{n}", d) for n, d in app]
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n[len(top) + 1:]}\n" for n, d in entries)
    entries.append((f"{top}/SHA256SUMS", sums.encode()))
    write_zip(out / f"{top}.zip", entries)

    plugin = ROOT / "wordpress/facture-impayee"
    main_file = (plugin / "facture-impayee.php").read_text()
    assert f" * Version: {version}\n" in main_file, f"wordpress/facture-impayee/facture-impayee.php is not at version {version}"
    assert f"Stable tag: {version}\n" in (plugin / "readme.txt").read_text(), f"readme.txt's Stable tag is not {version}"
    wp = [(f"facture-impayee/{n}", (plugin / n).read_bytes()) for n in files_of(plugin) if not n.startswith("htaccess/")]
    wp += [(f"facture-impayee/{n}", d) for n, d in licences]
    wp += [(f"facture-impayee/app/{n}", d) for n, d in app]
    # Apache's rules for the app's files: their types and cache headers (htaccess/).
    wp.append(("facture-impayee/app/.htaccess", (plugin / "htaccess/app.htaccess").read_bytes()))
    wp.append(("facture-impayee/app/v/.htaccess", (plugin / "htaccess/v.htaccess").read_bytes()))
    write_zip(out / f"facture-impayee-wordpress-{version}.zip", sorted(wp))
    for name in (f"{top}.zip", f"facture-impayee-wordpress-{version}.zip"):
        data = (out / name).read_bytes()
        print(f"package: {out / name}, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
