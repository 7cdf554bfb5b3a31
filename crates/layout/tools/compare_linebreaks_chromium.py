#!/usr/bin/env python3
"""Compare the line breaks of `sahifa layout --json` with Chromium's for the same text, font, size and width.

usage: crates/layout/tools/compare_linebreaks_chromium.py SAHIFA_BIN FONT_TTF FILE WIDTH...
  e.g. tools/compare_linebreaks_chromium.py target/release/sahifa fonts/Vazirmatn-Regular.ttf article.txt 300 480 700

Each paragraph of the JSON becomes a div of the same width, font size and direction (overflow-wrap: break-word,
the reader's last-resort cut); headless Chromium (`apt-get install chromium`) reports where each line starts
(the first non-space code point whose box is lower than the one before). Prints per width how many paragraphs
have the same line starts, and the first differences of the others.
"""
import html, json, os, subprocess, sys, tempfile

JS = r"""
document.fonts.ready.then(() => {
  const out = [];
  for (const div of document.querySelectorAll('div.p')) {
    const node = div.firstChild;
    const starts = [];
    if (node) {
      const r = document.createRange();
      let i16 = 0, cp = 0, lastTop = null;
      for (const ch of node.data) {
        r.setStart(node, i16); r.setEnd(node, i16 + ch.length);
        const rects = r.getClientRects();
        if (!/\s/.test(ch) && rects.length) {
          const top = rects[0].top;
          if (lastTop === null || top > lastTop + 2) starts.push(cp);
          lastTop = top;
        }
        i16 += ch.length; cp += 1;
      }
    }
    out.push(starts);
  }
  document.getElementById('out').textContent = JSON.stringify(out);
});
"""


def main():
    sahifa, font, path = sys.argv[1:4]
    widths = [float(w) for w in sys.argv[4:]]
    for width in widths:
        lay = json.loads(subprocess.run([sahifa, "layout", path, "--width", str(width), "--json"],
                                        check=True, capture_output=True, text=True).stdout)
        text = lay["text"]
        ours, divs = [], []
        for p in lay["paragraphs"]:
            starts = [min(w["start"] for w in line["words"]) - p["start"] for line in p["lines"] if line["words"]]
            ours.append(starts)
            body = html.escape(text[p["start"]:p["end"]])
            divs.append(f'<div class="p" dir="{p["direction"]}" style="font-size:{p["font_size"]}px">{body}</div>')
        page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Article; src: url("file://{os.path.abspath(font)}"); }}
body {{ margin: 0; }}
div.p {{ font-family: Article; width: {width}px; white-space: normal; overflow-wrap: break-word;
        line-height: 1.6; margin: 0 0 1em 0; padding: 0; font-kerning: normal; }}
</style></head><body>{''.join(divs)}<pre id="out"></pre><script>{JS}</script></body></html>"""
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
            f.write(page)
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                              "--dump-dom", "file://" + f.name], capture_output=True, text=True).stdout
        os.unlink(f.name)
        raw = dom.split('<pre id="out">', 1)[1].split("</pre>", 1)[0]
        theirs = json.loads(html.unescape(raw))
        same = sum(1 for a, b in zip(ours, theirs) if a == b)
        print(f"{os.path.basename(path)} width {width:g}: {same}/{len(ours)} paragraphs break identically")
        for k, (a, b) in enumerate(zip(ours, theirs)):
            if a != b:
                p = lay["paragraphs"][k]
                para = text[p["start"]:p["end"]]
                diff = sorted(set(a) ^ set(b))[:3]
                ctx = [("sahifa" if d in a else "chromium") + ": ..." + para[max(0, d - 15):d] + "|" + para[d:d + 15] + "..." for d in diff]
                print(f"  paragraph {k}: {len(a)} vs {len(b)} lines; first differences: {ctx}")


if __name__ == "__main__":
    main()
