#!/usr/bin/env python3
"""Render the console sample's coloured output to docs/console.png, offline.

Runs the sample in a pseudo-terminal (util-linux `script`) so Spectre.Console emits colours, then draws the text
with DejaVu Sans Mono on a dark background with Pillow. Needs the Debian packages `python3-pil` and
`fonts-dejavu-core`. From the repository root:

    dotnet build samples/BackPain.Samples.Console -c Release
    /usr/bin/python3 docs/render-console-png.py

Any arguments replace the default sample arguments (`--example slipped-disc --start 2026-12-01`).
"""

import os
import re
import shlex
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = os.path.join(ROOT, "samples/BackPain.Samples.Console/bin/Release/net10.0/BackPain.Samples.Console")
OUTPUT = os.path.join(ROOT, "docs/console.png")
COLUMNS = 120
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SIZE = 15
PAD = 18
BACKGROUND = (24, 24, 32)
FOREGROUND = (214, 214, 214)

# The 16 base colours (a calm palette close to common terminal themes), then the xterm 256-colour cube and greys.
BASE = [
    (40, 42, 54), (230, 80, 80), (80, 200, 120), (230, 200, 90), (90, 140, 240), (200, 110, 220), (80, 200, 210), (214, 214, 214),
    (110, 110, 130), (255, 110, 110), (110, 230, 150), (250, 225, 120), (120, 170, 255), (230, 140, 250), (120, 230, 240), (255, 255, 255),
]


def xterm(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return (levels[n // 36], levels[(n // 6) % 6], levels[n % 6])
    grey = 8 + 10 * (n - 232)
    return (grey, grey, grey)


def capture(args):
    """The sample's output with its ANSI codes, as a terminal of COLUMNS columns would receive it."""
    with tempfile.NamedTemporaryFile(suffix=".raw", delete=False) as f:
        raw = f.name
    command = f"stty cols {COLUMNS} rows 60; {shlex.quote(PROGRAM)} " + " ".join(shlex.quote(a) for a in args)
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
    subprocess.run(["script", "-qfec", command, raw], check=True, env=env, stdout=subprocess.DEVNULL, cwd=ROOT)
    with open(raw, encoding="utf-8", errors="replace") as f:
        text = f.read()
    os.unlink(raw)
    # `script` frames the session with a first and a last line of its own.
    lines = text.split("\n")
    if lines and lines[0].startswith("Script started"):
        lines = lines[1:]
    while lines and (not lines[-1].strip() or lines[-1].startswith("Script done")):
        lines = lines[:-1]
    return "\n".join(lines)


def parse(text):
    """Lines of (character, foreground, background, bold) cells."""
    screen, line = [], []
    fg, bg, bold, inverse = None, None, False, False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x1b":
            match = re.match(r"\x1b\[([0-9;?]*)([A-Za-z])", text[i:])
            if match:
                if match.group(2) == "m":
                    codes = [int(c) if c else 0 for c in match.group(1).split(";")] if match.group(1) else [0]
                    j = 0
                    while j < len(codes):
                        c = codes[j]
                        if c == 0:
                            fg, bg, bold, inverse = None, None, False, False
                        elif c == 1:
                            bold = True
                        elif c == 22:
                            bold = False
                        elif c == 7:
                            inverse = True
                        elif c == 27:
                            inverse = False
                        elif 30 <= c <= 37:
                            fg = BASE[c - 30]
                        elif 90 <= c <= 97:
                            fg = BASE[c - 90 + 8]
                        elif 40 <= c <= 47:
                            bg = BASE[c - 40]
                        elif 100 <= c <= 107:
                            bg = BASE[c - 100 + 8]
                        elif c == 39:
                            fg = None
                        elif c == 49:
                            bg = None
                        elif c in (38, 48) and j + 1 < len(codes):
                            if codes[j + 1] == 5 and j + 2 < len(codes):
                                colour = xterm(codes[j + 2])
                                j += 2
                            elif codes[j + 1] == 2 and j + 4 < len(codes):
                                colour = tuple(codes[j + 2:j + 5])
                                j += 4
                            else:
                                colour = None
                            if c == 38:
                                fg = colour
                            else:
                                bg = colour
                        j += 1
                i += len(match.group(0))
                continue
            i += 2 if i + 1 < len(text) else 1  # ESC = and other two-byte sequences
            continue
        if ch == "\r":
            i += 1
            continue
        if ch == "\n":
            screen.append(line)
            line = []
            i += 1
            continue
        cell_fg, cell_bg = (bg or BACKGROUND, fg or FOREGROUND) if inverse else (fg or FOREGROUND, bg)
        line.append((ch, cell_fg, cell_bg, bold))
        i += 1
    screen.append(line)
    return screen


def render(screen, path):
    regular = ImageFont.truetype(FONT, SIZE)
    bold = ImageFont.truetype(BOLD, SIZE)
    width = round(regular.getlength("M"))
    height = SIZE + 4
    columns = max(COLUMNS, max((len(line) for line in screen), default=0))
    image = Image.new("RGB", (columns * width + 2 * PAD, len(screen) * height + 2 * PAD), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(screen):
        y = PAD + row * height
        for column, (ch, fg, bg, is_bold) in enumerate(line):
            x = PAD + column * width
            if bg is not None:
                draw.rectangle([x, y, x + width - 1, y + height - 1], fill=bg)
            if ch in "█▓▒":
                # Blocks (the timeline, the score bars) as solid cells of their colour, a little apart between rows.
                draw.rectangle([x, y + 2, x + width - 1, y + height - 3], fill=fg)
            elif ch == "░":
                draw.rectangle([x, y + 2, x + width - 1, y + height - 3], fill=tuple(round(b + (f - b) * 0.35) for f, b in zip(fg, bg or BACKGROUND)))
            elif ch in "│║":
                # Vertical borders as lines the full height of the cell, so tables have no gaps between rows.
                middle = x + width // 2
                offsets = [0] if ch == "│" else [-2, 2]
                for offset in offsets:
                    draw.line([middle + offset, y, middle + offset, y + height - 1], fill=fg, width=1)
            elif ch != " ":
                draw.text((x, y + 1), ch, font=bold if is_bold else regular, fill=fg)
    image.save(path, optimize=True)


def main():
    args = sys.argv[1:] or ["--example", "slipped-disc", "--start", "2026-12-01"]
    screen = parse(capture(args))
    render(screen, OUTPUT)
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(screen)} lines")


if __name__ == "__main__":
    main()
