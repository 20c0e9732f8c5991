namespace PolicyBuild.Tests.Publishing.LibreOffice;

/// <summary>
/// A stand-in for lo_bridge.py speaking the same protocol, for testing the session's timeout,
/// cancellation and restart handling deterministically: it never answers a request for a file
/// named hang.docx, answers every other request with one paragraph, and keeps a child process
/// (whose pid it writes to child-N.pid beside itself) so tests can check the whole tree is killed.
/// </summary>
internal static class FakeBridge
{
    public const string HangingDocument = "hang.docx";

    public const string Script = """
        import json, os, subprocess, sys
        here = os.path.dirname(os.path.abspath(__file__))
        child = subprocess.Popen(["sleep", "300"])
        n = len([f for f in os.listdir(here) if f.startswith("child-")])
        with open(os.path.join(here, "child-%d.pid" % n), "w") as f:
            f.write(str(child.pid))
        print(json.dumps({"ok": True, "ready": True, "version": "fake %d" % n}), flush=True)
        for line in sys.stdin:
            req = json.loads(line)
            if req["op"] == "quit":
                print(json.dumps({"ok": True, "bye": True}), flush=True)
                break
            if req.get("in", "").endswith("hang.docx"):
                continue
            print(json.dumps({"ok": True, "id": req["id"], "paragraphs": [
                {"text": "answer %d" % n, "label": "", "style": "Standard", "in": "body"}]}), flush=True)
        child.kill()
        """;
}
