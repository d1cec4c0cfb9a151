#!/usr/bin/env python3
"""The founding article through storage: upload it to `factcheck serve` (over a fresh Azurite), find the name-mismatch
row for "Davutoglu", dismiss it, upload the same text and an edited draft, and see the dismissal kept.
Usage: tests/acceptance-serve.py SEED-ARTICLE (run from the repository root after a Release build of the CLI)."""
import json, os, signal, socket, subprocess, sys, tempfile, time, urllib.request

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def wait_for(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing listening on {port} after {seconds} s")

def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b"null")

seed = open(sys.argv[1], "rb").read()
blob, queue, table, web = free_port(), free_port(), free_port(), free_port()
work = tempfile.mkdtemp()
azurite = subprocess.Popen([os.path.abspath("node_modules/.bin/azurite"), "--silent", "--inMemoryPersistence", "--skipApiVersionCheck",
                            "--blobPort", str(blob), "--queuePort", str(queue), "--tablePort", str(table)], cwd=work,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage = (f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};"
           f"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;"
           f"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;")
serve = None
try:
    for port in (blob, queue, table):
        wait_for(port)
    serve = subprocess.Popen(["dotnet", "src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll", "serve", "--port", str(web), "--storage", storage],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for(web)
    base = f"http://127.0.0.1:{web}/api"
    upload = lambda text: call("POST", f"{base}/drafts?name=acceptance/seed-article.txt", text, {"Content-Type": "text/plain"})
    status, answer = upload(seed)
    article_id = answer["id"]
    article = call("GET", f"{base}/articles/{article_id}")[1]
    drift = [f for f in article["flags"] if f["rule"] == "name-mismatch"]
    assert [f["text"] for f in drift] == ["Davutoglu"], f"name-mismatch rows: {[f['text'] for f in drift]}"
    assert drift[0]["suggestion"] == "Cavusoglu", drift[0]
    flag = drift[0]
    status, _ = call("PATCH", f"{base}/articles/{article_id}/flags/{flag['id']}", json.dumps({"status": "dismissed", "note": "acceptance"}).encode(),
                     {"Content-Type": "application/json", "If-Match": flag["etag"]})
    assert status == 200, status
    upload(seed)
    upload(b"Editor's note: updated on Friday.\n\n" + seed.replace(b"road map", b"roadmap"))
    article = call("GET", f"{base}/articles/{article_id}")[1]
    kept = [f for f in article["flags"] if f["id"] == flag["id"]]
    assert kept and kept[0]["status"] == "dismissed" and kept[0]["note"] == "acceptance", kept
    print(f"seed article through serve + Azurite: name-mismatch on Davutoglu stored, dismissed, and still dismissed after re-upload and edit ({article['article']['status']})")
finally:
    for process in (serve, azurite):
        if process is not None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
