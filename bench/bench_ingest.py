import json, random, tempfile, time, os
from pathlib import Path
from communique.ingest import iter_documents, build_article, default_rules
from communique.types import RawDocument
random.seed(1)
places = ["SEOUL", "BEIJING", "PYONGYANG", "TOKYO", "WASHINGTON"]
agencies = ["Yonhap", "Xinhua", "KCNA", "Kyodo", "AP"]
sents = [
 "North Korea's vice foreign minister met China's ambassador in Pyongyang on {d} and discussed ways to expand exchanges, the Korean Central News Agency said.",
 "The ambassador said Beijing valued the \u201ctraditional friendship\u201d between the two countries and would keep strategic communication with the North.",
 "China accounts for more than 90 percent of North Korea's recorded trade, and analysts say reopening the border at Dandong would ease shortages.",
 "A Chinese foreign ministry spokesperson told reporters that the relationship had withstood the test of a changing international situation.",
 "The two sides agreed to hold working-level talks on tourism and customs procedures before the end of the year, officials said.",
 "Kim Jong-un sent a message of thanks to Xi Jinping for his birthday greetings, state media reported on {d}.",
]
junk = ["Share", "Tweet", "A A", "(Yonhap)", "Subscribe to read the remaining 412 words of this article.", "(END)",
        "Copyright 2021 Example Wire. All rights reserved.", "This photo, released by the KCNA on March 9, shows a banquet in Pyongyang."]
def article(i):
    d = random.choice(["Monday", "Tuesday", "Friday"])
    vocab = " ".join(sents).replace(",", "").replace(".", "").split()
    paras = [" ".join(random.sample(vocab, 40)).capitalize() + "." for k in range(random.randint(6, 14))]
    paras[0] = f"{random.choice(places)}, July {random.randint(1,28)} ({random.choice(agencies)}) -- " + paras[0]
    if random.random() < 0.3: paras.insert(3, paras[1])
    if random.random() < 0.3: paras.insert(4, paras[2].replace(" the ", " a ", 1) + " officials said")
    for j in random.sample(junk, 3): paras.insert(random.randint(1, len(paras)), j)
    return f"China, N. Korea discuss exchanges {i}\nPublished : July {random.randint(1,28)}, 2021 - 14:03\n\n" + "\n\n".join(paras)
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    texts = [article(i) for i in range(1000)]
    for i, t in enumerate(texts[:500]):
        (root / f"a{i:04d}.txt").write_text(t, encoding="utf-8")
    with open(root / "rest.jsonl", "w") as f:
        for i, t in enumerate(texts[500:]):
            f.write(json.dumps({"id": str(i), "text": t}) + "\n")
    rules = default_rules()
    words = sum(len(t.split()) for t in texts)
    best = None
    for rep in range(3):
        t0 = time.perf_counter(); n = 0
        for doc in iter_documents([str(root)]):
            a = build_article(doc, rules=rules); n += 1
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    print(f"{n} articles, {words} words: best of 3 {best:.2f}s -> {n/best:.0f} articles/s, {words/best/1000:.0f}k words/s")
    t0 = time.perf_counter(); docs = list(iter_documents([str(root)])); t1 = time.perf_counter()
    for d in docs: build_article(d, rules=rules)
    t2 = time.perf_counter()
    print(f"read {t1-t0:.2f}s, clean {t2-t1:.2f}s")
    html = Path('/work/main/tests/ingest/fixtures/article.html').read_text()
    for i in range(200): (root / f"h{i:03d}.html").write_text(html)
    t0 = time.perf_counter(); hs = [d for d in iter_documents([str(root / '*.html')])]; 
    for d in hs: build_article(d, rules=rules)
    dt = time.perf_counter()-t0; print(f"html: {len(hs)} pages {dt:.2f}s -> {len(hs)/dt:.0f} pages/s")
