#!/usr/bin/python3
"""Opens Word files in LibreOffice (headless, through UNO) and saves each as plain text twice:
once with every tracked change accepted and once with every tracked change rejected.

Usage: changes.py IN.docx ACCEPTED.txt REJECTED.txt [IN2.docx ACCEPTED2.txt REJECTED2.txt ...]

Also prints, per file, how many tracked changes LibreOffice found, as `FILE\tredlines=N`.
Starts its own soffice with a throw-away profile and a private pipe, and always stops it.
Run with Debian's /usr/bin/python3 (python3-uno).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    while True:
        try:
            return resolver.resolve(url)
        except Exception:
            if proc.poll() is not None:
                raise SystemExit("soffice exited with status %s before accepting connections" % proc.returncode)
            if time.time() > deadline:
                raise SystemExit("soffice did not accept a connection in time")
            time.sleep(0.25)


def save_as_text(ctx, desktop, source, target, command):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise SystemExit("LibreOffice could not open %s" % source)
    try:
        count = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else -1
        dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, command, "", 0, ())
        left = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else -1
        if left != 0:
            raise SystemExit("%s: %d tracked changes left after %s" % (source, left, command))
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(target)),
            (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF,,,")),
        )
        return count
    finally:
        doc.close(True)


def main(argv):
    if len(argv) < 3 or len(argv) % 3 != 0:
        raise SystemExit(__doc__)
    profile = tempfile.mkdtemp(prefix="verso-lo-profile-")
    pipe = "verso_lo_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            shutil.which("soffice") or "soffice",
            "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, proc, time.time() + 90)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for i in range(0, len(argv), 3):
            source, accepted, rejected = argv[i : i + 3]
            count = save_as_text(ctx, desktop, source, accepted, ".uno:AcceptAllTrackedChanges")
            save_as_text(ctx, desktop, source, rejected, ".uno:RejectAllTrackedChanges")
            print("%s\tredlines=%d" % (source, count), flush=True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice exits
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
