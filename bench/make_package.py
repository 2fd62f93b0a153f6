#!/usr/bin/env python3
"""Writes a large SCORM 2004 4th edition package for the import benchmark.

About 3,000 small HTML/JS/CSS files (compressible, deflated) plus incompressible media
(random bytes, stored), about 250 MB in all. Usage: make_package.py OUT.zip [MEDIA_MB]
"""
import os
import random
import sys
import zipfile

out = sys.argv[1]
media_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 240
rng = random.Random(2026)
words = ("barn plan sag frist borger afgørelse notat høring underretning undersøgelse "
         "indsats opfølgning samtykke partshøring begrundelse klage").split()

manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="BENCH" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG"><organization identifier="ORG"><title>Benchmark</title>
    <item identifier="ITEM" identifierref="RES"><title>Stort modul</title></item>
  </organization></organizations>
  <resources><resource identifier="RES" type="webcontent" adlcp:scormType="sco" href="index.html">
    <file href="index.html"/>
  </resource></resources>
</manifest>
"""

with zipfile.ZipFile(out, "w") as z:
    z.writestr("imsmanifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("index.html", "<!DOCTYPE html><html lang=da><title>Bench</title><p>Hej</p>",
               compress_type=zipfile.ZIP_DEFLATED)
    for i in range(3000):
        ext = ("html", "js", "css")[i % 3]
        text = " ".join(rng.choice(words) for _ in range(rng.randint(300, 900)))
        z.writestr(f"content/{i // 100:02d}/page-{i:04d}.{ext}", text,
                   compress_type=zipfile.ZIP_DEFLATED)
    chunk = 10 * 1024 * 1024
    for i in range(media_mb // 10):
        z.writestr(f"media/film-{i:02d}.mp4", os.urandom(chunk), compress_type=zipfile.ZIP_STORED)
print(out, os.path.getsize(out) // (1024 * 1024), "MB")
