"""The moto server, with DynamoDB behaving as DynamoDB does under conflicts and at scale.

1. Each DynamoDB request is applied atomically. DynamoDB applies a conditional write, a
   transaction or an atomic counter as one indivisible step; moto's threaded server can interleave
   two of them. This runs moto's own application and serialises DynamoDB (and DynamoDB Streams)
   requests. Other services keep moto's concurrency (SQS long polls, for instance).

2. A transaction is checked, then applied (`transact_write_items`). moto deep-copies every table a
   transaction touches and, when the transaction is cancelled, puts the copy back in place of the
   table. That costs a copy of the whole table (stream records included) per transaction, and it
   orphans the table's stream shard: an open shard iterator then reads a shard that never gets
   another record, so one cancelled transaction stopped the local outbox relay for good. Here every
   operation is validated and every condition checked against the current items first (the same
   errors and cancellation reasons, in the same order), and only then is every write applied; no
   table is copied or replaced, and a cancelled transaction writes no stream record.

3. A Query reads its partition, a Scan pages without sorting the table anew. moto answers a Query by sorting every item of the table (with its
   slow typed comparisons) and walking them all; at a few thousand reservations, one query on an
   index took over a second, and every DynamoDB request waited behind it. Here the candidates are
   handed over instead: the partition, for a query on the table's own key; for a query on an
   index, the items whose index partition key matches (one cheap pass, no sort); for a Scan, the
   items sorted once on their string keys, from the page's start key on (moto re-sorted the whole
   table and walked it from the beginning for every page). moto still applies every condition,
   sort and page to them.

4. The sent e-mails can be read without dumping moto's whole state. `GET /moto-api/data.json`
   walks every model instance moto ever made (every item, every stream record): the local outbox
   reads `GET /local/ses/messages` instead, which lists only what SES sent.

5. A queue never loses a message to a race. moto's SQS appends a sent message under the queue's
   lock, but deletes by rebuilding the message list without it, and receives (and moves messages
   to the dead-letter queue) without it too: a message sent while another is deleted can vanish.
   Deletes and receives run under the queue's lock here (a long poll releases it while it waits).

The patches check moto's shape at start and run a self-test; if moto changed under them, the
server refuses to start (and says why) rather than behave differently from DynamoDB.

usage: python3 moto_atomic.py HOST PORT
"""
import bisect
import copy
import inspect
import sys
import threading

import moto
from moto.dynamodb.exceptions import (
    ConditionalCheckFailed,
    MockValidationException,
    MultipleTransactionsException,
    TooManyTransactionsException,
    TransactionCanceledException,
    TransactWriteSingleOpException,
)
from moto.dynamodb.models import DynamoDBBackend, get_filter_expression
from moto.dynamodb.models.table import StreamShard, Table


def _check(ok, what):
    if not ok:
        raise RuntimeError(
            f"moto_atomic.py: moto {moto.__version__} does not match what the local DynamoDB patches "
            f"assume ({what}); review local/moto_atomic.py against this moto version."
        )


def _params(fn):
    return list(inspect.signature(fn).parameters)


class _OneItem:
    """A stand-in backend whose table holds a copy of one item: a write is tried on it first."""

    def __init__(self, table, key, current):
        scratch = copy.copy(table)  # shallow: same schema and indexes, its own items, no stream
        scratch.items = type(table.items)(dict)
        scratch.stream_shard = None
        if current is not None:
            hash_value, range_value = DynamoDBBackend.get_keys_value(self, table, key)
            if range_value is not None:
                scratch.items[hash_value][range_value] = copy.deepcopy(current)
            else:
                scratch.items[hash_value] = copy.deepcopy(current)
        self.table = scratch

    def get_table(self, _name):
        return self.table

    def get_keys_value(self, table, keys):
        return DynamoDBBackend.get_keys_value(self, table, keys)


def _write(backend, op_type, op, key):
    """The write moto's transact_write_items makes for one operation, on `backend`."""
    names, values = op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues")
    condition = op.get("ConditionExpression")
    if op_type == "Put":
        DynamoDBBackend.put_item(backend, op["TableName"], op["Item"], condition_expression=condition,
                         expression_attribute_names=names, expression_attribute_values=values)
    elif op_type == "Delete":
        DynamoDBBackend.delete_item(backend, op["TableName"], key, condition_expression=condition,
                            expression_attribute_names=names, expression_attribute_values=values)
    elif op_type == "Update":
        DynamoDBBackend.update_item(backend, op["TableName"], key, update_expression=op["UpdateExpression"],
                            condition_expression=condition, expression_attribute_names=names,
                            expression_attribute_values=values)


