import os

from flask import Flask

app = Flask(__name__)


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/bucket")
def bucket():
    return {"bucket": os.environ.get("REPORTS_BUCKET", "reports-example")}
