"""The moto server, with each DynamoDB request applied atomically.

DynamoDB applies a conditional write, a transaction or an atomic counter as one indivisible
step; moto's threaded server can interleave two of them. This runs moto's own application and
serialises DynamoDB (and DynamoDB Streams) requests so conditions and transactions behave as in
AWS under concurrency. Other services keep moto's concurrency (SQS long polls, for instance).

usage: python3 moto_atomic.py HOST PORT
"""
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

host, port = sys.argv[1], int(sys.argv[2])
app = DomainDispatcherApplication(create_backend_app)
dynamodb = threading.Lock()


def atomic_dynamodb(environ, start_response):
    if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB"):
        with dynamodb:
            return [b"".join(app(environ, start_response))]
    return app(environ, start_response)


run_simple(host, port, atomic_dynamodb, threaded=True)