def transact_write_items(self, transact_items):
    """moto's transact_write_items (5.x), in two phases: check everything, then write everything."""
    if len(transact_items) > 100:
        raise TooManyTransactionsException()
    target_items = set()
    errors = []  # (Code, Message, Item) per operation, in order, as moto reports them
    planned = []  # (op_type, op, key, table, item before the transaction)
    # Phase 1: validate and check every operation against the current items; nothing is written.
    for item in transact_items:
        original_item = None
        if len(list(item.keys())) > 1:
            raise TransactWriteSingleOpException
        try:
            op_type, op = next(iter(item.items()))
            if op_type not in {"ConditionCheck", "Put", "Delete", "Update"}:
                raise ValueError("Unsupported transaction operation")
            table_name = op["TableName"]
            if op_type == "Put":
                attrs = op["Item"]
                table = self.get_table(table_name)
                key = {table.hash_key_attr: attrs[table.hash_key_attr]}
                if table.range_key_attr is not None:
                    key[table.range_key_attr] = attrs[table.range_key_attr]
            else:
                key = op["Key"]
            unique = (str(table_name), str(dict(sorted(key.items()))))
            if unique in target_items:
                raise MultipleTransactionsException()
            target_items.add(unique)

            current = self.get_item(table_name, key)
            condition = op.get("ConditionExpression")
            if condition is not None:
                condition_op = get_filter_expression(
                    condition, op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues"))
                if not condition_op.expr(current):
                    if op.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD" and current:
                        original_item = current.to_json()["Attributes"]
                    raise ConditionalCheckFailed(item=original_item)
            if op_type != "ConditionCheck":
                table = self.get_table(table_name)
                # The write itself, on a copy of this one item: whatever it would raise, it raises now.
                _write(_OneItem(table, key, current), op_type, op, key)
                planned.append((op_type, op, key, table, copy.deepcopy(current)))
            errors.append((None, None, None))
        except (MultipleTransactionsException, MockValidationException):
            raise
        except ConditionalCheckFailed as e:
            errors.append(("ConditionalCheckFailed", str(e.message), original_item))
        except Exception as e:  # noqa: BLE001 moto reports any other failure as the item's reason
            errors.append((type(e).__name__, str(e), original_item))
    if any(code is not None for code, _, _ in errors):
        raise TransactionCanceledException(errors)

    # Phase 2: every write, as moto makes it. Each one succeeded on a copy of the same item just
    # now, so none should fail; if one does anyway, the items written so far are put back as they
    # were and the stream records of this transaction are withdrawn before the error is raised.
    shards = {id(t.stream_shard): (t.stream_shard, len(t.stream_shard.items))
              for _, _, _, t, _ in planned if t.stream_shard is not None}
    done = []
    try:
        for op_type, op, key, table, before in planned:
            done.append((table, key, before))
            _write(self, op_type, op, key)
    except Exception:
        for table, key, before in reversed(done):
            hash_value, range_value = self.get_keys_value(table, key)
            partition = table.items[hash_value] if range_value is not None else table.items
            slot = range_value if range_value is not None else hash_value
            if before is None:
                partition.pop(slot, None)
            else:
                partition[slot] = before
        for shard, length in shards.values():
            del shard.items[length:]
        raise


def _same(value, expected):
    """DynamoType equality, cheaply for the usual case (same type, same text)."""
    if value is None:
        return False
    if value.type == expected.type and value.value == expected.value:
        return True
    return value.type == "N" and value == expected


def _partition_candidates(table, bound):
    """The items a Query can return: its partition's, or those carrying the index's partition key."""
    args = bound.arguments
    if args.get("index_name"):
        conditions = args.get("hash_key_conditions") or []
        if not conditions:
            return None
        (name, expected), rest = conditions[0], conditions[1:]
        found = []
        # One plain pass (this runs over every item: no generator, no typed comparison unless needed).
        for part in table.items.values():
            for item in (part.values() if table.range_key_attr else (part,)):
                value = item.attrs.get(name)
                if value is not None and (value.value == expected.value and value.type == expected.type or _same(value, expected)):
                    found.append(item)
        return [item for item in found if all(_same(item.attrs.get(n), e) for n, e in rest)]
    if args.get("hash_key") is None:
        return None
    partition = table.items.get(args["hash_key"])  # .get: items is a defaultdict
    if partition is None:
        return []
    return sorted(partition.values(), key=lambda i: i.range_key) if table.range_key_attr else [partition]


_query = Table.query
_all_items = Table.all_items
_query_signature = inspect.signature(_query)


def query(self, *args, **kwargs):
    candidates = _partition_candidates(self, _query_signature.bind(self, *args, **kwargs))
    if candidates is None:
        return _query(self, *args, **kwargs)
    # Requests are serialised (see atomic_dynamodb), so the candidates can sit on the table meanwhile.
    self._moto_atomic_candidates = candidates
    try:
        return _query(self, *args, **kwargs)
    finally:
        del self._moto_atomic_candidates


def all_items(self):
    candidates = getattr(self, "_moto_atomic_candidates", None)
    return list(candidates) if candidates is not None else _all_items(self)


def _string_keyed(table):
    """Every item of the table in moto's order (hash key, then range key), sorted on plain strings
    when every key is a string (moto compares typed values, the same order, far slower); None otherwise."""
    ranged = bool(table.range_key_attr)
    items = [item for part in table.items.values() for item in (part.values() if ranged else (part,))]
    if not all(i.hash_key.type == "S" and (not ranged or (i.range_key is not None and i.range_key.type == "S")) for i in items):
        return None, None
    key = (lambda i: (i.hash_key.value, i.range_key.value)) if ranged else (lambda i: (i.hash_key.value, ""))
    items.sort(key=key)
    return items, key


_scan = Table.scan
_scan_signature = inspect.signature(_scan)


def scan(self, *args, **kwargs):
    """A Scan of the table hands over its items sorted once, from the page's start key on."""
    bound = _scan_signature.bind(self, *args, **kwargs)
    if bound.arguments.get("index_name"):
        return _scan(self, *args, **kwargs)
    items, key = _string_keyed(self)
    if items is None:
        return _scan(self, *args, **kwargs)
    start = bound.arguments.get("exclusive_start_key")
    if start:
        try:
            after = (start[self.hash_key_attr]["S"], start[self.range_key_attr]["S"] if self.range_key_attr else "")
        except (KeyError, TypeError):
            return _scan(self, *args, **kwargs)
        items = items[bisect.bisect_right([key(i) for i in items], after):]
        bound.arguments["exclusive_start_key"] = None
    self._moto_atomic_candidates = items
    try:
        return _scan(*bound.args, **bound.kwargs)
    finally:
        del self._moto_atomic_candidates


def _patch():
    _check(moto.__version__.split(".")[0] == "5", "major version 5")
    _check(_params(DynamoDBBackend.transact_write_items) == ["self", "transact_items"],
           "transact_write_items(self, transact_items)")
    for fn, names in [
        (DynamoDBBackend.put_item, ["table_name", "item_attrs", "condition_expression", "expression_attribute_names", "expression_attribute_values"]),
        (DynamoDBBackend.delete_item, ["table_name", "key", "condition_expression", "expression_attribute_names", "expression_attribute_values"]),
        (DynamoDBBackend.update_item, ["table_name", "key", "update_expression", "condition_expression", "expression_attribute_names", "expression_attribute_values"]),
        (DynamoDBBackend.get_keys_value, ["table", "keys"]),
        (Table.query, ["hash_key", "index_name", "hash_key_conditions"]),
        (Table.all_items, ["self"]),
        (Table.scan, ["filters", "limit", "exclusive_start_key", "index_name"]),
    ]:
        _check(set(names) <= set(_params(fn)), f"{fn.__qualname__} takes {', '.join(names)}")
    # The original's own shape: the copy-and-restore this module replaces is still what it does.
    source = inspect.getsource(DynamoDBBackend.transact_write_items)
    _check("copy.deepcopy" in source and "TransactionCanceledException(errors)" in source,
           "transact_write_items copies tables and cancels with TransactionCanceledException(errors)")
    # A query walks all_items() (the candidates handed over here), checking the index's hash conditions itself.
    _check("self.all_items()" in inspect.getsource(_query), "Table.query walks self.all_items()")
    _check(isinstance(getattr(StreamShard, "add", None), type(_patch)), "StreamShard.add")
    DynamoDBBackend.transact_write_items = transact_write_items
    Table.query = query
    Table.all_items = all_items
    _check("self.all_items()" in inspect.getsource(_scan), "Table.scan walks self.all_items()")
    Table.scan = scan


class _Untracked(list):
    """moto keeps every model instance it ever made, for its state dump; these it need not keep."""

    def append(self, _instance):
        pass


def _bound_memory():
    """
    A long `npm start` or chaos run must not grow without bound: items, stream records and SQS
    messages are not kept for moto's state dump once gone, and only the newest shard iterators are
    kept (AWS expires an iterator after 15 minutes; the poller asks for a fresh one on error).
    """
    from moto.dynamodb.models.dynamo_type import Item
    from moto.dynamodb.models.table import StreamRecord
    from moto.dynamodbstreams.models import DynamoDBStreamsBackend, ShardIterator
    from moto.sqs.models import Message

    for cls in (Item, StreamRecord, ShardIterator, Message):
        _check(isinstance(getattr(cls, "instances_tracked", None), list), f"{cls.__name__}.instances_tracked")
        cls.instances_tracked = _Untracked()
    _check(_params(DynamoDBStreamsBackend.get_shard_iterator)[:3] == ["self", "arn", "shard_id"], "get_shard_iterator(self, arn, shard_id, ...)")
    _check(_params(DynamoDBStreamsBackend.get_records) == ["self", "iterator_arn", "limit"], "get_records(self, iterator_arn, limit)")

    def trimmed(original):
        def call(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            while len(self.shard_iterators) > 10_000:
                self.shard_iterators.pop(next(iter(self.shard_iterators)))
            return result
        return call

    # Both hand out iterators: GetShardIterator, and GetRecords with its NextShardIterator.
    DynamoDBStreamsBackend.get_shard_iterator = trimmed(DynamoDBStreamsBackend.get_shard_iterator)
    DynamoDBStreamsBackend.get_records = trimmed(DynamoDBStreamsBackend.get_records)


def _sqs_under_queue_lock():
    from threading import Condition

    from moto.sqs.models import Queue, SQSBackend

    _check(_params(Queue.delete_message) == ["self", "receipt_handle"], "Queue.delete_message(self, receipt_handle)")
    _check(_params(SQSBackend.receive_message)[:2] == ["self", "queue_name"], "SQSBackend.receive_message(self, queue_name, ...)")
    _check(_params(SQSBackend.change_message_visibility)[:2] == ["self", "queue_name"], "change_message_visibility(self, queue_name, ...)")
    _check("with self._messages_lock" in inspect.getsource(Queue.add_message), "Queue.add_message appends under _messages_lock")
    # The lock must be re-entrant and released by a long poll's wait (Condition over an RLock).
    _check(type(Condition()._lock).__name__ in ("RLock", "_RLock"), "threading.Condition defaults to an RLock")
    delete = Queue.delete_message

    def delete_message(self, receipt_handle):
        with self._messages_lock:
            return delete(self, receipt_handle)

    def under_queue_lock(original):
        def call(self, queue_name, *args, **kwargs):
            with self.get_queue(queue_name)._messages_lock:
                return original(self, queue_name, *args, **kwargs)
        return call

    Queue.delete_message = delete_message
    SQSBackend.receive_message = under_queue_lock(SQSBackend.receive_message)
    SQSBackend.change_message_visibility = under_queue_lock(SQSBackend.change_message_visibility)


def _self_test():
    """A cancelled transaction changes nothing, keeps the table and its shard; a good one writes all."""
    b = DynamoDBBackend("eu-west-3", "123456789012")
    b.create_table("t", schema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
                   attr=[{"AttributeName": "PK", "AttributeType": "S"}, {"AttributeName": "SK", "AttributeType": "S"}],
                   throughput=None, billing_mode="PAY_PER_REQUEST", indexes=None, global_indexes=None,
                   streams={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"},
                   sse_specification=None, tags=None, deletion_protection_enabled=False, warm_throughput=None)
    table, key = b.get_table("t"), lambda sk: {"PK": {"S": "p"}, "SK": {"S": sk}}
    b.put_item("t", {**key("a"), "v": {"N": "1"}})
    b.put_item("t", {**key("x"), "v": {"N": "1"}})
    shard, records = table.stream_shard, len(table.stream_shard.items)
    try:
        b.transact_write_items([
            {"Put": {"TableName": "t", "Item": {**key("b"), "v": {"N": "1"}}}},
            {"Update": {"TableName": "t", "Key": key("a"), "UpdateExpression": "SET v = :v", "ExpressionAttributeValues": {":v": {"N": "2"}}}},
            {"ConditionCheck": {"TableName": "t", "Key": key("x"), "ConditionExpression": "v = :x", "ExpressionAttributeValues": {":x": {"N": "9"}},
                                "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}},
        ])
        raise AssertionError("the transaction was not cancelled")
    except TransactionCanceledException as e:
        _check('"Code": "ConditionalCheckFailed"' in e.description and '"Item"' in e.description, "cancellation reasons with ALL_OLD")
    _check(b.get_table("t") is table and table.stream_shard is shard, "the table and its stream shard are kept")
    _check(len(shard.items) == records and b.get_item("t", key("b")) is None, "a cancelled transaction writes nothing")
    _check(b.get_item("t", key("a")).attrs["v"].value == "1", "a cancelled transaction updates nothing")
    b.transact_write_items([
        {"Put": {"TableName": "t", "Item": {**key("b"), "v": {"N": "1"}}, "ConditionExpression": "attribute_not_exists(PK)"}},
        {"Update": {"TableName": "t", "Key": key("a"), "UpdateExpression": "SET v = v + :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}},
        {"Delete": {"TableName": "t", "Key": key("c")}},
    ])
    _check(b.get_item("t", key("a")).attrs["v"].value == "2" and b.get_item("t", key("b")) is not None, "a transaction applies its writes")
    _check([r.record["eventName"] for r in shard.items[records:]] == ["INSERT", "MODIFY"], "stream records of applied writes only")
    try:
        b.transact_write_items([{"Put": {"TableName": "t", "Item": key("d")}}, {"Delete": {"TableName": "t", "Key": key("d")}}])
        raise AssertionError("two operations on one item were accepted")
    except MultipleTransactionsException:
        pass
    _check(b.get_item("t", key("d")) is None, "a rejected transaction writes nothing")
    found, _, _ = b.query("t", {"S": "p"}, "BEGINS_WITH", [{"S": "a"}], None, None, True, None)
    _check([i.attrs["SK"].value for i in found] == ["a"], "a query on the table's key reads its partition")
    b.create_table("g", schema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
                   attr=[{"AttributeName": n, "AttributeType": "S"} for n in ("PK", "SK", "G", "GS")],
                   throughput=None, billing_mode="PAY_PER_REQUEST", indexes=None,
                   global_indexes=[{"IndexName": "I", "KeySchema": [{"AttributeName": "G", "KeyType": "HASH"}, {"AttributeName": "GS", "KeyType": "RANGE"}],
                                    "Projection": {"ProjectionType": "ALL"}}],
                   streams=None, sse_specification=None, tags=None, deletion_protection_enabled=False, warm_throughput=None)
    for pk, sk, g, gs in [("p1", "a", "x", "2"), ("p2", "a", "x", "1"), ("p3", "a", "y", "1"), ("p4", "a", None, None)]:
        b.put_item("g", {"PK": {"S": pk}, "SK": {"S": sk}, **({"G": {"S": g}, "GS": {"S": gs}} if g else {})})
    found, _, _ = b.query("g", None, None, [], None, None, True, None, index_name="I", hash_key_conditions=[("G", {"S": "x"})])
    _check([i.attrs["PK"].value for i in found] == ["p2", "p1"], "a query on an index reads the items of its partition, in index order")
    seen, start = [], None
    while True:
        page, _, start = b.scan("g", {}, 2, start, None, {}, {}, None, False, None, (None, None))
        seen += [(i.attrs["PK"].value, i.attrs["SK"].value) for i in page]
        if not start:
            break
    _check(seen == [("p1", "a"), ("p2", "a"), ("p3", "a"), ("p4", "a")], "a scan pages through the table in key order")


_patch()
_bound_memory()
_sqs_under_queue_lock()
_self_test()


def ses_messages(environ, start_response):
    """Every e-mail SES sent, oldest first: raw MIME messages, or destinations, subject and body."""
    import json
    from urllib.parse import parse_qs

    from moto.ses.models import ses_backends

    after = int((parse_qs(environ.get("QUERY_STRING", "")).get("after") or ["0"])[0] or 0)
    messages = []
    for account in list(ses_backends.keys()):
        for _region, backend in list(ses_backends[account].items()):
            for m in list(backend.sent_messages):
                if hasattr(m, "raw_data"):
                    messages.append({"raw_data": m.raw_data})
                elif hasattr(m, "subject"):
                    messages.append({"destinations": m.destinations, "subject": m.subject, "body": m.body})
    body = json.dumps({"count": len(messages), "messages": messages[after:]}).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]

if __name__ == "__main__":
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import run_simple

    host, port = sys.argv[1], int(sys.argv[2])
    app = DomainDispatcherApplication(create_backend_app)
    dynamodb = threading.Lock()

    def atomic_dynamodb(environ, start_response):
        if environ.get("PATH_INFO") == "/local/ses/messages":
            return ses_messages(environ, start_response)
        if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB"):
            with dynamodb:
                return [b"".join(app(environ, start_response))]
        return app(environ, start_response)

    run_simple(host, port, atomic_dynamodb, threaded=True)
